import type { Core } from '@strapi/strapi';
import { routePath } from '../security/request-path';
import { visitorOf } from '../security/site-visitor';
import { createAttemptLimiter } from './attempt-limiter';
import { checkPasswordRule } from './password-rule';
import { bilingual, minutesOf, refuse, refuseFields, refuseForbidden, refuseTooMany, type FieldProblem } from './refusals';
import { CONTRIBUTOR_ROLE_TYPE } from './roles';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;

const USER = 'plugin::users-permissions.user';
const FIFTEEN_MINUTES = 15 * 60_000;

/** 5 failed sign-ins in 15 minutes lock the account and the address for what is left of the 15 minutes. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MS = FIFTEEN_MINUTES;

export const SIGN_IN_MESSAGES = {
  invalidCredentials: bilingual('Email hoặc mật khẩu không đúng.', 'Wrong e-mail or password.'),
  pendingApproval: bilingual(
    'Tài khoản của bạn đang chờ Liên hiệp Hội Lào Cai duyệt; bạn sẽ nhận được email khi tài khoản được duyệt.',
    'Your account is waiting for approval; you will get an e-mail once it is approved.',
  ),
  blocked: bilingual('Tài khoản của bạn đã bị khóa. Vui lòng liên hệ Liên hiệp Hội Lào Cai.', 'Your account has been blocked. Please contact the union.'),
  notAContributor: bilingual(
    'Trang đăng nhập này dành cho cộng tác viên của các hội thành viên; cán bộ biên tập đăng nhập tại trang quản trị.',
    'This sign-in is for contributors of member associations; staff sign in to the admin panel.',
  ),
  tooManyAttempts: (minutes: number) =>
    bilingual(
      `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      `Too many failed sign-ins. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    ),
};

const tooManyRequests = (minutes: number) =>
  bilingual(`Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${minutes} phút.`, `Too many requests. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function bodyOf(ctx: Context): Record<string, unknown> {
  const body = (ctx.request as unknown as { body?: unknown }).body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** Counter keys stay small whatever a caller sends (an address is at most 45 characters, an e-mail 254). */
const ipKey = (ctx: Context) => `ip:${visitorOf(ctx).ip.slice(0, 64)}`;
const accountKey = (identifier: string) => `account:${identifier.toLowerCase().slice(0, 320)}`;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;

/** A 429 with `Retry-After` while `limiter` holds any of `keys` back. */
function holdBack(ctx: Context, limiter: AttemptLimiter, keys: string[], code = 'too_many_requests', message = tooManyRequests): void {
  const wait = limiter.retryAfterSeconds(keys);
  if (wait > 0) refuseTooMany(ctx, code, wait, message(minutesOf(wait)));
}

/** Runs the route; a failure whose message includes `failure` is counted against `keys`, then answered by `refuseFailure`. */
async function countingFailures(next: Next, limiter: AttemptLimiter, keys: string[], failure: string, refuseFailure: () => never): Promise<void> {
  try {
    await next();
  } catch (error) {
    if (!messageOf(error).includes(failure)) throw error;
    limiter.record(keys);
    refuseFailure();
  }
}

/**
 * In front of users-permissions' own auth routes (REST; their GraphQL twins are refused, see
 * ./graphql.ts): sign-in failures are counted per account and per visitor address (the site forwards
 * it, ../security/site-visitor.ts) and lock both after `SIGN_IN_MAX_FAILURES`; the other routes are
 * limited per address (and per e-mail for reset e-mails). Every refusal is Strapi's error shape with
 * a Vietnamese message and `details.code`; only contributors sign in here (staff use the admin).
 */
