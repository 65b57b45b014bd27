import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { blocksToMarkdown, markdownToBlocks } from '../rich-text/light-markup';
import { checkIncomingFile } from '../security/uploads/upload-guard';
import { bilingual, refuseFields, refuseForbidden, refuseNotFound } from './refusals';
import { COVER_MAX_BYTES, type SubmissionInput } from './submission-input';
import { REVIEW_STATUS } from '../newsroom/review-queue';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
const USER = 'plugin::users-permissions.user';

/** chờ duyệt / cần sửa / đã đăng. */
export type SubmissionStatus = 'pending' | 'changes_requested' | 'published';

/** A contributor as the submissions need them: who, and for which association. */
export type Contributor = {
  id: number;
  documentId: string;
  email: string;
  fullName: string | null;
  association: { documentId: string; name: string; slug: string } | null;
};

/** An uploaded file as the multipart parser (formidable) leaves it. */
export type IncomingCover = { filepath: string; originalFilename?: string | null; mimetype?: string | null; size: number };

type ArticleRow = {
  documentId: string;
  title: string;
  slug: string;
  summary?: string | null;
  body?: unknown;
  reviewNote?: string | null;
  createdAt: string;
  updatedAt: string;
  category?: { documentId: string; name: string } | null;
  cover?: { id: number; url: string; alternativeText?: string | null } | null;
};

export function statusOf(publishedAt: string | null | undefined, reviewNote: string | null | undefined): SubmissionStatus {
  if (publishedAt) return 'published';
  return reviewNote && reviewNote.trim() !== '' ? 'changes_requested' : 'pending';
}

export async function loadContributor(strapi: Core.Strapi, userId: number): Promise<Contributor> {
  const user = (await strapi.db.query(USER).findOne({
    select: ['id', 'documentId', 'email', 'fullName'],
    where: { id: userId },
    populate: { association: { select: ['documentId', 'name', 'slug'] } },
  })) as Contributor | null;
  if (!user) throw new errors.UnauthorizedError(bilingual('Vui lòng đăng nhập lại.', 'Please sign in again.'));
  return { ...user, fullName: user.fullName ?? null, association: user.association ?? null };
}

/** When each of these documents was published (only documents that have a published version are listed). */
async function publishedAtOf(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const rows = (await strapi.documents(ARTICLE).findMany({
    status: 'published',
    filters: { documentId: { $in: documentIds } },
    fields: ['publishedAt'],
    limit: documentIds.length,
  })) as unknown as Array<{ documentId: string; publishedAt: string }>;
  return new Map(rows.map((row) => [row.documentId, row.publishedAt]));
}

/** The contributor's own submissions, newest first (at most `limit`). */
export async function listSubmissions(strapi: Core.Strapi, contributor: Contributor, limit = 200) {
  const drafts = (await strapi.documents(ARTICLE).findMany({
    status: 'draft',
    filters: { contributor: { id: contributor.id } },
    fields: ['title', 'slug', 'reviewNote', 'createdAt', 'updatedAt'],
    sort: ['createdAt:desc', 'id:desc'],
    limit,
  } as never)) as unknown as ArticleRow[];
  const published = await publishedAtOf(strapi, drafts.map((row) => row.documentId));
  return drafts.map((row) => {
    const publishedAt = published.get(row.documentId) ?? null;
    return {
      documentId: row.documentId,
      title: row.title,
      slug: row.slug,
      status: statusOf(publishedAt, row.reviewNote),
      reviewNote: row.reviewNote ?? null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      publishedAt,
    };
  });
}

async function findOwnDraft(strapi: Core.Strapi, contributor: Contributor, documentId: string): Promise<ArticleRow> {
  if (!/^[a-z0-9]{20,32}$/.test(documentId)) refuseNotFound();
  const row = (await strapi.documents(ARTICLE).findFirst({
    status: 'draft',
    filters: { documentId, contributor: { id: contributor.id } },
    fields: ['title', 'slug', 'summary', 'body', 'reviewNote', 'createdAt', 'updatedAt'],
    populate: { category: { fields: ['name'] }, cover: { fields: ['url', 'alternativeText'] } },
  } as never)) as unknown as ArticleRow | null;
  if (!row) refuseNotFound();
  return row;
}

/** One of the contributor's submissions, its body as light markup for editing; someone else's is a 404. */
export async function readSubmission(strapi: Core.Strapi, contributor: Contributor, documentId: string) {
  const row = await findOwnDraft(strapi, contributor, documentId);
  const publishedAt = (await publishedAtOf(strapi, [row.documentId])).get(row.documentId) ?? null;
  return {
    documentId: row.documentId,
    title: row.title,
    slug: row.slug,
    summary: row.summary ?? '',
    body: blocksToMarkdown(row.body),
    category: row.category ? { documentId: row.category.documentId, name: row.category.name } : null,
    cover: row.cover ? { url: row.cover.url, alternativeText: row.cover.alternativeText ?? null } : null,
    status: statusOf(publishedAt, row.reviewNote),
    reviewNote: row.reviewNote ?? null,
    publishedAt,
  };
}

