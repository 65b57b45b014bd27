import type { Core } from '@strapi/strapi';
import { importArticles } from '../../src/import/import-articles';
import { syntheticArticles } from '../../src/import/synthetic-articles';
import { articlesWrittenFromNow } from '../helpers/article-cleanup';
import { siteOperationTexts } from '../helpers/site-operations';
import { graphql, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * What the site's pages and a partner's list cost the database, read as the site sends them (its
 * generated operations): the number of queries and the rows they return must not grow with the
 * archive. Adding articles to the categories and tags a page shows changes which articles it lists,
 * never how much it reads.
 */
let strapi: Core.Strapi;
let removeWrittenArticles: () => Promise<void>;
let categorySlugs: string[];
let tagSlugs: string[];
const operations = siteOperationTexts();

const PARTNER_LIST = '{ articles(sort: "date:desc", pagination: { limit: 20 }) { title slug date cover { url alternativeText } category { name slug } associations { name slug } } }';

beforeAll(async () => {
  strapi = await startStrapi();
  removeWrittenArticles = await articlesWrittenFromNow(strapi);
  const slugs = async (uid: 'api::category.category' | 'api::tag.tag') =>
    ((await strapi.db.query(uid).findMany({ select: ['slug'], where: { publishedAt: { $notNull: true } } })) as Array<{ slug: string }>).map((row) => row.slug);
  categorySlugs = await slugs('api::category.category');
  tagSlugs = await slugs('api::tag.tag');
});
afterAll(async () => {
  await removeWrittenArticles();
  await stopStrapi();
});

/**
 * `statements`: the distinct SQL the operation ran, lists of bound values folded (`in (?, ?, ?)`,
 * `in ($1, $2, $3)` on PostgreSQL, are `in (?)`): how many times a statement runs depends on how the relation loads of one response fall
 * into batches (timing), what it is and how many rows it returns do not.
 */
type Reading = { statements: string[]; rows: number };

/** Runs an operation and counts the database's queries and the rows they returned. */
async function reading(query: string, variables: Record<string, unknown>): Promise<Reading> {
  const result: Reading = { statements: [], rows: 0 };
  const statements = new Set<string>();
  const listener = (response: unknown, details: { sql?: string }) => {
    if (/^\s*(begin|commit|rollback|savepoint|release)/i.test(details.sql ?? '')) return;
    statements.add((details.sql ?? '').replace(/\$\d+/g, '?').replace(/\?(?:\s*,\s*\?)+/g, '?'));
    if (!Array.isArray(response)) return;
    result.rows += response.length;
  };
  strapi.db.connection.on('query-response', listener);
  try {
    const { errors } = await graphql(query, variables);
    expect(errors).toBeUndefined();
    return { ...result, statements: [...statements].sort() };
  } finally {
    strapi.db.connection.off('query-response', listener);
  }
}

function operation(name: string): string {
  const text = operations.get(name);
  if (!text) throw new Error(`the site has no operation ${name} (web/shared/graphql)`);
  return text;
}

const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();
const pages = () => [
  { name: 'home page', query: operation('HomePage'), variables: { now } },
  { name: 'news, page 1', query: operation('NewsPage'), variables: { page: 1, pageSize: 12 } },
  { name: 'news, page 3', query: operation('NewsPage'), variables: { page: 3, pageSize: 12 } },
  { name: 'a category, page 2', query: operation('NewsPage'), variables: { filters: { category: { slug: { eq: categorySlugs[0] } } }, page: 2, pageSize: 12 } },
  { name: 'a tag', query: operation('NewsPage'), variables: { filters: { tags: { slug: { eq: tagSlugs[0] } } }, page: 1, pageSize: 12 } },
  { name: "a partner's latest 20", query: PARTNER_LIST, variables: {} },
];

async function addArticles(count: number, seed: number): Promise<void> {
  // Newer than everything, in every category and tag: every list is full of them, before and after.
  // Not featured: the home page's slider keeps the same (illustrated) articles.
  const records = [...syntheticArticles(count, { seed, categories: categorySlugs, tags: tagSlugs, newest: new Date(Date.UTC(2031, 0, seed)) })].map((record) => ({ ...record, featured: false }));
  const report = await importArticles(strapi, records, { log: () => {} });
  expect(report.created).toBe(count);
}

describe('reads of the site’s pages and the partner list, as the archive grows', () => {
  it('make the same queries and read the same number of rows with 200 or 400 more articles', async () => {
    for (const page of pages()) await reading(page.query, page.variables); // warm-up: permissions, caches
    await addArticles(200, 11);
    const before = [];
    for (const page of pages()) before.push({ name: page.name, ...(await reading(page.query, page.variables)) });
    await addArticles(200, 12);
    const after = [];
    for (const page of pages()) after.push({ name: page.name, ...(await reading(page.query, page.variables)) });

    expect(after.map(({ name, statements, rows }) => ({ name, statements, rows }))).toEqual(before.map(({ name, statements, rows }) => ({ name, statements, rows })));
  });
});

describe('a list filtered through a relation', () => {
  const selects = (reading: Reading) => reading.statements.filter((sql) => /^\s*select\b/i.test(sql) && /\barticles[`"]? as [`"]?t0\b/i.test(sql) && /join/i.test(sql));

  it('reads a category page without DISTINCT over whole rows (an article has one category: the join cannot repeat a row)', async () => {
    const slug = categorySlugs[0];
    const page = await reading(operation('NewsPage'), { filters: { category: { slug: { eq: slug } } }, page: 2, pageSize: 12 });
    expect(selects(page).length).toBeGreaterThan(0);
    for (const sql of selects(page)) expect(sql).not.toMatch(/select distinct/i);
    for (const sql of selects(page)) expect(sql).not.toMatch(/count\(distinct/i);

    // Same articles as reading the category's own list: nothing lost, nothing repeated.
    const { data } = await graphql<{ articles: Array<{ documentId: string }>; articles_connection: { pageInfo: { total: number } } }>(
      'query ($slug: String!) { articles(filters: { category: { slug: { eq: $slug } } }, pagination: { limit: 100 }) { documentId } articles_connection(filters: { category: { slug: { eq: $slug } } }) { pageInfo { total } } }',
      { slug },
    );
    const ids = data!.articles.map((article) => article.documentId);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = await strapi.documents('api::article.article').count({ status: 'published', filters: { category: { slug: { $eq: slug } } } });
    expect(data!.articles_connection.pageInfo.total).toBe(expected);
  });

  it('still deduplicates through a to-many relation (tags)', async () => {
    const page = await reading(operation('NewsPage'), { filters: { tags: { slug: { in: tagSlugs.slice(0, 3) } } }, page: 1, pageSize: 12 });
    expect(selects(page).some((sql) => /select distinct|count\(distinct/i.test(sql))).toBe(true);
  });
});
