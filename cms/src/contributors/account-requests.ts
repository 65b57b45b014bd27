import type { Core } from '@strapi/strapi';
import { createAttemptLimiter } from './attempt-limiter';
import { checkPasswordRule } from './password-rule';
import { bilingual, minutesOf, refuseFields, refuseTooMany, type FieldProblem } from './refusals';
import { CONTRIBUTOR_ROLE_TYPE } from './roles';

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
const ASSOCIATION = 'api::association.association';
const FIELDS = new Set(['fullName', 'email', 'phone', 'association', 'password', 'message']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+().\s-]{6,30}$/;

/** Requests per visitor address: 5 an hour. */
export const ACCOUNT_REQUESTS_PER_HOUR = 5;
const requests = createAttemptLimiter({ max: ACCOUNT_REQUESTS_PER_HOUR, windowMs: 60 * 60_000 });

type Context = { set(name: string, value: string): void };

const length = (text: string) => [...text].length;

/**
 * POST /api/contributor-requests: someone of a member association asks for a contributor account.
 * It is created BLOCKED with the contributor role, linked to the association; staff approve it by
 * un-blocking it in the admin (./account-emails.ts then e-mails its owner). Limited per visitor address.
 */
export async function requestAccount(strapi: Core.Strapi, ctx: Context, visitorIp: string, body: unknown): Promise<void> {
  const keys = [`ip:${visitorIp.slice(0, 64)}`];
  const wait = requests.retryAfterSeconds(keys);
  if (wait > 0) {
    const minutes = minutesOf(wait);
    refuseTooMany(ctx, 'too_many_requests', wait, bilingual(`Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${minutes} phút.`, `Too many requests. Please try again in ${minutes} minutes.`));
  }
  requests.record(keys);

  const data = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');
  const fullName = text('fullName');
  const email = text('email').toLowerCase();
  const phone = text('phone');
  const association = text('association');
  const message = text('message');
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(data)) {
    if (!FIELDS.has(key)) problems.push({ path: [key], message: bilingual(`Không được gửi trường "${key}".`, `The field "${key}" cannot be sent.`) });
  }
  if (length(fullName) < 2 || length(fullName) > 120) problems.push({ path: ['fullName'], message: bilingual('Vui lòng nhập họ và tên (tối đa 120 ký tự).', 'Enter your full name (at most 120 characters).') });
  if (!EMAIL.test(email) || email.length > 254) problems.push({ path: ['email'], message: bilingual('Vui lòng nhập một địa chỉ email hợp lệ.', 'Enter a valid e-mail address.') });
  if (phone && !PHONE.test(phone)) problems.push({ path: ['phone'], message: bilingual('Số điện thoại không hợp lệ.', 'The phone number is not valid.') });
  if (length(message) > 2000) problems.push({ path: ['message'], message: bilingual('Lời nhắn dài tối đa 2.000 ký tự.', 'The message has at most 2,000 characters.') });
  problems.push(...checkPasswordRule(data.password, undefined, { confirm: false }));

  let associationDocumentId: string | undefined;
  if (!/^[a-z0-9]{20,32}$/.test(association)) {
    problems.push({ path: ['association'], message: bilingual('Vui lòng chọn hội thành viên.', 'Choose a member association.') });
  } else {
    const found = await strapi.documents(ASSOCIATION).findFirst({ filters: { documentId: association }, status: 'published', fields: ['name'] } as never);
    if (!found) problems.push({ path: ['association'], message: bilingual('Hội thành viên không tồn tại.', 'This member association does not exist.') });
    else associationDocumentId = found.documentId;
  }
  if (EMAIL.test(email)) {
    const taken = await strapi.db.query(USER).count({ where: { $or: [{ email }, { username: email }] } });
    if (taken > 0) problems.push({ path: ['email'], message: bilingual('Email này đã có tài khoản hoặc đang chờ duyệt.', 'This e-mail already has an account or a pending request.') });
  }
  if (problems.length > 0) refuseFields(problems);

  const role = (await strapi.db.query(ROLE).findOne({ select: ['id'], where: { type: CONTRIBUTOR_ROLE_TYPE } })) as { id: number } | null;
  if (!role) throw new Error('the contributor role is missing');
  await strapi.documents(USER).create({
    data: {
      username: email,
      email,
      password: data.password as string,
      provider: 'local',
      confirmed: true,
      blocked: true,
      role: role.id,
      fullName,
      phone: phone || null,
      association: associationDocumentId,
      requestMessage: message || null,
      requestedAt: new Date().toISOString(),
    },
  } as never);
}
