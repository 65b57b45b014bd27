'use strict';
// The indexes behind every read path the site and partner sites use, beyond those Strapi creates
// itself (document_id+locale+published_at on each type, one per join-table column, the unique pair).
// Names follow Strapi's snake_case tables and columns. Every statement is `CREATE INDEX IF NOT
// EXISTS`, valid on SQLite (≥ 3.8 for partial indexes) and PostgreSQL alike, so applying the list
// twice changes nothing.
//
// Used by the migration in ./migrations (databases that already have the tables) and again after
// Strapi's schema sync at bootstrap (src/bootstrap/read-path-indexes.ts): Strapi 5 runs user
// migrations *before* it creates the tables, so on a fresh database the migration finds none.
// Strapi's schema sync leaves indexes it did not create alone.

/**
 * @typedef {{ name: string, table: string, columns: Array<string | { column: string, order: 'asc' | 'desc' }>, publishedOnly?: boolean }} ReadPathIndex
 */

/** Published rows newest first, by a date column: lists, home page, feeds. */
const byDate = (table, column) => ({
  name: `${table}_published_${column}_idx`,
  table,
  columns: [{ column, order: 'desc' }, 'id'],
  publishedOnly: true,
});
/**
 * The published rows' ids alone: counting a filtered list (a category's or a tag's articles) and
 * checking that a joined row is published read this small index instead of the wide rows (an
 * article's row holds its body and search text).
 */
const publishedIds = (table) => ({ name: `${table}_published_id_idx`, table, columns: ['id'], publishedOnly: true });
/** A page looked up by its address, and the slug uniqueness check on every write. */
const bySlug = (table) => ({ name: `${table}_slug_idx`, table, columns: ['slug', 'published_at'] });
/** A sort on a name-like column (category order, association names…), published rows only. */
const bySort = (table, columns) => ({ name: `${table}_published_${columns.join('_')}_idx`, table, columns: [...columns, 'id'], publishedOnly: true });
/**
 * Every published row's slug and last change, in row order (the sitemap, src/sitemap): the select
 * reads the index alone, never the rows (an article's row holds its whole body). published_at is in
 * the columns too, so SQLite sees the index covers the query's filter.
 */
const sitemap = (table) => ({ name: `${table}_published_sitemap_idx`, table, columns: ['id', 'slug', 'updated_at', 'published_at'], publishedOnly: true });
/**
 * A to-many relation read from the other side: the parent's column first, so a parent's related
 * ids come from the index alone (Strapi's own index on that column alone needs a row lookup each).
 */
const joinFromParent = (table, parentColumn, childColumn) => ({ name: `${table}_parent_idx`, table, columns: [parentColumn, childColumn] });

/** @type {ReadPathIndex[]} */
const READ_PATH_INDEXES = [
  byDate('articles', 'date'),
  // The news lists' order (newest first, then by title): a deep page walks the index, not a sort of every row.
  { name: 'articles_published_date_title_idx', table: 'articles', columns: [{ column: 'date', order: 'desc' }, 'title', 'id'], publishedOnly: true },
  publishedIds('articles'),
  bySlug('articles'),
  { name: 'articles_published_featured_date_idx', table: 'articles', columns: ['featured', { column: 'date', order: 'desc' }, 'id'], publishedOnly: true },
  byDate('events', 'start_at'),
  publishedIds('events'),
  { name: 'events_published_end_at_idx', table: 'events', columns: ['end_at'], publishedOnly: true },
  bySlug('events'),
  bySort('categories', ['order', 'name']),
  bySlug('categories'),
  bySort('tags', ['name']),
  bySlug('tags'),
  bySort('associations', ['name']),
  bySlug('associations'),
  bySort('honored_intellectuals', ['honoring_year', 'full_name']),
  bySlug('honored_intellectuals'),
  bySort('pages', ['order']),
  bySlug('pages'),
  ...['articles', 'events', 'associations', 'honored_intellectuals', 'categories', 'tags', 'pages'].map(sitemap),
  joinFromParent('articles_category_lnk', 'category_id', 'article_id'),
  joinFromParent('articles_tags_lnk', 'tag_id', 'article_id'),
  joinFromParent('articles_associations_lnk', 'association_id', 'article_id'),
  joinFromParent('articles_event_lnk', 'event_id', 'article_id'),
  joinFromParent('articles_honored_intellectuals_lnk', 'honored_intellectual_id', 'article_id'),
  joinFromParent('events_organisers_lnk', 'association_id', 'event_id'),
  joinFromParent('honored_intellectuals_association_lnk', 'association_id', 'honored_intellectual_id'),
];

const columnName = (entry) => (typeof entry === 'string' ? entry : entry.column);

/**
 * Creates the indexes whose table and columns exist. Returns the names of the indexes applied.
 * @param {import('knex').Knex} knex
 * @returns {Promise<string[]>}
 */
async function ensureReadPathIndexes(knex) {
  const applied = [];
  for (const index of READ_PATH_INDEXES) {
    if (!(await knex.schema.hasTable(index.table))) continue;
    const columns = [...index.columns.map(columnName), ...(index.publishedOnly ? ['published_at'] : [])];
    let present = true;
    for (const column of columns) present = present && (await knex.schema.hasColumn(index.table, column));
    if (!present) continue;
    const parts = index.columns.map((entry) => (typeof entry === 'string' ? '??' : `?? ${entry.order === 'desc' ? 'DESC' : 'ASC'}`));
    const where = index.publishedOnly ? ' WHERE ?? IS NOT NULL' : '';
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${parts.join(', ')})${where}`, [
      index.name,
      index.table,
      ...index.columns.map(columnName),
      ...(index.publishedOnly ? ['published_at'] : []),
    ]);
    applied.push(index.name);
  }
  return applied;
}

module.exports = { READ_PATH_INDEXES, ensureReadPathIndexes };
