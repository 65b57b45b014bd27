import type { Core } from '@strapi/strapi';
import { backfillSearchText } from './backfill-search-text';
import { fillSearchText } from './fill-search-text';
import { searchExtension } from './graphql-extension';
import { ensureSearchIndexes } from './search-index';

/**
 * Site search, all of it in this folder: one ranked, paginated `Query.search` over the published
 * documents of the searchable types (./search-types.ts), run on a hidden `searchText` column that
 * holds each document's text folded (lower case, no diacritics: "hoi thao" finds "hội thảo").
 *
 * - ./search-text.ts: which fields are searchable, per content type, and how `searchText` is made;
 * - ./fill-search-text.ts: a Document Service middleware that keeps it current on every write;
 * - ./backfill-search-text.ts: fills it at start for rows written before it existed;
 * - ./search-index.ts: the index that finds matching rows without reading the table (FTS5 on SQLite, pg_trgm on PostgreSQL);
 * - ./search-request.ts, ./ranking.ts, ./search-published.ts: a visitor's query checked, matched, ranked;
 * - ./graphql-extension.ts: the GraphQL type and resolver.
 */

/** Register phase: the `searchText` middleware and the `search` GraphQL query. */
export function registerSearch(strapi: Core.Strapi): void {
  strapi.documents.use(fillSearchText(strapi));
  strapi.plugin('graphql').service('extension').use(({ strapi: instance }: { strapi: Core.Strapi }) => searchExtension(instance));
}

/** Bootstrap phase, once the database is ready (and seeded): `searchText` filled in where it is missing, and indexed. */
export async function bootstrapSearch(strapi: Core.Strapi): Promise<void> {
  await backfillSearchText(strapi);
  await ensureSearchIndexes(strapi);
}
