import type { Core, UID } from '@strapi/strapi';
import { type Attribute, type Snapshot, versionedAttributes } from './snapshot';
import { whileRestoring } from './recorder';

type Data = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** Which of `ids` still exist: related documents of `target`, or media files. */
class Existing {
  private readonly documents = new Map<string, Set<string>>();
  private files?: Set<number>;

  constructor(private readonly strapi: Core.Strapi) {}

  async documentIds(target: string, ids: string[]): Promise<Set<string>> {
    const key = `${target}:${ids.join(',')}`;
    const cached = this.documents.get(key);
    if (cached) return cached;
    const rows = ids.length === 0 ? [] : ((await this.strapi.db.query(target as UID.Schema).findMany({ select: ['documentId'], where: { documentId: { $in: ids } } })) as Array<{ documentId: string }>);
    const found = new Set(rows.map((row) => row.documentId));
    this.documents.set(key, found);
    return found;
  }

  async fileIds(ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = (await this.strapi.db.query('plugin::upload.file').findMany({ select: ['id'], where: { id: { $in: ids } } })) as Array<{ id: number }>;
    this.files = new Set([...(this.files ?? []), ...rows.map((row) => row.id)]);
    return this.files;
  }
}

/**
 * Fields the app fills itself at publication, which an earlier version without a value must not
 * empty: an undated article is dated when first published (src/documents/content-rules.ts); restoring
 * a version saved before that keeps the article's date, so publishing again does not re-date it.
 */
const KEPT_WHEN_EMPTY: Record<string, string[]> = { 'api::article.article': ['date'] };

/**
 * A version's snapshot as Document Service input: fields the type no longer has are left out,
 * relations to documents and media files deleted since are dropped (the rest is written as it was).
 */
async function dataOf(strapi: Core.Strapi, uid: string, snapshot: Snapshot, existing: Existing): Promise<Data> {
  const data: Data = {};
  for (const [name, attribute] of Object.entries(versionedAttributes(strapi, uid))) {
    if (!(name in snapshot)) continue;
    if (snapshot[name] == null && KEPT_WHEN_EMPTY[uid]?.includes(name)) continue;
    data[name] = await valueOf(strapi, attribute, snapshot[name], existing);
  }
  return data;
}

async function valueOf(strapi: Core.Strapi, attribute: Attribute, value: unknown, existing: Existing): Promise<unknown> {
  switch (attribute.type) {
    case 'relation': {
      const ids = list(value).filter((id): id is string => typeof id === 'string');
      const found = await existing.documentIds(attribute.target ?? '', ids);
      const kept = ids.filter((id) => found.has(id));
      return Array.isArray(value) ? { set: kept.map((documentId) => ({ documentId })) } : (kept[0] ?? null);
    }
    case 'media': {
      const ids = list(value).map(Number).filter(Number.isInteger);
      const found = await existing.fileIds(ids);
      const kept = ids.filter((id) => found.has(id));
      return attribute.multiple ? kept : (kept[0] ?? null);
    }
    case 'component': {
      const component = attribute.component ?? '';
      const of = async (item: unknown) => (item && typeof item === 'object' ? dataOf(strapi, component, item as Snapshot, existing) : null);
      return attribute.repeatable ? Promise.all(list(value).map(of)) : of(value);
    }
    default:
      return value;
  }
}

export class DocumentGoneError extends Error {}

/**
 * Writes a version's content as the document's draft, through the Document Service (so every rule
 * and middleware applies, and the recorder keeps a `restore` version naming the one restored). The
 * published version, if any, is untouched until someone publishes.
 */
export async function restoreVersion(strapi: Core.Strapi, version: { id: number; contentType: string; documentId: string; locale: string | null; snapshot: Snapshot }): Promise<void> {
  const uid = version.contentType as UID.ContentType;
  const exists = await strapi.db.query(uid).count({ where: { documentId: version.documentId } });
  if (exists === 0) throw new DocumentGoneError(version.documentId);
  const data = await dataOf(strapi, uid, version.snapshot, new Existing(strapi));
  await whileRestoring(version.id, () =>
    strapi.documents(uid).update({ documentId: version.documentId, ...(version.locale ? { locale: version.locale } : {}), data: data as never }),
  );
}
