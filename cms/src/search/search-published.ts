import { everyStartsAWord, foldVietnamese } from '@lienhiep/vietnamese-text';
import type { Core, UID } from '@strapi/strapi';
import { compareRanked, scoreMatch, type Ranked, type SearchTerms } from './ranking';
import type { SearchRequest } from './search-request';
import { SEARCH_TEXT_ATTRIBUTE } from './search-text';
import { SEARCH_TYPES, type SearchType, type SearchTypeFields } from './search-types';

export type SearchHit = {
  type: SearchType;
  documentId: string;
  slug: string;
  title: string;
  summary: string | null;
  date: Date | null;
  imageUrl: string | null;
  score: number;
};

export type SearchResultPage = {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  hits: SearchHit[];
};

type Candidate = SearchHit & Ranked & { id: number };
type Row = Record<string, unknown> & { id: number; documentId: string };
type StoredFile = { url: string; formats?: Record<string, { url?: string }> | null; provider?: string };

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? null : date;
}

const nonEmptyString = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * At most this many matching rows of one type are ranked: the newest ones. A query so broad that it
 * matches more ("a", "lao") cannot be ranked usefully anyway, and a public endpoint must not load
 * whole tables.
 */
export const MAX_CANDIDATES_PER_TYPE = 1000;

/** The published rows of one type whose searchText holds every token: one database query, only the columns a hit needs. */
async function findCandidates(strapi: Core.Strapi, type: SearchType, terms: SearchTerms): Promise<Candidate[]> {
  const fields: SearchTypeFields = SEARCH_TYPES[type];
  const dateField = fields.date;
  const rows = (await strapi.db.query(fields.uid as UID.ContentType).findMany({
    select: ['id', 'documentId', 'slug', fields.title, fields.summary, ...(dateField ? [dateField] : []), SEARCH_TEXT_ATTRIBUTE],
    where: {
      $and: [
        { publishedAt: { $notNull: true } },
        // searchText is stored in lower case and PostgreSQL's LIKE is case-sensitive: tokens are lower case too.
        ...terms.tokens.map((token) => ({ [SEARCH_TEXT_ATTRIBUTE]: { $contains: token } })),
      ],
    },
    orderBy: dateField ? [{ [dateField]: 'desc' }, { id: 'desc' }] : [{ id: 'desc' }],
    limit: MAX_CANDIDATES_PER_TYPE,
  })) as Row[];

  const candidates: Candidate[] = [];
  for (const row of rows) {
    const searchText = String(row[SEARCH_TEXT_ATTRIBUTE] ?? '');
    // The database only checked that the tokens occur somewhere; every one must begin a word, or
    // "hoi" would find "thoi", "khoi" and "choi".
    if (!everyStartsAWord(searchText, terms.tokens)) continue;
    const title = String(row[fields.title] ?? '');
    candidates.push({
      id: row.id,
      type,
      documentId: row.documentId,
      slug: String(row.slug ?? ''),
      title,
      summary: nonEmptyString(row[fields.summary]),
      date: dateField ? toDate(row[dateField]) : null,
      imageUrl: null,
      score: scoreMatch(terms, foldVietnamese(title), searchText),
    });
  }
  return candidates;
}

/** Thumbnail (or original) URLs of the images of one page of hits: one query per content type on the page that has images. */
async function loadImageUrls(strapi: Core.Strapi, hits: Candidate[]): Promise<void> {
  const { signFileUrls } = strapi.plugin('upload').service('file') as { signFileUrls: (file: StoredFile) => Promise<StoredFile> };
  for (const type of new Set(hits.map((hit) => hit.type))) {
    const fields: SearchTypeFields = SEARCH_TYPES[type];
    const image = fields.image;
    if (!image) continue;
    const ofType = hits.filter((hit) => hit.type === type);
    const rows = (await strapi.db.query(fields.uid as UID.ContentType).findMany({
      select: ['id'],
      where: { id: { $in: ofType.map((hit) => hit.id) } },
      populate: { [image]: { select: ['url', 'formats', 'provider'] } },
    })) as Row[];
    const files = new Map(rows.map((row) => [row.id, row[image] as StoredFile | null | undefined]));
    for (const hit of ofType) {
      const file = files.get(hit.id);
      if (!file?.url) continue;
      const signed = await signFileUrls(file);
      hit.imageUrl = signed.formats?.thumbnail?.url ?? signed.url;
    }
  }
}

/**
 * One search across the searchable content types, published rows only whoever asks: candidates
 * from the database, ranked and paginated here, so a page never repeats or skips a hit.
 */
export async function searchPublished(strapi: Core.Strapi, request: SearchRequest): Promise<SearchResultPage> {
  const { query, terms, types, page, pageSize } = request;
  const candidates = (await Promise.all(types.map((type) => findCandidates(strapi, type, terms)))).flat();
  candidates.sort(compareRanked);

  const start = (page - 1) * pageSize;
  const onPage = candidates.slice(start, start + pageSize);
  await loadImageUrls(strapi, onPage);

  return {
    query,
    total: candidates.length,
    page,
    pageSize,
    pageCount: Math.ceil(candidates.length / pageSize),
    hits: onPage.map(({ type, documentId, slug, title, summary, date, imageUrl, score }) => ({ type, documentId, slug, title, summary, date, imageUrl, score })),
  };
}
