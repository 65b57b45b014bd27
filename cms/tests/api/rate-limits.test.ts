/**
 * Fair use of the content API (src/security/rate-limit): budgets per address and per API token over a
 * sliding window, 429 with Retry-After and RateLimit-* headers, the GraphQL- and REST-shaped refusals,
 * the site's own server never throttled, and CORS for partners' pages. Small budgets are set here by
 * env; requests come from real, distinct source addresses (127.0.0.x, all on the loopback interface).
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { createApiToken, startStrapi, stopStrapi } from '../helpers/strapi';

const WINDOW_SECONDS = 4;
const ANONYMOUS_PER_WINDOW = 10;
const TOKEN_PER_WINDOW = 20;
const SITE_SECRET = 'bi-mat-chung-cua-trang-va-cms-khi-kiem-thu';

const ENV = {
  RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: String((ANONYMOUS_PER_WINDOW * 60) / WINDOW_SECONDS),
  RATE_LIMIT_TOKEN_PER_MINUTE: String((TOKEN_PER_WINDOW * 60) / WINDOW_SECONDS),
  REVALIDATE_SECRET: SITE_SECRET,
  // As behind the production reverse proxy: X-Forwarded-For is read, its last entry only.
  IS_PROXIED: 'true',
};
const saved: Record<string, string | undefined> = {};

let strapi: Core.Strapi;
let port: number;

beforeAll(async () => {
  for (const [key, value] of Object.entries(ENV)) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  strapi = await startStrapi();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  port = (strapi.server.httpServer.address() as AddressInfo).port;
});

afterAll(async () => {
  await stopStrapi();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

type Answer = { status: number; headers: IncomingHttpHeaders; body: any; ms: number };

let nextAddress = 10;
/** A loopback address no other test of this file used: a client of its own. */
const newClient = () => `127.0.0.${nextAddress++}`;

/** One HTTP request from the source address `from` (a real socket bound to it). */
function send(from: string, method: string, path: string, { headers = {}, body }: { headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  const started = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress: from,
        agent: false,
        headers: { ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed, ms: performance.now() - started });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const LATEST = '{ articles(pagination: { limit: 2 }) { slug } }';
const query = (from: string, headers: Record<string, string> = {}) => send(from, 'POST', '/graphql', { headers, body: { query: LATEST } });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until just after the start of the next fixed window, so a burst falls in one window. */
const atWindowStart = () => sleep(WINDOW_SECONDS * 1000 - (Date.now() % (WINDOW_SECONDS * 1000)) + 30);

async function spend(times: number, ask: () => Promise<Answer>): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < times; i += 1) answers.push(await ask());
  return answers;
}

describe('budgets per address', () => {
  it('counts down in RateLimit-* headers, then answers 429 with Retry-After and a GraphQL error', async () => {
    const client = newClient();
    await atWindowStart();
    const answers = await spend(ANONYMOUS_PER_WINDOW, () => query(client));
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      expect(answer.body.data.articles.length).toBeGreaterThan(0);
      expect(answer.headers['ratelimit-limit']).toBe(String(ANONYMOUS_PER_WINDOW));
      expect(answer.headers['ratelimit-remaining']).toBe(String(ANONYMOUS_PER_WINDOW - 1 - i));
      expect(Number(answer.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
      expect(answer.headers['ratelimit-policy']).toBe(`${ANONYMOUS_PER_WINDOW};w=${WINDOW_SECONDS}`);
    });

    const refused = await query(client);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2 * WINDOW_SECONDS);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(refused.headers['ratelimit-reset']).toBe(String(retryAfter));
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      { message: expect.stringMatching(/^Bạn đã gửi quá nhiều yêu cầu tới API\. .*Too many requests to the API\./), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } },
    ]);
    expect(refused.body.errors[0].message).toContain(`thử lại sau ${retryAfter} giây`);

    // REST under the same budget, in Strapi's error shape.
    const rest = await send(client, 'GET', '/api/articles');
    expect(rest.status).toBe(429);
    expect(rest.headers['retry-after']).toBeDefined();
    expect(rest.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError', details: { code: 'RATE_LIMITED' } } });
    expect(rest.body.error.message).toMatch(/^Bạn đã gửi quá nhiều yêu cầu.*Too many requests/);

    // After Retry-After, the client is served again.
    await sleep(retryAfter * 1000 + 50);
    expect((await query(client)).status).toBe(200);
  });

  it('keeps answering another client fast while one client is refused', async () => {
    const flooder = newClient();
    await spend(ANONYMOUS_PER_WINDOW, () => query(flooder));
    const flood = Array.from({ length: 60 }, () => query(flooder));
    const other = await query(newClient());
    const refusals = await Promise.all(flood);
    expect(refusals.every((answer) => answer.status === 429)).toBe(true);
    expect(other.status).toBe(200);
    expect(other.body.data.articles.length).toBeGreaterThan(0);
    expect(other.ms).toBeLessThan(1500);
  });

  it('gives no fresh budget for a forwarded address, a wrong site secret or an unknown token', async () => {
    const client = newClient();
    await spend(ANONYMOUS_PER_WINDOW, () => query(client));
    const disguises: Record<string, string>[] = [
      // What a client can write before the address the proxy appends.
      { 'X-Forwarded-For': `203.0.113.7, ${client}` },
      { 'X-Visitor-Ip': '203.0.113.8', 'X-Site-Secret': 'khong-phai-bi-mat' },
      { 'X-Visitor-Ip': '203.0.113.9' },
      bearer('khoa-khong-ton-tai'),
    ];
    for (const headers of disguises) {
      expect((await query(client, headers)).status).toBe(429);
    }
  });

  it('behind a proxy, counts the address the proxy appended, never one the client wrote', async () => {
    const proxy = newClient();
    const visitor = '198.51.100.5';
    await spend(ANONYMOUS_PER_WINDOW, () => query(proxy, { 'X-Forwarded-For': visitor }));
    expect((await query(proxy, { 'X-Forwarded-For': visitor })).status).toBe(429);
    expect((await query(proxy, { 'X-Forwarded-For': `10.0.0.1, ${visitor}` })).status).toBe(429);
    // Another visitor behind the same proxy has a budget of its own.
    expect((await query(proxy, { 'X-Forwarded-For': `${visitor}, 198.51.100.6` })).status).toBe(200);
  });

  it('still answers an unknown token with 401 while the address has budget', async () => {
    const answer = await query(newClient(), bearer('khoa-khong-ton-tai'));
    expect(answer.status).toBe(401);
    expect(answer.headers['ratelimit-limit']).toBe(String(ANONYMOUS_PER_WINDOW));
  });

  it('slides: requests age out of the window gradually, not all at once', async () => {
    const client = newClient();
    await atWindowStart();
    await spend(ANONYMOUS_PER_WINDOW, () => query(client));
    expect((await query(client)).status).toBe(429);
    // Half-way through the next window half of the earlier requests still count.
    const windowMs = WINDOW_SECONDS * 1000;
    await sleep(windowMs - (Date.now() % windowMs) + windowMs / 2);
    let served = 0;
    while ((await query(client)).status === 200) served += 1;
    expect(served).toBeGreaterThanOrEqual(ANONYMOUS_PER_WINDOW / 2 - 1);
    expect(served).toBeLessThanOrEqual(ANONYMOUS_PER_WINDOW / 2 + 1);
  });
});

