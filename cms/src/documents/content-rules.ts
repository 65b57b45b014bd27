import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slugify } from '@lienhiep/vietnamese-text';

type Data = Record<string, unknown>;
type FieldError = { path: string[]; message: string; name: 'ValidationError' };

/** Documents an event may attach: PDF, Word, Excel, PowerPoint and their OpenDocument twins. */
export const DOCUMENT_MIME_TYPES = new Set([
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

const WRITE_ACTIONS = new Set(['create', 'update']);

function fail(fieldErrors: FieldError[]): never {
  const message = fieldErrors.map((e) => e.message).join(' ');
  throw new errors.ValidationError(message, { errors: fieldErrors });
}

function mediaIds(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  return list
    .map((item) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item))
    .map((id) => Number(id))
    .filter((id) => Number.isInteger(id) && id > 0);
}

type ModelAttributes = Record<string, { type: string; targetField?: string; allowedTypes?: string[] }>;

function attributesOf(strapi: Core.Strapi, uid: UID.ContentType): ModelAttributes {
  return (strapi.getModel(uid)?.attributes ?? {}) as ModelAttributes;
}

/** How many numbered candidates (`base-2`, `base-3`…) one lookup tries. */
const SLUG_CANDIDATES_PER_LOOKUP = 50;

/**
 * The first of `base`, `base-2`, `base-3`… that no other document of the type uses. Each lookup is
 * an exact match on the indexed slug column (database/read-path-indexes.js) for a batch of candidates,
 * so the check costs the same with 30 or 30,000 rows.
 */
async function firstFreeSlug(strapi: Core.Strapi, uid: UID.ContentType, field: string, base: string, documentId?: string): Promise<string> {
  for (let first = 1; ; first += SLUG_CANDIDATES_PER_LOOKUP) {
    const candidates = Array.from({ length: SLUG_CANDIDATES_PER_LOOKUP }, (_, i) => (first + i === 1 ? base : `${base}-${first + i}`));
    const taken = (await strapi.db.query(uid).findMany({
      select: [field],
      where: { [field]: { $in: candidates }, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    })) as Array<Record<string, unknown>>;
    const used = new Set(taken.map((row) => row[field]));
    const free = candidates.find((candidate) => !used.has(candidate));
    if (free) return free;
  }
}

/** Fills an empty uid field from its target field ("Liên hiệp…" → "lien-hiep-…"), unique within the type. */
async function fillSlugs(strapi: Core.Strapi, uid: UID.ContentType, data: Data, action: string, documentId?: string) {
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute.type !== 'uid' || !attribute.targetField) continue;
    const current = data[name];
    if (typeof current === 'string' && current.trim() !== '') {
      data[name] = current.trim();
      continue;
    }
    if (action === 'update' && !(name in data)) continue;
    const source = data[attribute.targetField];
    if (typeof source !== 'string' || source.trim() === '') continue;
    const base = slugify(source) || 'bai-viet';
    data[name] = await firstFreeSlug(strapi, uid, name, base, documentId);
  }
}

/** Image fields accept only images; event documents only office documents and PDF. */
async function checkMediaTypes(strapi: Core.Strapi, uid: UID.ContentType, data: Data): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute.type !== 'media' || !(name in data)) continue;
    const ids = mediaIds(data[name]);
    if (ids.length === 0) continue;
    const files = (await strapi.db.query('plugin::upload.file').findMany({
      select: ['id', 'name', 'mime'],
      where: { id: { $in: ids } },
    })) as Array<{ id: number; name: string; mime: string }>;
    const onlyImages = attribute.allowedTypes?.length === 1 && attribute.allowedTypes[0] === 'images';
    const onlyDocuments = attribute.allowedTypes?.length === 1 && attribute.allowedTypes[0] === 'files';
    for (const file of files) {
      if (onlyImages && !file.mime.startsWith('image/')) {
        problems.push({ path: [name], name: 'ValidationError', message: `Trường "${name}" chỉ nhận ảnh; tệp "${file.name}" (${file.mime}) không phải ảnh.` });
      }
      if (onlyDocuments && !DOCUMENT_MIME_TYPES.has(file.mime)) {
        problems.push({ path: [name], name: 'ValidationError', message: `Trường "${name}" chỉ nhận tài liệu PDF, Word, Excel; tệp "${file.name}" (${file.mime}) không hợp lệ.` });
      }
    }
  }
  return problems;
}

/** An event cannot end before it starts. Reads the stored value when only one end is being changed. */
async function checkEventDates(strapi: Core.Strapi, data: Data, documentId?: string): Promise<FieldError[]> {
  if (!('startAt' in data) && !('endAt' in data)) return [];
  let startAt = data.startAt as string | Date | null | undefined;
  let endAt = data.endAt as string | Date | null | undefined;
  if (documentId && (!('startAt' in data) || !('endAt' in data))) {
    const stored = (await strapi.db.query('api::event.event').findOne({
      select: ['startAt', 'endAt'],
      where: { documentId, publishedAt: null },
    })) as { startAt?: string; endAt?: string } | null;
    if (!('startAt' in data)) startAt = stored?.startAt;
    if (!('endAt' in data)) endAt = stored?.endAt;
  }
  if (!startAt || !endAt) return [];
  if (new Date(endAt).getTime() < new Date(startAt).getTime()) {
    return [{ path: ['endAt'], name: 'ValidationError', message: 'Thời gian kết thúc không được trước thời gian bắt đầu (endAt must not be before startAt).' }];
  }
  return [];
}

/**
 * An article without a date is dated when it is published (not when its draft was started), so it
 * is listed, sorted and syndicated as news of that moment. The draft gets the date, and publishing
 * copies it to the published version.
 */
async function datePublishedArticle(strapi: Core.Strapi, documentId: string | undefined): Promise<void> {
  if (!documentId) return;
  await strapi.db.query('api::article.article').updateMany({
    where: { documentId, publishedAt: null, date: null },
    data: { date: new Date().toISOString() },
  });
}

/**
 * Content rules the schema alone cannot express, applied to every write whoever makes it
 * (admin panel, seed, future contributor API): slugs from Vietnamese titles, media types,
 * event dates, and the date of an undated article when it is published.
 */
export function contentRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.action === 'publish' && context.uid === 'api::article.article') {
      await datePublishedArticle(strapi, (context.params as { documentId?: string }).documentId);
      return next();
    }
    if (!WRITE_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    const params = context.params as { data?: Data; documentId?: string };
    const data = params.data;
    if (!data) return next();

    await fillSlugs(strapi, context.uid, data, context.action, params.documentId);
    const problems = [
      ...(await checkMediaTypes(strapi, context.uid, data)),
      ...(context.uid === 'api::event.event' ? await checkEventDates(strapi, data, params.documentId) : []),
    ];
    if (problems.length > 0) fail(problems);
    return next();
  };
}
