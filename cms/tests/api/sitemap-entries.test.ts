import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { articlesWrittenFromNow } from '../helpers/article-cleanup';
import { siteOperationTexts } from '../helpers/site-operations';
import { graphql, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * `sitemapEntries`: every published document of a type, slug and last change, for the site's
 * sitemap, on a database with a few thousand articles (rows written straight into the tables, as
 * Strapi stores a published document: a draft row and a published row). Drafts, unpublished edits
 * and documents marked seo.noIndex are never listed; the whole archive comes back in one request
 * well inside a time bound.
 */
type Page = { type: string; slugs: string[]; updatedAt: string[]; nextCursor: string | null };

const SITEMAP = `query($type: SitemapType!, $after: String, $pageSize: Int) {
  sitemapEntries(type: $type, after: $after, pageSize: $pageSize) { type slugs updatedAt nextCursor }
}`;

async function sitemapPage(type: string, variables: { after?: string | null; pageSize?: number } = {}): Promise<Page> {
  const { data, errors } = await graphql<{ sitemapEntries: Page }>(SITEMAP, { type, ...variables });
  expect(errors).toBeUndefined();
  return data!.sitemapEntries;
}

/** Every page of a type, following nextCursor. */
async function allEntries(type: string, pageSize?: number): Promise<{ slugs: string[]; updatedAt: string[]; requests: number }> {
  const slugs: string[] = [];
  const updatedAt: string[] = [];
  let after: string | null = null;
  let requests = 0;
  do {
    const page: Page = await sitemapPage(type, { after, pageSize });
    requests += 1;
    expect(page.updatedAt).toHaveLength(page.slugs.length);
    slugs.push(...page.slugs);
    updatedAt.push(...page.updatedAt);
    after = page.nextCursor;
  } while (after !== null);
  return { slugs, updatedAt, requests };
}

const BULK = 3000;
const stamp = Date.now();
const bulkSlug = (i: number) => `sitemap-bulk-${stamp}-${i}`;
const draftOnlySlug = (i: number) => `sitemap-nhap-${stamp}-${i}`;
const EDITED_SLUG = `sitemap-sua-chua-duyet-${stamp}`;
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

let strapi: Core.Strapi;
let removeWrittenArticles: () => Promise<void>;
const documents: Record<'hidden' | 'shown' | 'edited', { slug: string; documentId: string }> = {
  hidden: { slug: '', documentId: '' },
  shown: { slug: '', documentId: '' },
  edited: { slug: '', documentId: '' },
};

beforeAll(async () => {
  strapi = await startStrapi();
  removeWrittenArticles = await articlesWrittenFromNow(strapi);

  // A few thousand published articles, each stored as Strapi stores one: a draft row and a published row.
  const articles = strapi.db.query('api::article.article');
  const day = 24 * 3600 * 1000;
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < BULK; i += 1) {
    const documentId = randomBytes(12).toString('hex').slice(0, 24);
    const changed = new Date(Date.UTC(2015, 0, 1) + i * day);
    const row = { documentId, title: `Tin lưu trữ ${i}`, slug: bulkSlug(i), date: changed, summary: 'Tóm tắt.', createdAt: changed, updatedAt: changed };
    rows.push({ ...row, publishedAt: null }, { ...row, publishedAt: changed });
  }
  // Drafts that were never published.
  for (let i = 0; i < 200; i += 1) {
    rows.push({ documentId: randomBytes(12).toString('hex').slice(0, 24), title: `Nháp ${i}`, slug: draftOnlySlug(i), summary: 'Nháp.', publishedAt: null });
  }
  for (let start = 0; start < rows.length; start += 500) await articles.createMany({ data: rows.slice(start, start + 500) });

  // Published through the Document Service, with an SEO component: one hidden from search engines, one not.
  const service = strapi.documents('api::article.article');
  const publish = async (title: string, noIndex: boolean) => {
    const created = await service.create({ data: { title, summary: 'Tóm tắt.', body: paragraph('Nội dung.'), date: '2014-06-01T00:00:00.000Z', seo: { noIndex } } as never });
    await service.publish({ documentId: created.documentId });
    return { documentId: created.documentId, slug: (created as unknown as { slug: string }).slug };
  };
  documents.hidden = await publish(`Tin không cho máy tìm kiếm ${stamp}`, true);
  documents.shown = await publish(`Tin cho máy tìm kiếm ${stamp}`, false);
  // Published, then edited without publishing: a new slug in the draft only.
  documents.edited = await publish(`Tin đã đăng rồi sửa ${stamp}`, false);
  await service.update({ documentId: documents.edited.documentId, data: { slug: EDITED_SLUG } as never });
}, 120_000);

afterAll(async () => {
  await removeWrittenArticles();
  await stopStrapi();
});

