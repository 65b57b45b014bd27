import type { Core } from '@strapi/strapi';
import { addDays, vietnamDate } from '@lienhiep/vietnamese-text';
import { articlesWrittenFromNow } from '../helpers/article-cleanup';
import { adminJwt, adminJwtForRole, createApiToken, graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';
import { MOST_READ_LIMIT_MESSAGE, parseMostReadLimit } from '../../src/visits/graphql-extension';
import { createMostReadRanking, mostReadPublishedArticles } from '../../src/visits/most-read';
import { databaseVisitStore, type VisitStore } from '../../src/visits/visit-store';

/**
 * "Đọc nhiều" (`Query.mostReadArticles`) and the staff's figures (`GET /admin/visitor-statistics`)
 * on the real database, fed by the counter's real store: distinct readers per article, published
 * articles only, read order, the limit's bounds; the admin route for signed-in staff only, 30
 * Vietnam days with the empty ones filled, and the week's most read.
 */
let strapi: Core.Strapi;
let store: VisitStore;
let cleanUp: () => Promise<void>;
const ARTICLE = 'api::article.article';
const BROWSER = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const knex = () => strapi.db.connection;
const today = () => vietnamDate(new Date());
/** Noon of a Vietnam day, as an instant. */
const noonOf = (day: string) => new Date(`${day}T12:00:00+07:00`);

/** `visitors` distinct visitors read the article on `day` (each of them twice: a reload counts once). */
async function read(documentId: string, visitors: number, day = today()) {
  for (let i = 0; i < visitors; i += 1) {
    for (let again = 0; again < 2; again += 1) await store.record({ ip: `198.51.100.${i + 1}`, userAgent: BROWSER, at: noonOf(day), articleDocumentId: documentId });
  }
}

const MOST_READ = /* GraphQL */ `
  query MostRead($limit: Int) {
    mostReadArticles(limit: $limit) { documentId title slug category { name } cover { url } }
  }
`;
type MostRead = { mostReadArticles: Array<{ documentId: string; title: string; slug: string; category: { name: string } | null; cover: { url: string } | null }> };
const mostRead = async (limit?: number) => {
  const result = await graphql<MostRead>(MOST_READ, limit === undefined ? {} : { limit });
  expect(result.errors).toBeUndefined();
  return result.data!.mostReadArticles.map((article) => article.documentId);
};

let published: Array<{ documentId: string; title: string }>;

beforeAll(async () => {
  process.env.MOST_READ_MEMO_SECONDS = '0'; // every query sees the reads just recorded (the memo has its own test)
  strapi = await startStrapi();
  store = databaseVisitStore(knex());
  cleanUp = await articlesWrittenFromNow(strapi);
  published = (await strapi.documents(ARTICLE).findMany({ status: 'published', fields: ['documentId', 'title'], sort: 'id:asc', limit: 6 })) as unknown as Array<{ documentId: string; title: string }>;
  expect(published).toHaveLength(6);
});
afterAll(async () => {
  await cleanUp?.();
  delete process.env.MOST_READ_MEMO_SECONDS;
  await stopStrapi();
});
beforeEach(async () => {
  for (const table of ['visit_salts', 'visit_visitors', 'visit_day_totals', 'visit_article_reads', 'visit_article_read_days']) await knex()(table).delete();
});

async function createArticle(title: string, publish: boolean): Promise<string> {
  const created = await strapi.documents(ARTICLE).create({
    data: { title, summary: 'Tóm tắt bài thử đọc nhiều.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung.' }] }], date: new Date().toISOString() } as never,
  });
  if (publish) await strapi.documents(ARTICLE).publish({ documentId: created.documentId });
  return created.documentId;
}

