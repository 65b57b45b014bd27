import { slugify, vietnamLocalTimeToIso } from '@lienhiep/vietnamese-text';
import { markdownToBlocks } from '../rich-text/light-markup';
import { REVIEW_STATUS } from '../newsroom/review-queue';
import { isArticleRecord } from './article-record';

/** A record that cannot become an article (no title, a date that is not one); it is skipped and named. */
export class RecordError extends Error {}

/** An article as the import writes it: attribute values to validate, and related documents by slug per relation attribute. */
export type ArticleFields = {
  slug: string;
  data: Record<string, unknown>;
  relations: Record<string, string[]>;
  publish: boolean;
};

/** An ISO instant with a zone as given; a zone-less local time as Vietnam time; none: now. */
function importedDate(value: string | null | undefined, now: Date): string {
  if (!value) return now.toISOString();
  const text = String(value).trim();
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
  let instant = new Date(Number.NaN);
  try {
    instant = new Date(hasZone ? text : vietnamLocalTimeToIso(text));
  } catch {
    // vietnamLocalTimeToIso throws on text that is no local time at all.
  }
  if (Number.isNaN(instant.getTime())) throw new RecordError(`ngày không hợp lệ "${value}" (invalid date)`);
  return instant.toISOString();
}

const slugs = (value: unknown): string[] => (Array.isArray(value) ? value.filter((slug): slug is string => typeof slug === 'string' && slug !== '') : []);
const oneSlug = (value: unknown): string[] => (typeof value === 'string' && value !== '' ? [value] : []);

/**
 * The article a record describes, as an editor would save it: the slug given, or made from the
 * title as the slug rule does ("Hội thảo…" → "hoi-thao-…"); the body from Markdown (or blocks as
 * given); a missing date is the import's time, as publishing an undated article dates it.
 */
export function articleFields(record: unknown, now: Date): ArticleFields {
  if (!isArticleRecord(record)) throw new RecordError('thiếu tiêu đề (no title)');
  const title = record.title.trim();
  const slug = (typeof record.slug === 'string' ? record.slug.trim() : '') || slugify(title) || 'bai-viet';
  const data: Record<string, unknown> = {
    title,
    slug,
    date: importedDate(record.date, now),
    summary: record.summary,
    body: typeof record.body === 'string' ? markdownToBlocks(record.body) : record.body,
    author: record.author,
    source: record.source,
    featured: record.featured ?? false,
  };
  if (record.seo) {
    const { metaTitle, metaDescription, noIndex } = record.seo;
    data.seo = Object.fromEntries(Object.entries({ metaTitle, metaDescription, noIndex }).filter(([, value]) => value !== undefined));
  }
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  const publish = record.draft !== true;
  // As publishing through the Document Service leaves it (src/newsroom/review-queue.ts): a published article is approved.
  if (publish) data.reviewStatus = REVIEW_STATUS.approved;
  return {
    slug,
    data,
    relations: {
      category: oneSlug(record.category),
      event: oneSlug(record.event),
      tags: slugs(record.tags),
      associations: slugs(record.associations),
      honoredIntellectuals: slugs(record.honoredIntellectuals ?? record.intellectuals),
    },
    publish,
  };
}
