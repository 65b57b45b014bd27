import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { toInstant } from '../seed/local-time';
import { markdownToBlocks } from '../seed/markdown-to-blocks';
import { slugify } from '../utils/slugify';
import { isArticleRecord, type ArticleRecord } from './article-record';
import { databaseIdle } from './database-idle';

const ARTICLE = 'api::article.article' as const;

export type ImportOptions = {
  /** Records written in one database transaction. */
  batchSize?: number;
  /** A progress line every this many records. */
  progressEvery?: number;
  log?: (line: string) => void;
};

export type ImportReport = { created: number; existing: number; failed: number; seconds: number; perSecond: number };

type RelationTargets = {
  category: UID.ContentType;
  event: UID.ContentType;
  tags: UID.ContentType;
  associations: UID.ContentType;
  honoredIntellectuals: UID.ContentType;
};
const TARGETS: RelationTargets = {
  category: 'api::category.category',
  event: 'api::event.event',
  tags: 'api::tag.tag',
  associations: 'api::association.association',
  honoredIntellectuals: 'api::honored-intellectual.honored-intellectual',
};

/** documentIds of related entries by slug, looked up once each (an indexed exact match). */
class SlugLookup {
  private readonly known = new Map<string, string>();
  constructor(private readonly strapi: Core.Strapi) {}

  async one(uid: UID.ContentType, slug: string | null | undefined): Promise<string | null> {
    if (!slug) return null;
    const key = `${uid}\u0000${slug}`;
    const cached = this.known.get(key);
    if (cached) return cached;
    const row = (await this.strapi.db.query(uid).findOne({ select: ['documentId'], where: { slug } })) as { documentId: string } | null;
    if (!row) throw new Error(`không có ${uid} với slug "${slug}" (unknown ${uid} "${slug}")`);
    this.known.set(key, row.documentId);
    return row.documentId;
  }

  async many(uid: UID.ContentType, slugs: string[] | undefined): Promise<string[]> {
    const ids: string[] = [];
    for (const slug of slugs ?? []) {
      const id = await this.one(uid, slug);
      if (id) ids.push(id);
    }
    return ids;
  }
}

/** An ISO instant with a zone as given; a zone-less local time as Vietnam time; none: now. */
function importedDate(value: string | null | undefined): string {
  if (!value) return new Date().toISOString();
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  const instant = new Date(hasZone ? value.trim() : (toInstant(value.trim()) ?? ''));
  if (Number.isNaN(instant.getTime())) throw new Error(`ngày không hợp lệ "${value}" (invalid date)`);
  return instant.toISOString();
}

async function articleData(record: ArticleRecord, slug: string, lookup: SlugLookup): Promise<Record<string, unknown>> {
  const date = importedDate(record.date);
  return {
    title: record.title.trim(),
    slug,
    date,
    summary: record.summary,
    body: typeof record.body === 'string' ? markdownToBlocks(record.body) : record.body,
    author: record.author,
    source: record.source,
    featured: record.featured ?? false,
    category: await lookup.one(TARGETS.category, record.category),
    event: await lookup.one(TARGETS.event, record.event),
    tags: await lookup.many(TARGETS.tags, record.tags),
    associations: await lookup.many(TARGETS.associations, record.associations),
    honoredIntellectuals: await lookup.many(TARGETS.honoredIntellectuals, record.honoredIntellectuals ?? record.intellectuals),
  };
}

/**
 * Imports articles through the Document Service, so every rule of an editor's write applies (slug
 * from the title, search text, media checks, published-only reads) and each article is created and
 * published as the admin panel would. Idempotent by slug: a record whose slug is already taken is
 * counted as existing and left alone. Records are written `batchSize` at a time in one transaction
 * (one disk sync per batch on SQLite instead of several per article). Resolves once the events of
 * the writes (webhooks) have been handled, and counts that time in the rate.
 */
export async function importArticles(strapi: Core.Strapi, records: AsyncIterable<unknown> | Iterable<unknown>, options: ImportOptions = {}): Promise<ImportReport> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const progressEvery = Math.max(1, options.progressEvery ?? 1000);
  const log = options.log ?? ((line: string) => strapi.log.info(line));
  const lookup = new SlugLookup(strapi);
  const documents = strapi.documents(ARTICLE);
  const report = { created: 0, existing: 0, failed: 0 };
  const started = Date.now();
  const elapsed = (until = Date.now()) => Math.max(1, until - started) / 1000;
  let seen = 0;

  /** Writes one record; false when it was there already. Throws a ValidationError for an invalid record. */
  const writeRecord = async (record: ArticleRecord): Promise<boolean> => {
    const slug = record.slug?.trim() || slugify(record.title) || 'bai-viet';
    const existing = await strapi.db.query(ARTICLE).findOne({ select: ['id'], where: { slug } });
    if (existing) return false;
    const data = await articleData(record, slug, lookup);
    await documents.create({ data: data as never, ...(record.draft ? {} : { status: 'published' as const }) });
    return true;
  };
  const count = (created: boolean) => {
    if (created) report.created += 1;
    else report.existing += 1;
  };
  const fail = (position: number, message: string) => {
    report.failed += 1;
    log(`[import] bản ghi ${position} bị bỏ qua (record ${position} skipped): ${message}`);
  };

  const writeBatch = async (batch: unknown[]) => {
    const first = seen + 1;
    const valid = batch.map((record, i) => ({ record, position: first + i })).filter(({ record, position }) => {
      if (isArticleRecord(record)) return true;
      fail(position, 'thiếu tiêu đề (no title)');
      return false;
    }) as Array<{ record: ArticleRecord; position: number }>;
    try {
      const outcomes: boolean[] = [];
      await strapi.db.transaction(async () => {
        for (const { record } of valid) outcomes.push(await writeRecord(record));
      });
      outcomes.forEach(count);
    } catch (error) {
      if (!(error instanceof errors.ValidationError)) throw error;
      // An invalid record rolled the batch back: write it again one record per transaction, so only
      // the invalid records are left out (and named).
      for (const { record, position } of valid) {
        try {
          count(await strapi.db.transaction(() => writeRecord(record)));
        } catch (recordError) {
          if (!(recordError instanceof errors.ValidationError)) throw recordError;
          fail(position, recordError.message);
        }
      }
    }
    seen += batch.length;
    if (Math.floor(seen / progressEvery) !== Math.floor((seen - batch.length) / progressEvery)) {
      log(`[import] ${seen} bản ghi (records): ${report.created} created, ${report.existing} already present, ${report.failed} failed; ${(report.created / elapsed()).toFixed(0)}/s`);
    }
  };

  let batch: unknown[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= batchSize) {
      await writeBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await writeBatch(batch);

  // Until the events of the last writes have been handled (see ./database-idle.ts).
  const seconds = elapsed(await databaseIdle(strapi));
  const perSecond = seconds > 0 ? report.created / seconds : 0;
  log(`[import] done: ${report.created} created, ${report.existing} already present, ${report.failed} failed in ${seconds.toFixed(1)} s: ${perSecond.toFixed(0)} articles/s`);
  return { ...report, seconds, perSecond };
}
