import type { Core } from '@strapi/strapi';
import { createVisitCounter } from '../../src/visits/visit-counter';
import { databaseVisitStore, type VisitStore } from '../../src/visits/visit-store';
import { http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * The visitor counter on the CMS's real database (SQLite here, PostgreSQL in CI): distinct visitors
 * per Vietnam day, bots left out, exact under concurrent beacons, weeks from Monday in Vietnam time,
 * past days folded into totals with their salts discarded.
 */
let strapi: Core.Strapi;
let store: VisitStore;
const BROWSER = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const OTHER_BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const knex = () => strapi.db.connection;

/** Vietnam wall-clock time (UTC+7) as an instant. */
const vn = (local: string) => new Date(`${local}+07:00`);

beforeAll(async () => {
  strapi = await startStrapi();
  store = databaseVisitStore(knex());
});
afterAll(stopStrapi);
beforeEach(async () => {
  for (const table of ['visit_salts', 'visit_visitors', 'visit_day_totals', 'visit_article_reads', 'visit_article_read_days']) await knex()(table).delete();
});

describe('visitor counter', () => {
  it('counts a visitor once a day however many pages they load, and another browser as another visitor', async () => {
    const at = vn('2026-12-02T09:00:00');
    for (let i = 0; i < 5; i += 1) await store.record({ ip: '203.0.113.7', userAgent: BROWSER, at: new Date(at.getTime() + i * 1000) });
    await store.record({ ip: '203.0.113.7', userAgent: OTHER_BROWSER, at });
    await store.record({ ip: '198.51.100.2', userAgent: BROWSER, at });
    expect(await store.figures(new Date(at.getTime() + 60_000))).toEqual({ online: 3, today: 3, week: 3, total: 3 });
  });

  it('never stores an IP address, only a salted hash', async () => {
    await store.record({ ip: '203.0.113.99', userAgent: BROWSER, at: vn('2026-12-02T10:00:00') });
    const rows = await knex()('visit_visitors').select('*');
    expect(JSON.stringify(rows)).not.toContain('203.0.113.99');
    expect(rows[0].visitor).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('leaves out crawlers, previews and command-line clients', async () => {
    const counter = createVisitCounter(store, { figuresCacheMs: 0, clock: () => vn('2026-12-02T10:01:00') });
    for (const userAgent of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'facebookexternalhit/1.1', 'curl/8.5.0', 'Mozilla/5.0 HeadlessChrome/131.0', '']) {
      await expect(counter.record({ ip: '192.0.2.1', userAgent, at: vn('2026-12-02T10:00:00') })).resolves.toBe(false);
    }
    await expect(counter.record({ ip: '192.0.2.1', userAgent: BROWSER, at: vn('2026-12-02T10:00:00') })).resolves.toBe(true);
    expect((await counter.figures()).today).toBe(1);
  });

  it('loses no count under 1,000 simultaneous beacons, and counts one visitor once among 200 of theirs', async () => {
    const at = vn('2026-12-03T08:00:00');
    await Promise.all(Array.from({ length: 1000 }, (_, i) => store.record({ ip: `10.0.${i >> 8}.${i & 255}`, userAgent: BROWSER, at })));
    await Promise.all(Array.from({ length: 200 }, () => store.record({ ip: '10.9.9.9', userAgent: BROWSER, at })));
    expect((await store.figures(at)).today).toBe(1001);
  });

  it('starts the week on Monday at midnight in Vietnam (Sunday 23:59 belongs to the week before)', async () => {
    await store.record({ ip: '10.1.1.1', userAgent: BROWSER, at: vn('2026-12-06T23:59:00') }); // Sunday
    await store.record({ ip: '10.1.1.2', userAgent: BROWSER, at: vn('2026-12-07T00:01:00') }); // Monday
    expect(await store.figures(vn('2026-12-06T23:59:30'))).toMatchObject({ today: 1, week: 1, total: 2 });
    expect(await store.figures(vn('2026-12-07T00:02:00'))).toMatchObject({ today: 1, week: 1, total: 2, online: 2 });
    expect(await store.figures(vn('2026-12-07T00:10:00'))).toMatchObject({ online: 0 });
  });

  it('folds past days into totals, discards their salts and keeps every figure', async () => {
    await store.record({ ip: '10.2.2.1', userAgent: BROWSER, at: vn('2026-12-07T10:00:00'), articleDocumentId: 'a1' });
    await store.record({ ip: '10.2.2.2', userAgent: BROWSER, at: vn('2026-12-08T10:00:00'), articleDocumentId: 'a1' });
    await store.record({ ip: '10.2.2.2', userAgent: BROWSER, at: vn('2026-12-08T10:05:00'), articleDocumentId: 'a1' });
    await store.record({ ip: '10.2.2.3', userAgent: BROWSER, at: vn('2026-12-09T10:00:00'), articleDocumentId: 'a2' });
    const now = vn('2026-12-09T10:01:00');
    const before = await store.figures(now);
    expect(before).toEqual({ online: 1, today: 1, week: 3, total: 3 });
    await store.prune(now);
    expect(await store.figures(now)).toEqual(before);
    expect((await knex()('visit_visitors').select('day')).map((row: { day: string }) => row.day)).toEqual(['2026-12-09']);
    expect((await knex()('visit_salts').select('day')).map((row: { day: string }) => row.day)).toEqual(['2026-12-09']);
    expect(await store.dailyVisitors('2026-12-06', '2026-12-09')).toEqual([
      { day: '2026-12-06', visitors: 0 },
      { day: '2026-12-07', visitors: 1 },
      { day: '2026-12-08', visitors: 1 },
      { day: '2026-12-09', visitors: 1 },
    ]);
    expect(await store.mostRead('2026-12-07', 5)).toEqual([
      { articleDocumentId: 'a1', readers: 2 },
      { articleDocumentId: 'a2', readers: 1 },
    ]);
  });

  it('answers the public figures from a few seconds of memory', async () => {
    let now = vn('2026-12-10T09:00:00');
    const counter = createVisitCounter(store, { figuresCacheMs: 5000, clock: () => now });
    await counter.record({ ip: '10.3.3.1', userAgent: BROWSER, at: now });
    expect((await counter.figures()).today).toBe(1);
    await counter.record({ ip: '10.3.3.2', userAgent: BROWSER, at: now });
    expect((await counter.figures()).today).toBe(1);
    now = new Date(now.getTime() + 5000);
    expect((await counter.figures()).today).toBe(2);
  });
});

describe('the counter over HTTP (/api/visits)', () => {
  const figures = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5100)); // past the figures' few seconds of memory
    const response = await http().get('/api/visits');
    expect(response.status).toBe(200);
    return response.body as { online: number; today: number; week: number; total: number };
  };

  it('counts the beacon of a browser, not of a bot nor a prefetch, and answers the four figures', async () => {
    const before = await figures();
    expect(await http().post('/api/visits').set('User-Agent', BROWSER).send({})).toMatchObject({ status: 204 });
    expect(await http().post('/api/visits').set('User-Agent', 'Mozilla/5.0 (compatible; bingbot/2.0)').send({})).toMatchObject({ status: 204 });
    expect(await http().post('/api/visits').set('User-Agent', OTHER_BROWSER).set('Sec-Purpose', 'prefetch').send({})).toMatchObject({ status: 204 });
    const after = await figures();
    expect(after.today - before.today).toBe(1);
    expect(after.total - before.total).toBe(1);
    expect(after.online).toBeGreaterThanOrEqual(1);
  }, 20_000);

  it('takes the visitor named by the site only with the secret the two share', async () => {
    process.env.REVALIDATE_SECRET = 'site-and-cms-shared-secret-for-this-test';
    const forwarded = (ip: string, secret: string) =>
      http().post('/api/visits').set('User-Agent', 'node').set('X-Site-Secret', secret).set('X-Visitor-Ip', ip).set('X-Visitor-User-Agent', BROWSER).send({});
    expect((await forwarded('192.0.2.10', 'site-and-cms-shared-secret-for-this-test')).status).toBe(204);
    expect((await forwarded('192.0.2.11', 'site-and-cms-shared-secret-for-this-test')).status).toBe(204);
    // Without the secret the headers are the caller's word only: the caller itself (a "node" client, a bot) is what counts.
    expect((await forwarded('192.0.2.12', 'a-guess-at-the-secret-of-the-same-length!')).status).toBe(204);
    const today = (await store.figures(new Date())).today;
    expect(today).toBe(2);
  });

  it('counts a read of a published article once per visitor, and refuses an id that is not one', async () => {
    const [article] = await strapi.documents('api::article.article').findMany({ status: 'published', fields: ['documentId'], limit: 1 });
    for (let i = 0; i < 3; i += 1) expect((await http().post('/api/visits').set('User-Agent', BROWSER).send({ article: article!.documentId })).status).toBe(204);
    expect((await http().post('/api/visits').set('User-Agent', BROWSER).send({ article: 'abcdefghijklmnopqrstuvwx' })).status).toBe(204);
    const refused = await http().post('/api/visits').set('User-Agent', BROWSER).send({ article: { $ne: 1 } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/không hợp lệ/);
    const reads = await store.mostRead('2000-01-01', 10);
    expect(reads).toEqual([{ articleDocumentId: article!.documentId, readers: 1 }]);
  });
});
