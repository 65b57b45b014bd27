import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { requestAccount } from '../../../contributors/account-requests';
import { bilingual, refuseFields } from '../../../contributors/refusals';
import { checkSubmission, readSubmissionData } from '../../../contributors/submission-input';
import {
  createSubmission,
  listSubmissions,
  loadContributor,
  readSubmission,
  updateSubmission,
  type Contributor,
  type IncomingCover,
} from '../../../contributors/submissions';
import { visitorOf } from '../../../security/site-visitor';

type Context = Parameters<Core.MiddlewareHandler>[0];
type RequestWithBody = { body?: unknown; files?: Record<string, IncomingCover | IncomingCover[] | undefined> };

const requestOf = (ctx: Context) => ctx.request as unknown as RequestWithBody;

async function signedInContributor(strapi: Core.Strapi, ctx: Context): Promise<Contributor> {
  const user = ctx.state.user as { id?: number } | undefined;
  if (typeof user?.id !== 'number') throw new errors.UnauthorizedError(bilingual('Vui lòng đăng nhập.', 'Please sign in.'));
  return loadContributor(strapi, user.id);
}

/** The `cover` file part, if any (one file). */
function coverOf(ctx: Context): IncomingCover | undefined {
  const files = requestOf(ctx).files ?? {};
  const unexpected = Object.keys(files).filter((name) => name !== 'cover');
  if (unexpected.length > 0) {
    refuseFields(unexpected.map((name) => ({ path: [name], message: bilingual(`Không được gửi tệp "${name}".`, `The file "${name}" cannot be sent.`) })));
  }
  const cover = files.cover;
  if (Array.isArray(cover)) {
    if (cover.length > 1) refuseFields([{ path: ['cover'], message: bilingual('Chỉ gửi một ảnh đại diện.', 'Send one cover image.') }]);
    return cover[0];
  }
  return cover;
}

/** The submission's fields: the `data` part of a multipart request, or a JSON body `{ data }`. */
function submissionOf(ctx: Context) {
  const body = requestOf(ctx).body;
  const raw = body && typeof body === 'object' && 'data' in body ? (body as { data: unknown }).data : undefined;
  return checkSubmission(readSubmissionData(raw));
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/contributor/me */
  async me(ctx: Context) {
    const contributor = await signedInContributor(strapi, ctx);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { id: contributor.id, email: contributor.email, fullName: contributor.fullName, association: contributor.association };
  },

  /** GET /api/contributor/submissions */
  async submissions(ctx: Context) {
    const contributor = await signedInContributor(strapi, ctx);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: await listSubmissions(strapi, contributor) };
  },

  /** GET /api/contributor/submissions/:documentId */
  async submission(ctx: Context) {
    const contributor = await signedInContributor(strapi, ctx);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: await readSubmission(strapi, contributor, String(ctx.params.documentId)) };
  },

  /** POST /api/contributor/submissions (multipart: `data` JSON, optional `cover` image) */
  async submit(ctx: Context) {
    const contributor = await signedInContributor(strapi, ctx);
    const input = submissionOf(ctx);
    const documentId = await createSubmission(strapi, contributor, input, coverOf(ctx));
    ctx.status = 201;
    ctx.body = { data: { documentId } };
  },

  /** PUT /api/contributor/submissions/:documentId (same body) */
  async resubmit(ctx: Context) {
    const contributor = await signedInContributor(strapi, ctx);
    const input = submissionOf(ctx);
    const documentId = String(ctx.params.documentId);
    await updateSubmission(strapi, contributor, documentId, input, coverOf(ctx));
    ctx.body = { data: { documentId } };
  },

  /** POST /api/contributor-requests (public) */
  async request(ctx: Context) {
    await requestAccount(strapi, ctx, visitorOf(ctx).ip, requestOf(ctx).body);
    ctx.status = 201;
    ctx.body = { ok: true };
  },
});
