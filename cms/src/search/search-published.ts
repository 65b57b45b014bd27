import { everyStartsAWord, foldVietnamese } from '@lienhiep/vietnamese-text';
import type { Core, UID } from '@strapi/strapi';
import { columnOf, dateFromDatabase, qualifiedTable, tableModelOf } from '../database/table-columns';
import { compareRanked, scoreMatch, type Ranked, type SearchTerms } from './ranking';
import type { SearchRequest } from './search-request';
import { containsPattern, ftsPrefixQuery, ftsTableOf, isSqlite, searchTableOf } from './search-index';
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

const nonEmptyString = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * At most this many matching rows of one type are ranked: the newest ones. A query so broad that it
 * matches more ("a", "lao") cannot be ranked usefully anyway, and a public endpoint must not load
 * whole tables.
 */
export const MAX_CANDIDATES_PER_TYPE = 1000;

/**
 * The published rows of one type in which every token begins a word, newest first: one database
 * query through the search index (./search-index.ts), reading only the columns a hit needs.
 */
async function findCandidates(strapi: Core.Strapi, type: SearchType, terms: SearchTerms): Promise<Candidate[]> {
  const fields: SearchTypeFields = SEARCH_TYPES[type];
  const { table, textColumn } = searchTableOf(strapi, fields.uid);
  const model = tableModelOf(strapi, fields.uid);
  const column = (attribute: string): string => `t.${columnOf(model, attribute)}`;
  const dateField = 'date' in fields ? fields.date : undefined;

  const knex = strapi.db.connection;
  const from = { t: qualifiedTable(strapi, table) };
  // The newest matches first, only their ids (a small sort), then the columns of those rows.
  const matches = knex.select(column('id')).from(from).whereNotNull(column('publishedAt'));
  if (isSqlite(strapi)) {
    const fts = ftsTableOf(table);
    matches.whereRaw('?? IN (SELECT rowid FROM ?? WHERE ?? MATCH ?)', [column('id'), fts, fts, ftsPrefixQuery(terms.tokens)]);
  } else {
    // searchText is stored in lower case and PostgreSQL's LIKE is case-sensitive: tokens are lower case too.
    for (const token of terms.tokens) matches.where(`t.${textColumn}`, 'like', containsPattern(token));
  }
  if (dateField) matches.orderBy(column(dateField), 'desc');
  matches.orderBy(column('id'), 'desc').limit(MAX_CANDIDATES_PER_TYPE);

  const query = knex
    .select({
      id: column('id'),
      documentId: column('documentId'),
      slug: column('slug'),
      title: column(fields.title),
      summary: column(fields.summary),
      searchText: `t.${textColumn}`,
      ...(dateField ? { date: column(dateField) } : {}),
    })
    .from(from)
    .join(matches.as('m'), 'm.id', column('id'));
  const rows = (await query) as Row[];

  const candidates: Candidate[] = [];
  for (const row of rows) {
    const searchText = String(row.searchText ?? '');
    // The index matched word prefixes (SQLite) or substrings (PostgreSQL); every token must begin a
    // word, or "hoi" would find "thoi", "khoi" and "choi".
    if (!everyStartsAWord(searchText, terms.tokens)) continue;
    const title = String(row.title ?? '');
    candidates.push({
      id: Number(row.id),
      type,
      documentId: row.documentId,
      slug: String(row.slug ?? ''),
      title,
      summary: nonEmptyString(row.summary),
      date: dateField ? dateFromDatabase(row.date) : null,
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
