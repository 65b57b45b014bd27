import type { Core } from '@strapi/strapi';
import { importArticles } from '../../src/import/import-articles';
import { syntheticArticles } from '../../src/import/synthetic-articles';
import { articlesWrittenFromNow } from '../helpers/article-cleanup';
import { graphql, startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let removeWrittenArticles: () => Promise<void>;
let categorySlugs: string[];

beforeAll(async () => {
  strapi = await startStrapi();
  removeWrittenArticles = await articlesWrittenFromNow(strapi);
  const categories = (await strapi.db.query('api::category.category').findMany({ select: ['slug'], where: { publishedAt: { $notNull: true } } })) as Array<{ slug: string }>;
  categorySlugs = categories.map((category) => category.slug);
});
afterAll(async () => {
  await removeWrittenArticles();
  await stopStrapi();
});

/** The home page's category blocks, with the fields of the site's article card. */
const HOME_CATEGORY_BLOCKS = `
  fragment ArticleCardFields on Article { documentId title slug date summary featured cover { url width height formats } category { name slug } }
  query { categories(sort: ["order:asc", "name:asc"], pagination: { limit: 8 }) { name slug articles(sort: ["date:desc"], pagination: { limit: 3 }) { ...ArticleCardFields } } }`;

type Reading = { rows: number; articleRows: number; articleColumns: Set<string>; data: Record<string, any> };

/** Runs a GraphQL query and sums the rows the database returned (all queries, and those reading `articles`). */
async function readRows(query: string): Promise<Reading> {
  const reading = { rows: 0, articleRows: 0, articleColumns: new Set<string>() };
  const listener = (response: unknown, details: { sql?: string }) => {
    if (!Array.isArray(response)) return;
    reading.rows += response.length;
    if (/from (?:`?"?\w+`?"?\.)?`?"?articles`?"? as/i.test(details.sql ?? '')) {
      reading.articleRows += response.length;
      for (const row of response as Array<Record<string, unknown>>) for (const key of Object.keys(row)) reading.articleColumns.add(key);
    }
  };
  strapi.db.connection.on('query-response', listener);
  try {
    const { data, errors } = await graphql(query);
    expect(errors).toBeUndefined();
    return { ...reading, data: data! };
  } finally {
    strapi.db.connection.off('query-response', listener);
  }
}

async function addArticles(count: number, seed: number): Promise<void> {
  const report = await importArticles(strapi, syntheticArticles(count, { seed, categories: categorySlugs, newest: new Date(Date.UTC(2020, 0, seed)) }), { log: () => {} });
  expect(report.created).toBe(count);
}

describe('a relation with a per-parent limit (the home page category blocks)', () => {
  it('reads rows bounded by categories × limit, the same with 60 or 180 more articles, and never the article body', async () => {
    await readRows(HOME_CATEGORY_BLOCKS); // warm-up: permissions, caches
    await addArticles(60, 1);
    const before = await readRows(HOME_CATEGORY_BLOCKS);
    await addArticles(120, 2);
    const after = await readRows(HOME_CATEGORY_BLOCKS);

    const blocks = after.data.categories as Array<{ slug: string; articles: unknown[] }>;
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block.articles).toHaveLength(3);
    // Rows of `articles`, each bounded by categories × 3: each category's page of ids (the window),
    // those articles' columns, and the article ids the cover and category resolvers start from.
    expect(after.articleRows).toBeLessThanOrEqual(blocks.length * 3 * 4);
    expect(after.rows).toBe(before.rows);
    expect(after.articleRows).toBe(before.articleRows);
    expect(after.articleColumns.has('body')).toBe(false);
    expect(after.articleColumns.has('search_text')).toBe(false);
  });

  it('gives each category the same articles as asking for that category alone', async () => {
    const { data } = await readRows(HOME_CATEGORY_BLOCKS);
    for (const block of data.categories as Array<{ slug: string; articles: Array<{ slug: string; category: { slug: string } }> }>) {
      const alone = await graphql(`{ articles(filters: { category: { slug: { eq: "${block.slug}" } } }, sort: ["date:desc"], pagination: { limit: 3 }) { slug } }`);
      expect(alone.errors).toBeUndefined();
      expect(block.articles.map((a) => a.slug)).toEqual((alone.data!.articles as Array<{ slug: string }>).map((a) => a.slug));
      for (const article of block.articles) expect(article.category.slug).toBe(block.slug);
    }
  });

  it('pages each category with offset as a query per category would', async () => {
    const paged = await graphql(`{ categories(sort: ["order:asc"]) { slug articles(sort: ["date:desc"], pagination: { start: 2, limit: 2 }) { slug } } }`);
    expect(paged.errors).toBeUndefined();
    for (const block of paged.data!.categories as Array<{ slug: string; articles: Array<{ slug: string }> }>) {
      const alone = await graphql(`{ articles(filters: { category: { slug: { eq: "${block.slug}" } } }, sort: ["date:desc"], pagination: { start: 2, limit: 2 }) { slug } }`);
      expect(block.articles.map((a) => a.slug)).toEqual((alone.data!.articles as Array<{ slug: string }>).map((a) => a.slug));
    }
  });

  it('never lists a draft in a category block', async () => {
    const draft = await strapi.documents('api::article.article').create({
      data: { title: 'Bản nháp mới nhất chưa đăng', date: new Date(Date.UTC(2030, 0, 1)).toISOString(), category: (await strapi.db.query('api::category.category').findOne({ where: { slug: categorySlugs[0], publishedAt: { $notNull: true } } }))!.documentId } as never,
    });
    const { data } = await readRows(HOME_CATEGORY_BLOCKS);
    const slugs = (data.categories as Array<{ articles: Array<{ documentId: string }> }>).flatMap((block) => block.articles.map((a) => a.documentId));
    expect(slugs).not.toContain(draft.documentId);
    await strapi.documents('api::article.article').delete({ documentId: draft.documentId });
  });
});

describe('a root list (the partner list, the news page)', () => {
  const PARTNER_LIST = '{ articles(sort: "date:desc", pagination: { limit: 20 }) { title slug date cover { url } category { name slug } associations { name slug } } }';

  it('reads only the columns the query selects, never the body or the search text', async () => {
    const { data, articleColumns } = await readRows(PARTNER_LIST);
    expect((data.articles as unknown[]).length).toBe(20);
    expect(articleColumns.has('title')).toBe(true);
    expect(articleColumns.has('body')).toBe(false);
    expect(articleColumns.has('search_text')).toBe(false);
    expect(articleColumns.has('summary')).toBe(false);
  });

  it('reads the 20 articles, then their ids once for cover, category and associations together', async () => {
    const statements: string[] = [];
    const listener = (details: { sql?: string }) => {
      if (details.sql && /^select/i.test(details.sql)) statements.push(details.sql);
    };
    await graphql(PARTNER_LIST); // warm-up: permissions
    strapi.db.connection.on('query', listener);
    let articles: Array<{ cover: unknown; category: unknown; associations: unknown[] }>;
    try {
      const { data, errors } = await graphql(PARTNER_LIST);
      expect(errors).toBeUndefined();
      articles = data!.articles as typeof articles;
    } finally {
      strapi.db.connection.off('query', listener);
    }
    expect(articles.every((article) => article.cover && article.category)).toBe(true);
    expect(articles.some((article) => article.associations.length > 0)).toBe(true);
    const fromArticles = statements.filter((sql) => /from (?:`?"?\w+`?"?\.)?`?"?articles`?"? as/i.test(sql));
    // The list itself, and the parent rows every relation of the list is populated from.
    expect(fromArticles).toHaveLength(2);
    // …and one statement per relation: files, categories, associations (with the association links counted first).
    expect(statements).toHaveLength(6);
  });

  it('answers as reading every column does, on the list and the connection with its page count', async () => {
    const narrow = await graphql('{ articles_connection(sort: ["date:desc", "title:asc"], pagination: { page: 2, pageSize: 5 }) { nodes { documentId title publishedAt category { slug } } pageInfo { total pageCount page } } }');
    // The same page with the body selected too: more columns read, the same documents in the same order.
    const wide = await graphql('{ articles_connection(sort: ["date:desc", "title:asc"], pagination: { page: 2, pageSize: 5 }) { nodes { documentId title publishedAt category { slug } body } pageInfo { total pageCount page } } }');
    expect(narrow.errors).toBeUndefined();
    expect(wide.errors).toBeUndefined();
    const withoutBody = (wide.data!.articles_connection.nodes as Array<Record<string, unknown>>).map(({ body: _body, ...rest }) => rest);
    expect(narrow.data!.articles_connection.nodes).toEqual(withoutBody);
    expect(narrow.data!.articles_connection.pageInfo).toEqual(wide.data!.articles_connection.pageInfo);
    expect(narrow.data!.articles_connection.pageInfo.total).toBeGreaterThan(10);
  });
});
