import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { audienceOfRequest } from '../documents/request-audience';
import { sendEmail } from '../email';
import { STAFF_ROLES } from './staff-roles';

const ARTICLE = 'api::article.article';
const PUBLISH_ACTION = 'plugin::content-manager.explorer.publish';

/** Where an article stands in the review queue (the private `reviewStatus` attribute of articles). */
export const REVIEW_STATUS = {
  draft: 'Bản nháp',
  /** "Gửi duyệt": an author or a contributor asks for review; editors are told by e-mail. */
  waiting: 'Chờ duyệt',
  changesRequested: 'Cần sửa',
  approved: 'Đã duyệt',
} as const;
export type ReviewStatus = (typeof REVIEW_STATUS)[keyof typeof REVIEW_STATUS];

/** What only someone who may publish (Biên tập viên, Quản trị) can decide. */
const EDITORS_DECISIONS: ReadonlySet<string> = new Set([REVIEW_STATUS.changesRequested, REVIEW_STATUS.approved]);

type Ability = { can(action: string, subject: string): boolean };
type StaffUser = { firstname?: string | null; lastname?: string | null; email?: string };
type Actor = { name: string; mayPublish: boolean } | undefined;

/** The staff member behind the current admin request, if any, and whether they may publish articles. */
function staffActor(strapi: Core.Strapi): Actor {
  const state = strapi.requestContext.get()?.state as { userAbility?: Ability; user?: StaffUser; auth?: { strategy?: { name?: string } } } | undefined;
  if (state?.auth?.strategy?.name !== 'admin' || !state.userAbility) return undefined;
  const name = [state.user?.firstname, state.user?.lastname].filter(Boolean).join(' ') || state.user?.email || 'Nhân viên';
  return { name, mayPublish: state.userAbility.can(PUBLISH_ACTION, ARTICLE) };
}

/** The contributor behind the current request (a submission from the site), by name. */
async function contributorName(strapi: Core.Strapi): Promise<string> {
  const audience = audienceOfRequest(strapi);
  if (audience.kind !== 'contributor') return 'Hệ thống';
  const user = (await strapi.db.query('plugin::users-permissions.user').findOne({ select: ['fullName', 'email'], where: { id: audience.userId } })) as { fullName?: string | null; email: string } | null;
  return `Cộng tác viên ${user?.fullName || user?.email || ''}`.trim();
}

async function storedStatus(strapi: Core.Strapi, documentId: string): Promise<{ status: string | null; title: string } | null> {
  const row = (await strapi.db.query(ARTICLE).findOne({ select: ['reviewStatus', 'title'], where: { documentId, publishedAt: null } })) as { reviewStatus: string | null; title: string } | null;
  return row ? { status: row.reviewStatus, title: row.title } : null;
}

/** The addresses of the active staff who review: Biên tập viên and Quản trị. */
async function reviewerAddresses(strapi: Core.Strapi): Promise<string[]> {
  const users = (await strapi.db.query('admin::user').findMany({
    select: ['email'],
    where: { isActive: true, blocked: false, roles: { code: { $in: [STAFF_ROLES.editor.code, STAFF_ROLES.administrator.code] } } },
  })) as Array<{ email: string }>;
  return [...new Set(users.map((user) => user.email))];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Tells every reviewer that an article waits for review, with the link to it in the admin. */
export async function notifyReviewers(strapi: Core.Strapi, article: { documentId: string; title: string }, submittedBy: string): Promise<void> {
  const adminUrl = strapi.config.get<string>('admin.absoluteUrl', '/admin');
  const link = `${adminUrl}/content-manager/collection-types/${ARTICLE}/${article.documentId}`;
  for (const to of await reviewerAddresses(strapi)) {
    await sendEmail(strapi, {
      to,
      subject: `Bài chờ duyệt: ${article.title}`,
      html: `<p>${escapeHtml(submittedBy)} đã gửi duyệt bài <b>${escapeHtml(article.title)}</b>.</p><p>Mở bài trong trang quản trị: <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><p>Liên hiệp Hội Lào Cai</p>`,
    });
  }
}

/**
 * The review queue of articles, on every write whoever makes it:
 * - a staff member who may not publish (Tác giả) can set "Bản nháp" or "Chờ duyệt", never an editor's
 *   decision ("Cần sửa", "Đã duyệt"): 403;
 * - when an article becomes "Chờ duyệt" (an author's "gửi duyệt", a contributor's submission from the
 *   site), the reviewers get an e-mail;
 * - publishing an article approves it ("Đã duyệt"), so it leaves the queue.
 */
export function reviewQueue(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as { data?: { reviewStatus?: unknown }; documentId?: string };

    if (context.action === 'publish') {
      const result = await next();
      if (params.documentId) await strapi.db.query(ARTICLE).updateMany({ where: { documentId: params.documentId }, data: { reviewStatus: REVIEW_STATUS.approved } });
      return result;
    }
    if (context.action !== 'create' && context.action !== 'update') return next();

    const requested = params.data?.reviewStatus;
    const actor = staffActor(strapi);
    if (typeof requested === 'string' && EDITORS_DECISIONS.has(requested) && actor && !actor.mayPublish) {
      // A PolicyError: Strapi's router turns any other ForbiddenError into a bare "Forbidden".
      throw new errors.PolicyError(`Chỉ biên tập viên đặt được trạng thái "${requested}"; tác giả chọn "Chờ duyệt" để gửi duyệt. (Only editors can set this review status.)`);
    }
    const before = context.action === 'update' && params.documentId ? await storedStatus(strapi, params.documentId) : null;
    const result = await next();
    const written = result as { documentId?: string; title?: string } | null;
    // Only a person's "gửi duyệt" (a staff member in the admin, a contributor on the site) tells the
    // reviewers: writes without a request (the demo content, imports, scripts) send nothing.
    const byPerson = actor !== undefined || audienceOfRequest(strapi).kind === 'contributor';
    if (byPerson && requested === REVIEW_STATUS.waiting && before?.status !== REVIEW_STATUS.waiting && written?.documentId) {
      const title = written.title ?? before?.title ?? '';
      const submittedBy = actor?.name ?? (await contributorName(strapi));
      notifyReviewers(strapi, { documentId: written.documentId, title }, submittedBy).catch((error: unknown) => strapi.log.error(`[newsroom] review e-mail not sent: ${String(error)}`));
    }
    return result;
  };
}