describe('sitemapEntries on a few thousand articles', () => {
  it('lists every published article once, with its last change, in one request well inside the time bound', async () => {
    const published = (await strapi.db.query('api::article.article').findMany({ select: ['slug'], where: { publishedAt: { $notNull: true } } })) as Array<{ slug: string }>;
    expect(published.length).toBeGreaterThan(BULK);

    const started = performance.now();
    const { slugs, updatedAt, requests } = await allEntries('article');
    const ms = performance.now() - started;
    expect(requests).toBe(1);
    // Measured ~50 ms for 10,000 articles on the 2-core machine; generous for CI.
    expect(ms).toBeLessThan(3000);

    expect(new Set(slugs).size).toBe(slugs.length);
    const expected = published.map((row) => row.slug).filter((slug) => slug !== documents.hidden.slug);
    expect([...slugs].sort()).toEqual([...expected].sort());
    const index = slugs.indexOf(bulkSlug(41));
    expect(updatedAt[index]).toBe(new Date(Date.UTC(2015, 0, 1) + 41 * 24 * 3600 * 1000).toISOString());
    for (const value of updatedAt) expect(Number.isNaN(Date.parse(value))).toBe(false);
  });

  it('never lists a draft, nor the slug of an unpublished edit', async () => {
    const { slugs } = await allEntries('article');
    for (let i = 0; i < 200; i += 1) expect(slugs).not.toContain(draftOnlySlug(i));
    expect(slugs).not.toContain(EDITED_SLUG);
    expect(slugs).toContain(documents.edited.slug);
  });

  it('leaves out documents an editor marked seo.noIndex, and keeps the others', async () => {
    const { slugs } = await allEntries('article');
    expect(slugs).not.toContain(documents.hidden.slug);
    expect(slugs).toContain(documents.shown.slug);
  });

  it('pages by cursor: small pages together are exactly the single large page', async () => {
    const whole = await allEntries('article');
    const paged = await allEntries('article', 700);
    expect(paged.requests).toBe(Math.ceil(whole.slugs.length / 700) + (whole.slugs.length % 700 === 0 ? 1 : 0));
    expect(paged.slugs).toEqual(whole.slugs);
    expect(paged.updatedAt).toEqual(whole.updatedAt);
  });

  it('lists the published documents of every other type', async () => {
    for (const [type, uid] of [
      ['event', 'api::event.event'],
      ['association', 'api::association.association'],
      ['honoredIntellectual', 'api::honored-intellectual.honored-intellectual'],
      ['category', 'api::category.category'],
      ['tag', 'api::tag.tag'],
      ['page', 'api::page.page'],
    ] as const) {
      const rows = (await strapi.db.query(uid).findMany({ select: ['slug'], where: { publishedAt: { $notNull: true } } })) as Array<{ slug: string }>;
      const { slugs } = await allEntries(type);
      expect(rows.length).toBeGreaterThan(0);
      expect([...slugs].sort()).toEqual(rows.map((row) => row.slug).sort());
    }
  });

  it('refuses a page size past 50,000 and a cursor it did not give, as bad input', async () => {
    for (const variables of [{ pageSize: 50_001 }, { pageSize: 0 }, { after: 'abc' }, { after: '-1' }]) {
      const { data, errors } = await graphql(SITEMAP, { type: 'article', ...variables });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(data?.sitemapEntries ?? null).toBeNull();
    }
  });
});

describe("the site's sitemap and feed reads on the same database (its operations, from the web's codegen output)", () => {
  const operations = siteOperationTexts();
  const timed = async (name: string, variables: Record<string, unknown>) => {
    const started = performance.now();
    const { data, errors } = await graphql(operations.get(name)!, variables);
    expect(errors).toBeUndefined();
    return { data: data!, ms: performance.now() - started };
  };

  it('reads every type of the sitemap at once inside the time bound', async () => {
    const types = ['article', 'event', 'association', 'honoredIntellectual', 'category', 'tag', 'page'];
    const started = performance.now();
    const pages = await Promise.all(types.map((type) => timed('SitemapEntries', { type, after: null })));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(pages[0]!.data.sitemapEntries.slugs.length).toBeGreaterThan(BULK);
    expect(pages.every((page) => page.data.sitemapEntries.nextCursor === null)).toBe(true);
  });

  it('reads the RSS feeds (all news, one category) inside the time bound', async () => {
    const latest = await timed('FeedArticles', { filters: {}, limit: 30 });
    expect(latest.data.articles).toHaveLength(30);
    expect(latest.ms).toBeLessThan(2000);
    const category = (await strapi.db.query('api::category.category').findOne({ select: ['slug'], where: { publishedAt: { $notNull: true } } })) as { slug: string };
    const byCategory = await timed('FeedArticles', { filters: { category: { slug: { eq: category.slug } } }, limit: 30 });
    expect(byCategory.data.articles.length).toBeGreaterThan(0);
    expect(byCategory.ms).toBeLessThan(2000);
  });
});