async function checkCategory(strapi: Core.Strapi, documentId: string): Promise<void> {
  const found = await strapi.documents(CATEGORY).count({ filters: { documentId }, status: 'published' } as never);
  if (found === 0) refuseFields([{ path: ['category'], message: bilingual('Chuyên mục không tồn tại.', 'This category does not exist.') }]);
}

const coverProblem = (vietnamese: string, english: string) => refuseFields([{ path: ['cover'], message: bilingual(vietnamese, english) }]);

/**
 * Stores the cover through the upload service, so the project's upload rules apply (types checked
 * by content, src/security/uploads); for this field only images up to 10 MB. Refusals name `cover`.
 */
async function uploadCover(strapi: Core.Strapi, file: IncomingCover, alternativeText: string | undefined, title: string): Promise<number> {
  if (file.size > COVER_MAX_BYTES) coverProblem('Ảnh đại diện lớn tối đa 10 MB.', 'The cover image is at most 10 MB.');
  let type: Awaited<ReturnType<typeof checkIncomingFile>>;
  try {
    type = await checkIncomingFile(file);
  } catch (error) {
    return refuseFields([{ path: ['cover'], message: `Ảnh đại diện — ${(error as Error).message}` }]);
  }
  if (!type.isImage) coverProblem(`Ảnh đại diện phải là ảnh JPEG, PNG, WebP, AVIF hoặc GIF; tệp gửi là ${type.label}.`, `The cover must be a JPEG, PNG, WebP, AVIF or GIF image; the file sent is ${type.label}.`);
  const uploaded = (await strapi.plugin('upload').service('upload').upload({
    data: { fileInfo: { alternativeText: alternativeText ?? title, caption: null } },
    files: file,
  })) as Array<{ id: number }>;
  return uploaded[0].id;
}

/**
 * Deletes a cover the contributor uploaded once nothing uses it any more (it was replaced, or the
 * article could not be saved). A file an editor also put elsewhere stays. Never fails the request.
 */
async function removeUnusedCover(strapi: Core.Strapi, fileId: number): Promise<void> {
  try {
    const file = (await strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId }, populate: ['related'] })) as { related?: unknown[] } | null;
    if (file && (file.related ?? []).length === 0) await strapi.plugin('upload').service('upload').remove(file);
  } catch (error) {
    strapi.log.warn(`[contributors] unused cover ${fileId} not removed: ${(error as Error).message}`);
  }
}

function articleFields(input: SubmissionInput) {
  return {
    title: input.title,
    summary: input.summary,
    body: markdownToBlocks(input.body, { sitePaths: false }),
    category: input.category,
  };
}

/** A new article DRAFT for the contributor's association, by the contributor; never published here. */
export async function createSubmission(strapi: Core.Strapi, contributor: Contributor, input: SubmissionInput, cover?: IncomingCover): Promise<string> {
  const association = contributor.association;
  if (!association) {
    refuseForbidden('no_association', bilingual('Tài khoản của bạn chưa gắn với hội thành viên nào; vui lòng liên hệ Liên hiệp Hội Lào Cai.', 'Your account is not linked to a member association; please contact the union.'));
  }
  await checkCategory(strapi, input.category);
  const coverId = cover ? await uploadCover(strapi, cover, input.coverAlt, input.title) : undefined;
  const created = await strapi.documents(ARTICLE).create({
    data: {
      ...articleFields(input),
      ...(coverId ? { cover: coverId } : {}),
      associations: [association.documentId],
      contributor: contributor.documentId,
      author: contributor.fullName ?? contributor.email,
      date: new Date().toISOString(),
      featured: false,
      reviewNote: null,
      // In the editors' review queue (src/newsroom/review-queue.ts), which e-mails them.
      reviewStatus: REVIEW_STATUS.waiting,
    },
  } as never).catch(async (error: unknown) => {
    if (coverId) await removeUnusedCover(strapi, coverId);
    throw error;
  });
  return created.documentId;
}

/**
 * Saves a new version of the contributor's own submission while it has no published version; the
 * editor's note is cleared (back to chờ duyệt). A new cover replaces the old one; none keeps it.
 */
export async function updateSubmission(strapi: Core.Strapi, contributor: Contributor, documentId: string, input: SubmissionInput, cover?: IncomingCover): Promise<void> {
  const row = await findOwnDraft(strapi, contributor, documentId);
  if ((await publishedAtOf(strapi, [documentId])).size > 0) {
    refuseForbidden('not_editable', bilingual('Bài đã được đăng nên không sửa được nữa.', 'This submission has been published and can no longer be edited.'));
  }
  await checkCategory(strapi, input.category);
  const coverId = cover ? await uploadCover(strapi, cover, input.coverAlt, input.title) : undefined;
  if (!cover && input.coverAlt && row.cover) {
    await strapi.plugin('upload').service('upload').updateFileInfo(row.cover.id, { alternativeText: input.coverAlt });
  }
  await strapi.documents(ARTICLE).update({
    documentId,
    data: { ...articleFields(input), ...(coverId ? { cover: coverId } : {}), reviewNote: null, reviewStatus: REVIEW_STATUS.waiting },
  } as never);
  if (coverId && row.cover && row.cover.id !== coverId) await removeUnusedCover(strapi, row.cover.id);
}