describe('budgets per API token', () => {
  it('gives a partner token its own, higher budget, independent of addresses and of other tokens', async () => {
    const partner = await createApiToken('read-only');
    const otherPartner = await createApiToken('read-only');
    const client = newClient();
    await atWindowStart();
    await spend(ANONYMOUS_PER_WINDOW, () => query(client));
    expect((await query(client)).status).toBe(429);

    // The same address with the token: the token's budget, untouched by the address's.
    const answers = await spend(TOKEN_PER_WINDOW, () => query(client, bearer(partner)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(TOKEN_PER_WINDOW).fill(200));
    expect(answers[0].headers['ratelimit-limit']).toBe(String(TOKEN_PER_WINDOW));
    expect(answers[TOKEN_PER_WINDOW - 1].headers['ratelimit-remaining']).toBe('0');

    const refused = await query(client, bearer(partner));
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.errors[0].message).not.toMatch(/khóa API/);
    // The budget is the token's wherever it is used from.
    expect((await query(newClient(), bearer(partner))).status).toBe(429);
    // Another token and another address are not affected.
    expect((await query(client, bearer(otherPartner))).status).toBe(200);
    expect((await query(newClient())).status).toBe(200);
  });

  it('counts a revoked token by address at once, and Strapi answers it 401', async () => {
    const tokens = strapi.service('admin::api-token-content-api') as unknown as { create(a: object): Promise<{ id: number; accessKey: string }>; revoke(id: number): Promise<unknown> };
    const token = await tokens.create({ name: `revoked ${Date.now()}`, description: '', type: 'read-only', lifespan: null });
    const client = newClient();
    expect((await query(client, bearer(token.accessKey))).headers['ratelimit-limit']).toBe(String(TOKEN_PER_WINDOW));
    await tokens.revoke(token.id);
    const after = await query(client, bearer(token.accessKey));
    expect(after.status).toBe(401);
    expect(after.headers['ratelimit-limit']).toBe(String(ANONYMOUS_PER_WINDOW));
  });
});

describe("the site's own server", () => {
  it('is never throttled, whatever its visitors did', async () => {
    const client = newClient();
    await spend(ANONYMOUS_PER_WINDOW + 1, () => query(client));
    const site = { 'X-Site-Secret': SITE_SECRET };
    const answers = await spend(3 * ANONYMOUS_PER_WINDOW, () => query(client, site));
    expect(answers.every((answer) => answer.status === 200 && answer.headers['ratelimit-limit'] === undefined)).toBe(true);
    // Forwarding an exhausted visitor's address changes nothing either.
    expect((await query(client, { ...site, 'X-Visitor-Ip': client })).status).toBe(200);
    expect((await query(client)).status).toBe(429);
  });
});

describe('CORS for partners’ pages', () => {
  const origin = 'https://doi-tac.example.vn';

  it('lets any origin read without credentials: GET, POST /graphql and the preflight', async () => {
    const client = newClient();
    const preflight = await send(client, 'OPTIONS', '/graphql', {
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/i);
    expect(preflight.headers['ratelimit-limit']).toBeUndefined();

    for (const answer of [await query(client, { Origin: origin }), await send(client, 'GET', '/api/articles?pagination[limit]=1', { headers: { Origin: origin } })]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
      expect(answer.headers['access-control-expose-headers']).toMatch(/RateLimit-Remaining/);
    }
  });

  it('lets a partner page read a 429 and its Retry-After', async () => {
    const client = newClient();
    await spend(ANONYMOUS_PER_WINDOW, () => query(client));
    const refused = await query(client, { Origin: origin });
    expect(refused.status).toBe(429);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.headers['access-control-expose-headers']).toMatch(/Retry-After/);
  });

  it('still answers the admin only on its own origin', async () => {
    const answer = await send(newClient(), 'GET', '/admin/init', { headers: { Origin: origin } });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});