describe('"Đọc nhiều" (Query.mostReadArticles)', () => {
  it('ranks published articles by distinct readers of the last 7 days, most read first, with their fields', async () => {
    const [a, b, c, old] = published;
    await read(b!.documentId, 3);
    await read(a!.documentId, 2, addDays(today(), -6)); // the window's first day
    await read(a!.documentId, 2);
    await read(c!.documentId, 1, addDays(today(), -1));
    await read(old!.documentId, 9, addDays(today(), -7)); // a day before the window: not counted
    // Yesterday's rows folded into per-day totals count the same.
    await store.prune(new Date());

    expect(await mostRead()).toEqual([a!.documentId, b!.documentId, c!.documentId]);
    expect(await mostRead(2)).toEqual([a!.documentId, b!.documentId]);
    const { data } = await graphql<MostRead>(MOST_READ, { limit: 1 });
    expect(data!.mostReadArticles[0]).toMatchObject({ title: a!.title, slug: expect.any(String) });
    expect(data!.mostReadArticles[0]).toHaveProperty('category');
  });

  it('answers an empty list when nothing was read, and fewer than asked when few were', async () => {
    expect(await mostRead(20)).toEqual([]);
    await read(published[4]!.documentId, 1);
    expect(await mostRead(20)).toEqual([published[4]!.documentId]);
  });

  it('never lists a draft, nor an article unpublished since it was read', async () => {
    const stamp = Date.now();
    const draftOnly = await createArticle(`Bản nháp được đọc ${stamp}`, false);
    const unpublished = await createArticle(`Bài sẽ gỡ xuống ${stamp}`, true);
    await read(draftOnly, 5);
    await read(unpublished, 4);
    await read(published[5]!.documentId, 1);
    expect(await mostRead()).toEqual([unpublished, published[5]!.documentId]);

    // The ranking is memoised (here for an hour); publication is not: the list drops it at once.
    const memoised = createMostReadRanking(store, { memoMs: 3_600_000 });
    const ids = async () => (await mostReadPublishedArticles(strapi, memoised, 5)).map((article) => article.documentId);
    expect(await ids()).toEqual([unpublished, published[5]!.documentId]);
    await strapi.documents(ARTICLE).unpublish({ documentId: unpublished });
    expect(await ids()).toEqual([published[5]!.documentId]);
    const asked = await graphql<MostRead>(`{ mostReadArticles(limit: 20) { documentId title } }`);
    expect(asked.data!.mostReadArticles.map((article) => article.documentId)).toEqual([published[5]!.documentId]);
    expect(JSON.stringify(asked.data)).not.toContain(String(stamp));
  });

  it('refuses a limit outside 1-20 with a clear 400 (Vietnamese, then English)', async () => {
    for (const limit of [0, -1, 21, 1000]) {
      const response = await http().post('/graphql').send({ query: MOST_READ, variables: { limit } });
      expect(response.status).toBe(400);
      const error = response.body.errors?.[0];
      expect(error?.extensions?.code).toBe('PAGE_SIZE_LIMIT');
      expect(error?.message).toMatch(/^Số bài đọc nhiều \(limit\) phải từ 1 đến 20\. The number of most read articles \(limit\) must be between 1 and 20\.$/);
      expect(JSON.stringify(response.body)).not.toMatch(/stack|select |knex/i);
    }
    const literal = await http().post('/graphql').send({ query: '{ mostReadArticles(limit: 21) { title } }' });
    expect(literal.status).toBe(400);
    expect((await graphql(MOST_READ, { limit: 20 })).errors).toBeUndefined();
    expect((await graphql(MOST_READ, { limit: 1 })).errors).toBeUndefined();
    // The resolver says the same to a caller that skips the guard.
    expect(() => parseMostReadLimit(21)).toThrow(MOST_READ_LIMIT_MESSAGE);
    expect(parseMostReadLimit(undefined)).toBe(5);
  });

  it('computes the ranking from the counted rows at most once per memo period, shared by every request', async () => {
    let now = noonOf(today());
    const ranking = createMostReadRanking(store, { memoMs: 60_000, clock: () => now });
    await read(published[0]!.documentId, 1);
    expect((await ranking()).map((entry) => entry.articleDocumentId)).toEqual([published[0]!.documentId]);
    await read(published[1]!.documentId, 3);
    expect((await ranking()).map((entry) => entry.articleDocumentId)).toEqual([published[0]!.documentId]);
    now = new Date(now.getTime() + 60_000);
    expect(await ranking()).toEqual([
      { articleDocumentId: published[1]!.documentId, readers: 3 },
      { articleDocumentId: published[0]!.documentId, readers: 1 },
    ]);
  });
});

