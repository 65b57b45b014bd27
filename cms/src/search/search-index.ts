import type { Core } from '@strapi/strapi';
import { tableModelOf } from '../database/table-columns';
import { SEARCH_TEXT_ATTRIBUTE, SEARCH_TEXT_SOURCES, type SearchableUid } from './search-text';

/**
 * The index behind `searchText`, so a search reads the rows that match instead of every row of the
 * table (10,000 articles: every row read took 36 ms a search on SQLite, before ranking).
 *
 * - SQLite: an FTS5 table per searchable table, `<table>_search_fts`, over its `search_text`
 *   (external content: the text is not stored twice), kept current by triggers on the table, so
 *   every write is indexed whoever makes it (Document Service, bulk import, SQL). A visitor's words
 *   are matched as word prefixes (`"hoi"*`), which is exactly the rule the ranking applies: every
 *   word of the query begins a word of the text.
 * - PostgreSQL: a trigram GIN index (pg_trgm) on `search_text`, which serves the `LIKE '%word%'`
 *   conditions as they are.
 *
 * Strapi rebuilds a SQLite table when its schema changes (an added field), which drops the table's
 * triggers: at every start the triggers are created again where missing, and the index rebuilt
 * from the table when they were.
 */

type Knex = Core.Strapi['db']['connection'];

export type SearchTable = { table: string; textColumn: string };

export function searchTableOf(strapi: Core.Strapi, uid: SearchableUid): SearchTable {
  const model = tableModelOf(strapi, uid);
  return { table: model.tableName, textColumn: model.attributes[SEARCH_TEXT_ATTRIBUTE]?.columnName ?? 'search_text' };
}

export const ftsTableOf = (table: string): string => `${table}_search_fts`;

export function isSqlite(strapi: Core.Strapi): boolean {
  return strapi.db.dialect.client === 'sqlite';
}

/** Triggers keeping an external-content FTS5 table in step with its table (the pattern of SQLite's FTS5 documentation). */
function ftsTriggers({ table, textColumn }: SearchTable): Record<string, string> {
  const fts = ftsTableOf(table);
  return {
    [`${fts}_after_insert`]: `CREATE TRIGGER "${fts}_after_insert" AFTER INSERT ON "${table}" BEGIN
      INSERT INTO "${fts}" (rowid, "${textColumn}") VALUES (new.id, new."${textColumn}");
    END`,
    [`${fts}_after_delete`]: `CREATE TRIGGER "${fts}_after_delete" AFTER DELETE ON "${table}" BEGIN
      INSERT INTO "${fts}" ("${fts}", rowid, "${textColumn}") VALUES ('delete', old.id, old."${textColumn}");
    END`,
    [`${fts}_after_update`]: `CREATE TRIGGER "${fts}_after_update" AFTER UPDATE OF "${textColumn}" ON "${table}" BEGIN
      INSERT INTO "${fts}" ("${fts}", rowid, "${textColumn}") VALUES ('delete', old.id, old."${textColumn}");
      INSERT INTO "${fts}" (rowid, "${textColumn}") VALUES (new.id, new."${textColumn}");
    END`,
  };
}

async function ensureSqliteIndex(knex: Knex, searchTable: SearchTable): Promise<'current' | 'rebuilt'> {
  const { table, textColumn } = searchTable;
  const fts = ftsTableOf(table);
  const existing = (await knex('sqlite_master').select('name').whereIn('type', ['table', 'trigger']).andWhere('name', 'like', `${fts}%`)) as Array<{ name: string }>;
  const names = new Set(existing.map((row) => row.name));
  const triggers = ftsTriggers(searchTable);
  const missing = Object.keys(triggers).filter((name) => !names.has(name));
  if (names.has(fts) && missing.length === 0) return 'current';

  await knex.transaction(async (trx) => {
    if (!names.has(fts)) {
      // The text is already folded (lower case, no diacritics): the tokenizer only splits it into words.
      // Prefix indexes of 2 to 4 characters make short word prefixes ("ho", "hoi") cheap to match.
      await trx.raw(`CREATE VIRTUAL TABLE "${fts}" USING fts5("${textColumn}", content='${table}', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3 4')`);
    }
    for (const name of missing) await trx.raw(triggers[name]);
    // Writes made while a trigger was missing were not indexed: index the table as it is now.
    await trx.raw(`INSERT INTO "${fts}" ("${fts}") VALUES ('rebuild')`);
  });
  return 'rebuilt';
}

async function ensurePostgresIndex(strapi: Core.Strapi, knex: Knex, { table, textColumn }: SearchTable): Promise<'current' | 'rebuilt'> {
  const index = `${table}_search_text_trgm_idx`;
  const schema = strapi.db.getSchemaName() ?? 'public';
  const found = await knex.raw('SELECT 1 FROM pg_indexes WHERE schemaname = ? AND indexname = ?', [schema, index]);
  if (found.rows.length > 0) return 'current';
  await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? USING gin (?? gin_trgm_ops)`, [index, `${schema}.${table}`, textColumn]);
  return 'rebuilt';
}

async function ensureTrigramExtension(strapi: Core.Strapi, knex: Knex): Promise<boolean> {
  try {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    return true;
  } catch (error) {
    // A database role without the right to create it: search still works, reading every row.
    strapi.log.warn(`[search] pg_trgm is not available (${(error as Error).message}); search reads every row. A database administrator can run: CREATE EXTENSION pg_trgm;`);
    return false;
  }
}

/** Bootstrap phase: the search index of every searchable table, created or repaired where needed. */
export async function ensureSearchIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const sqlite = isSqlite(strapi);
  if (!sqlite && !(await ensureTrigramExtension(strapi, knex))) return;
  for (const uid of Object.keys(SEARCH_TEXT_SOURCES) as SearchableUid[]) {
    const searchTable = searchTableOf(strapi, uid);
    const outcome = sqlite ? await ensureSqliteIndex(knex, searchTable) : await ensurePostgresIndex(strapi, knex, searchTable);
    if (outcome === 'rebuilt') strapi.log.info(`[search] search index of ${searchTable.table} built`);
  }
}

/** An FTS5 query matching texts in which every token begins a word: `"hoi"* "thao"*`. Tokens are folded words (letters and digits). */
export function ftsPrefixQuery(tokens: readonly string[]): string {
  return tokens.map((token) => `"${token.replace(/"/g, '""')}"*`).join(' ');
}

/** `LIKE` pattern for a token, its wildcard characters escaped (folded words have none, but the pattern is built for any text). */
export function containsPattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
