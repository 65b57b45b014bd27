import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { buildSearchText, SEARCH_TEXT_ATTRIBUTE } from '../search/search-text';
import { articleFields, RecordError, type ArticleFields } from './article-fields';
import { DocumentBatchWriter, type DocumentToWrite } from './document-batch-writer';
import { validateEntry, validationMessage } from './entry-validation';
import { announceImport } from './import-event';
import { RelationTargets, type TargetRows } from './relation-targets';

const ARTICLE = 'api::article.article' as const;

export type ImportOptions = {
  /** Records written in one database transaction. */
  batchSize?: number;
  /** A progress line every this many records. */
  progressEvery?: number;
  log?: (line: string) => void;
};

/** A record left out: its position in the input (1 = the first record) and why. */
export type ImportFailure = { position: number; message: string };

export type ImportReport = { created: number; existing: number; failed: number; failures: ImportFailure[]; seconds: number; perSecond: number };

/** Which of these slugs some article row (draft or published) already has: one indexed lookup per 500. */
async function storedSlugs(strapi: Core.Strapi, slugs: string[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let start = 0; start < slugs.length; start += 500) {
    const rows = (await strapi.db.query(ARTICLE).findMany({ select: ['slug'], where: { slug: { $in: slugs.slice(start, start + 500) } } })) as Array<{ slug: string }>;
    for (const row of rows) stored.add(row.slug);
  }
  return stored;
}

async function relatedRows(strapi: Core.Strapi, targets: RelationTargets, relations: ArticleFields['relations']): Promise<Record<string, TargetRows[]>> {
  const attributes = strapi.contentType(ARTICLE).attributes as Record<string, { target?: UID.ContentType }>;
  const rows: Record<string, TargetRows[]> = {};
  for (const [name, slugs] of Object.entries(relations)) {
    const target = attributes[name]?.target;
    if (!target) throw new Error(`${ARTICLE} has no relation "${name}"`);
    rows[name] = [];
    for (const slug of slugs) rows[name].push(await targets.bySlug(target, slug));
  }
  return rows;
}

/**
 * Imports articles in batches, each batch in one transaction, writing what the Document Service's
 * create + publish would write (./document-batch-writer.ts) after applying the rules an editor's
 * save goes through: the slug rule, Strapi's validation of the model (./entry-validation.ts), the
 * search text (src/search/search-text.ts), relations to drafts and published versions.
 *
 * Idempotent by slug: a record whose slug an article already has, or an earlier record of the same
 * input took, is counted as existing and left alone. A record that is not valid is left out and named
 * by its position (1 = first); the others are imported. A relation to a slug that does not exist
 * stops the import (earlier batches stay written). No Document Service events fire per article: one
 * `entry.import` event (./import-event.ts) announces the import when it ends, so the site's cache is
 * purged once.
 */
export async function importArticles(strapi: Core.Strapi, records: AsyncIterable<unknown> | Iterable<unknown>, options: ImportOptions = {}): Promise<ImportReport> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const progressEvery = Math.max(1, options.progressEvery ?? 1000);
  const log = options.log ?? ((line: string) => strapi.log.info(line));
  const writer = new DocumentBatchWriter(strapi, ARTICLE);
  const targets = new RelationTargets(strapi);
  const report = { created: 0, existing: 0, failed: 0, failures: [] as ImportFailure[] };
  const started = Date.now();
  const elapsed = () => Math.max(1, Date.now() - started) / 1000;
  let seen = 0;

  const writeBatch = async (batch: unknown[]) => {
    const failures: ImportFailure[] = [];
    const fail = (position: number, message: string) => failures.push({ position, message });
    const candidates: Array<{ position: number; fields: ArticleFields }> = [];
    batch.forEach((record, i) => {
      const position = seen + i + 1;
      try {
        candidates.push({ position, fields: articleFields(record, new Date()) });
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        fail(position, error.message);
      }
    });
    const stored = await storedSlugs(strapi, candidates.map(({ fields }) => fields.slug));
    const claimed = new Set<string>();
    const documents: DocumentToWrite[] = [];
    for (const { position, fields } of candidates) {
      if (stored.has(fields.slug) || claimed.has(fields.slug)) {
        report.existing += 1;
        continue;
      }
      let data: Record<string, unknown>;
      try {
        data = await validateEntry(strapi, ARTICLE, fields.data, { isDraft: !fields.publish });
      } catch (error) {
        if (!(error instanceof errors.ValidationError)) throw error;
        fail(position, validationMessage(error));
        continue;
      }
      data[SEARCH_TEXT_ATTRIBUTE] = buildSearchText(ARTICLE, data);
      claimed.add(fields.slug);
      documents.push({ data, relations: await relatedRows(strapi, targets, fields.relations), publish: fields.publish, at: new Date() });
    }
    await writer.write(documents);
    report.created += documents.length;
    for (const failure of failures.sort((a, b) => a.position - b.position)) {
      report.failed += 1;
      report.failures.push(failure);
      log(`[import] bản ghi ${failure.position} bị bỏ qua (record ${failure.position} skipped): ${failure.message}`);
    }
    seen += batch.length;
    if (Math.floor(seen / progressEvery) !== Math.floor((seen - batch.length) / progressEvery)) {
      log(`[import] ${seen} bản ghi (records): ${report.created} created, ${report.existing} already present, ${report.failed} failed; ${(report.created / elapsed()).toFixed(0)}/s`);
    }
  };

  try {
    let batch: unknown[] = [];
    for await (const record of records) {
      batch.push(record);
      if (batch.length >= batchSize) {
        await writeBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await writeBatch(batch);
  } finally {
    // Whatever was written (all of it, or the batches before a stop) is announced once.
    if (report.created > 0) announceImport(strapi, ARTICLE, { created: report.created, existing: report.existing, failed: report.failed });
  }

  const seconds = elapsed();
  const perSecond = report.created / seconds;
  log(`[import] done: ${report.created} created, ${report.existing} already present, ${report.failed} failed in ${seconds.toFixed(1)} s: ${perSecond.toFixed(0)} articles/s`);
  return { ...report, seconds, perSecond };
}