describe('the staff\'s figures (GET /admin/visitor-statistics)', () => {
  type Statistics = {
    days: Array<{ day: string; visitors: number }>;
    mostRead: Array<{ documentId: string; title: string; published: boolean; readers: number }>;
    mostReadFrom: string;
    today: string;
  };

  it('answers 401 without an admin sign-in: anonymous, a made-up token, a content API token', async () => {
    expect((await http().get('/admin/visitor-statistics')).status).toBe(401);
    expect((await http().get('/admin/visitor-statistics').set('Authorization', 'Bearer not-a-real-session')).status).toBe(401);
    const token = await createApiToken('full-access');
    expect((await http().get('/admin/visitor-statistics').set('Authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('gives a signed-in staff member the last 30 Vietnam days, empty days as 0, and the week\'s most read', async () => {
    const day = today();
    // Visitors at both ends of today in Vietnam time (one still "yesterday" in UTC), one late yesterday, one 10 days ago (folded).
    await store.record({ ip: '203.0.113.1', userAgent: BROWSER, at: new Date(`${day}T00:05:00+07:00`) });
    await store.record({ ip: '203.0.113.2', userAgent: BROWSER, at: new Date(`${day}T06:30:00+07:00`) });
    await store.record({ ip: '203.0.113.3', userAgent: BROWSER, at: new Date(`${addDays(day, -1)}T23:55:00+07:00`) });
    await store.record({ ip: '203.0.113.4', userAgent: BROWSER, at: noonOf(addDays(day, -10)) });
    await store.record({ ip: '203.0.113.5', userAgent: BROWSER, at: noonOf(addDays(day, -30)) }); // a day before the chart
    await store.prune(new Date());
    const draftOnly = await createArticle(`Bản nháp trong thống kê ${Date.now()}`, false);
    await read(draftOnly, 2);
    await read(published[2]!.documentId, 3);
    await read(published[3]!.documentId, 8, addDays(day, -8)); // last week's: not this week's list

    const response = await http().get('/admin/visitor-statistics').set('Authorization', `Bearer ${await adminJwt()}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const statistics = response.body as Statistics;
    expect(statistics.today).toBe(day);
    expect(statistics.mostReadFrom).toBe(addDays(day, -6));
    expect(statistics.days).toHaveLength(30);
    expect(statistics.days[0]!.day).toBe(addDays(day, -29));
    expect(statistics.days.map((entry) => entry.day)).toEqual(Array.from({ length: 30 }, (_, i) => addDays(day, i - 29)));
    const visitors = Object.fromEntries(statistics.days.map((entry) => [entry.day, entry.visitors]));
    // Today: the two above and the readers (distinct visitors of the day: 198.51.100.1-3 read both articles).
    expect(visitors[day]).toBe(2 + 3);
    expect(visitors[addDays(day, -1)]).toBe(1);
    expect(visitors[addDays(day, -10)]).toBe(1);
    expect(visitors[addDays(day, -8)]).toBe(8);
    expect(statistics.days.filter((entry) => ![day, addDays(day, -1), addDays(day, -10), addDays(day, -8)].includes(entry.day)).every((entry) => entry.visitors === 0)).toBe(true);

    expect(statistics.mostRead).toEqual([
      { documentId: published[2]!.documentId, title: published[2]!.title, published: true, readers: 3 },
      { documentId: draftOnly, title: expect.stringMatching(/^Bản nháp trong thống kê/), published: false, readers: 2 },
    ]);
  });

  it('answers every signed-in staff role, not only the super admin', async () => {
    const response = await http().get('/admin/visitor-statistics').set('Authorization', `Bearer ${await adminJwtForRole('strapi-author')}`);
    expect(response.status).toBe(200);
    expect(response.body.days).toHaveLength(30);
  });
});