export function createContributorAuthGuard(strapi: Core.Strapi): Core.MiddlewareHandler {
  const prefix = routePath(strapi.config.get<string>('api.rest.prefix', '/api'));
  const signInFailures = createAttemptLimiter({ max: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS });
  const passwordChangeFailures = createAttemptLimiter({ max: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS });
  const resetEmails = createAttemptLimiter({ max: 5, windowMs: FIFTEEN_MINUTES });
  const resetCodeFailures = createAttemptLimiter({ max: 10, windowMs: FIFTEEN_MINUTES });
  const otherAuthRequests = createAttemptLimiter({ max: 10, windowMs: FIFTEEN_MINUTES });

  async function signIn(ctx: Context, next: Next) {
    const body = bodyOf(ctx);
    const problems: FieldProblem[] = [];
    if (!isText(body.identifier)) problems.push({ path: ['identifier'], message: bilingual('Vui lòng nhập email.', 'Enter your e-mail.') });
    if (!isText(body.password)) problems.push({ path: ['password'], message: bilingual('Vui lòng nhập mật khẩu.', 'Enter your password.') });
    if (problems.length > 0) refuseFields(problems);
    const identifier = (body.identifier as string).trim();
    body.identifier = identifier;
    const account = accountKey(identifier);
    const keys = [account, ipKey(ctx)];

    holdBack(ctx, signInFailures, keys, 'too_many_attempts', SIGN_IN_MESSAGES.tooManyAttempts);

    try {
      await next();
    } catch (error) {
      const message = messageOf(error);
      if (message.includes('blocked')) {
        // The password was right (users-permissions checks it first): say why the account cannot sign in.
        const user = (await strapi.db.query(USER).findOne({
          select: ['requestedAt', 'approvedAt'],
          where: { provider: 'local', $or: [{ email: identifier.toLowerCase() }, { username: identifier }] },
        })) as { requestedAt?: string | null; approvedAt?: string | null } | null;
        if (user?.requestedAt && !user.approvedAt) refuse('pending_approval', SIGN_IN_MESSAGES.pendingApproval);
        refuse('blocked', SIGN_IN_MESSAGES.blocked);
      }
      if (message.includes('Invalid identifier or password') || message.includes('not confirmed')) {
        signInFailures.record(keys);
        refuse('invalid_credentials', SIGN_IN_MESSAGES.invalidCredentials);
      }
      throw error;
    }

    const userId = (ctx.body as { user?: { id?: unknown } } | undefined)?.user?.id;
    if (ctx.status !== 200 || typeof userId !== 'number') return;
    const user = (await strapi.db.query(USER).findOne({ select: ['id'], where: { id: userId }, populate: { role: { select: ['type'] } } })) as {
      role?: { type?: string } | null;
    } | null;
    if (user?.role?.type !== CONTRIBUTOR_ROLE_TYPE) {
      ctx.body = undefined;
      refuseForbidden('not_a_contributor', SIGN_IN_MESSAGES.notAContributor);
    }
    signInFailures.clear(account);
  }

  async function forgotPassword(ctx: Context, next: Next) {
    const body = bodyOf(ctx);
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    if (!EMAIL.test(email)) refuseFields([{ path: ['email'], message: bilingual('Vui lòng nhập một địa chỉ email hợp lệ.', 'Enter a valid e-mail address.') }]);
    body.email = email;
    const keys = [`email:${email.slice(0, 320)}`, ipKey(ctx)];
    holdBack(ctx, resetEmails, keys);
    resetEmails.record(keys);
    try {
      await next();
    } catch (error) {
      // The answer never tells whether an account has this address, even when its e-mail could not be sent.
      strapi.log.error(`[contributors] reset e-mail not sent: ${messageOf(error)}`);
      ctx.status = 200;
      ctx.body = { ok: true };
    }
  }

  async function resetPassword(ctx: Context, next: Next) {
    const body = bodyOf(ctx);
    const problems: FieldProblem[] = [];
    if (!isText(body.code)) problems.push({ path: ['code'], message: bilingual('Thiếu mã đặt lại mật khẩu.', 'The reset code is missing.') });
    problems.push(...checkPasswordRule(body.password, body.passwordConfirmation));
    if (problems.length > 0) refuseFields(problems);
    const keys = [ipKey(ctx)];
    holdBack(ctx, resetCodeFailures, keys);
    await countingFailures(next, resetCodeFailures, keys, 'Incorrect code', () =>
      refuseFields(
        [{ path: ['code'], message: bilingual('Liên kết đặt lại mật khẩu không đúng hoặc đã được dùng; hãy yêu cầu một liên kết mới.', 'The reset link is wrong or was already used; ask for a new one.') }],
        'invalid_code',
      ),
    );
  }

  async function changePassword(ctx: Context, next: Next) {
    const body = bodyOf(ctx);
    const problems: FieldProblem[] = [];
    if (!isText(body.currentPassword)) problems.push({ path: ['currentPassword'], message: bilingual('Vui lòng nhập mật khẩu hiện tại.', 'Enter your current password.') });
    problems.push(...checkPasswordRule(body.password, body.passwordConfirmation));
    if (problems.length === 0 && body.password === body.currentPassword) {
      problems.push({ path: ['password'], message: bilingual('Mật khẩu mới phải khác mật khẩu hiện tại.', 'The new password must differ from the current one.') });
    }
    if (problems.length > 0) refuseFields(problems);
    const token = (await strapi.plugin('users-permissions').service('jwt').getToken(ctx).catch(() => null)) as { id?: unknown } | null;
    const keys = [`user:${String(token?.id ?? 'anonymous').slice(0, 32)}`, ipKey(ctx)];
    holdBack(ctx, passwordChangeFailures, keys, 'too_many_attempts');
    await countingFailures(next, passwordChangeFailures, keys, 'current password is invalid', () =>
      refuseFields([{ path: ['currentPassword'], message: bilingual('Mật khẩu hiện tại không đúng.', 'The current password is wrong.') }], 'invalid_current_password'),
    );
  }

  async function otherAuthRoute(ctx: Context, next: Next) {
    const keys = [ipKey(ctx)];
    holdBack(ctx, otherAuthRequests, keys);
    otherAuthRequests.record(keys);
    try {
      await next();
    } catch (error) {
      if (!messageOf(error).includes('Register action is currently disabled')) throw error;
      refuse(
        'registration_closed',
        bilingual(
          'Không tự đăng ký tài khoản được; hãy gửi yêu cầu tài khoản cộng tác viên để Liên hiệp Hội Lào Cai duyệt.',
          'Self-registration is closed; request a contributor account for the union to approve.',
        ),
      );
    }
  }

  const routes: Record<string, (ctx: Context, next: Next) => Promise<unknown>> = {
    [`${prefix}/auth/local`]: signIn,
    [`${prefix}/auth/forgot-password`]: forgotPassword,
    [`${prefix}/auth/reset-password`]: resetPassword,
    [`${prefix}/auth/change-password`]: changePassword,
    [`${prefix}/auth/local/register`]: otherAuthRoute,
    [`${prefix}/auth/send-email-confirmation`]: otherAuthRoute,
  };

  return async (ctx, next) => {
    const handle = ctx.method === 'POST' ? routes[routePath(ctx.path)] : undefined;
    return handle ? handle(ctx, next) : next();
  };
}
