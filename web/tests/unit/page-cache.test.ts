import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageCache, type PageAnswer, type RenderedAnswer } from '../../server/utils/page-cache';
import { matchesEtag, preferredEncoding, writeCachedPage, writeRenderedAnswer } from '../../server/utils/page-response';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const html = (text: string): RenderedAnswer => ({
  status: 200,
  headers: { 'content-type': 'text/html;charset=utf-8', 'content-security-policy': "script-src 'self'", 'x-frame-options': 'DENY' },
  body: Buffer.from(`<!DOCTYPE html><html lang="vi"><body><h1>${text}</h1>${'<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai</p>'.repeat(40)}</body></html>`),
});

/** A render that counts its calls and answers what `behaviour` says, after `delayMs`. */
function countingRender(behaviour: { delayMs?: number; answer?: (call: number) => RenderedAnswer | Error }) {
  let calls = 0;
  const render = async (key: string): Promise<RenderedAnswer> => {
    calls += 1;
    const call = calls;
    await sleep(behaviour.delayMs ?? 0);
    const answer = behaviour.answer ? behaviour.answer(call) : html(`${key} #${call}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { render, calls: () => calls };
}

const bodyOf = (answer: PageAnswer) => ('page' in answer ? answer.page.variants.identity!.body.toString() : answer.uncached.body.toString());
const statusOf = (answer: PageAnswer) => ('page' in answer ? 200 : answer.uncached.status);

describe('page cache: unknown URLs and floods', () => {
  const notFound = (): RenderedAnswer => ({ status: 404, headers: { 'content-type': 'text/html;charset=utf-8' }, body: Buffer.from('<h1>Không tìm thấy trang</h1>') });

  it('answers a 404 asked again from memory for a minute, and renders it again after that or after a publish', async () => {
    let clock = 0;
    const cms = countingRender({ answer: notFound });
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: cms.render, now: () => clock });
    for (let i = 0; i < 3; i += 1) expect(statusOf(await cache.answer('/tin-tuc/khong-co-bai-nay'))).toBe(404);
    expect(cms.calls()).toBe(1);
    clock = 61_000;
    await cache.answer('/tin-tuc/khong-co-bai-nay');
    expect(cms.calls()).toBe(2);
    cache.purge();
    await cache.answer('/tin-tuc/khong-co-bai-nay');
    expect(cms.calls()).toBe(3);
  });

  it('runs a bounded number of renders at once: a flood of distinct misses gets 503 with Retry-After, stored pages are still served', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const render = async (key: string): Promise<RenderedAnswer> => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await sleep(key === '/' ? 0 : 100);
      running -= 1;
      return key === '/' ? html('trang chủ') : notFound();
    };
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render, maxConcurrentRenders: 2, maxQueuedRenders: 3 });
    await cache.answer('/');
    const flood = await Promise.all([...Array.from({ length: 20 }, (_, i) => cache.answer(`/tin-tuc/rac-${i}`)), cache.answer('/')]);
    expect(mostAtOnce).toBe(2);
    const busy = flood.filter((answer) => statusOf(answer) === 503);
    expect(busy).toHaveLength(15);
    expect('uncached' in busy[0]! && busy[0].uncached.headers['retry-after']).toBe('5');
    expect(bodyOf(busy[0]!)).toMatch(/Hệ thống đang bận.*The site is busy/);
    expect(statusOf(flood[20]!)).toBe(200);
  });

  it('runs pages it may not store (search) in the same slots: a flood of them is turned away, the renders never pile up', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const search = async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await sleep(50);
      running -= 1;
    };
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: async () => html('trang'), maxConcurrentRenders: 2, maxQueuedRenders: 3 });
    const ran = await Promise.all(Array.from({ length: 10 }, () => cache.throttled(search)));
    expect(mostAtOnce).toBe(2);
    expect(ran.filter(Boolean)).toHaveLength(5);
    // The slots are free again afterwards.
    expect(await cache.throttled(search)).toBe(true);
  });
});

describe('page cache: single-flight and stale pages', () => {
  it('renders a page once for 20 identical concurrent misses, and every visitor gets it', async () => {
    const cms = countingRender({ delayMs: 50 });
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: cms.render });
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer('/tin-tuc')));
    expect(cms.calls()).toBe(1);
    expect(new Set(answers.map(bodyOf))).toEqual(new Set([bodyOf(answers[0]!)]));
    expect(answers.every((answer) => statusOf(answer) === 200)).toBe(true);
    await cache.answer('/tin-tuc');
    expect(cms.calls()).toBe(1);
  });

  it('with storing off (a benchmark of misses), renders every request but still once for identical concurrent ones', async () => {
    const cms = countingRender({ delayMs: 30 });
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: cms.render, store: false });
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer('/')));
    expect(cms.calls()).toBe(1);
    expect(answers.every((answer) => statusOf(answer) === 200)).toBe(true);
    await cache.answer('/');
    await cache.answer('/');
    expect(cms.calls()).toBe(3);
    expect(cache.has('/')).toBe(false);
  });

  it('serves a page older than its max-age at once and renders it again in the background, once', async () => {
    let clock = 0;
    const cms = countingRender({ delayMs: 200 });
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: cms.render, now: () => clock });
    await cache.answer('/');
    clock = 601_000;
    const started = Date.now();
    const stale = await Promise.all(Array.from({ length: 10 }, () => cache.answer('/')));
    expect(Date.now() - started).toBeLessThan(100);
    expect(stale.map(bodyOf).every((body) => body.includes('/ #1'))).toBe(true);
    await sleep(300);
    expect(cms.calls()).toBe(2);
    expect(bodyOf(await cache.answer('/'))).toContain('/ #2');
  });

  it('keeps serving the stale page when its background render fails (the CMS answers 503)', async () => {
    let clock = 0;
    const cms = countingRender({ answer: (call) => (call === 1 ? html('cũ') : { status: 503, headers: {}, body: Buffer.from('CMS unavailable') }) });
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 1000, renderTimeoutMs: 1000, render: cms.render, now: () => clock });
    await cache.answer('/');
    clock = 5000;
    await cache.answer('/');
    await sleep(20);
    expect(cms.calls()).toBe(2);
    const answer = await cache.answer('/');
    expect(statusOf(answer)).toBe(200);
    expect(bodyOf(answer)).toContain('cũ');
  });

  it('after a purge gives the new page when the CMS answers in time', async () => {
    const cms = countingRender({});
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: cms.render });
    await cache.answer('/');
    expect(cache.purge()).toBe(1);
    expect(bodyOf(await cache.answer('/'))).toContain('/ #2');
  });

  it('after a purge gives the previous page, never a 503, when the CMS is slower than the timeout, fails or cannot be reached', async () => {
    const failures: Array<{ name: string; render: () => Promise<RenderedAnswer> }> = [
      { name: 'slow', render: () => sleep(2000).then(() => html('mới')) },
      { name: '503', render: async () => ({ status: 503, headers: {}, body: Buffer.from('CMS unavailable') }) },
      { name: 'unreachable', render: () => Promise.reject(new Error('connect ECONNREFUSED')) },
    ];
    for (const failure of failures) {
      let cmsFails = false;
      let renders = 0;
      const cache = createPageCache({
        maxBytes: 1_000_000,
        maxAgeMs: 600_000,
        renderTimeoutMs: 150,
        render: () => {
          renders += 1;
          return cmsFails ? failure.render() : Promise.resolve(html('cũ'));
        },
      });
      await cache.answer('/');
      cmsFails = true;
      cache.purge();
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer('/')));
      expect({ failure: failure.name, statuses: [...new Set(answers.map(statusOf))], stale: answers.every((a) => bodyOf(a).includes('cũ')), renders }).toEqual({ failure: failure.name, statuses: [200], stale: true, renders: 2 });
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });

  it('stores a render that began before a purge as already invalidated, so the publish is never hidden', async () => {
    const cms = countingRender({ delayMs: 100 });
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: cms.render });
    const before = cache.answer('/');
    await sleep(20);
    cache.purge(); // the publish lands while the page is rendering
    await before;
    expect(bodyOf(await cache.answer('/'))).toContain('/ #2');
  });
});

describe('page cache: what is stored', () => {
  it('never stores 4xx (but a short-lived 404), 5xx, private or cookie-setting answers as pages', async () => {
    const answers: RenderedAnswer[] = [
      { status: 400, headers: {}, body: Buffer.from('Yêu cầu không hợp lệ') },
      { status: 503, headers: {}, body: Buffer.from('CMS unavailable') },
      { ...html('riêng'), headers: { ...html('riêng').headers, 'cache-control': 'private, no-store' } },
      { ...html('cookie'), headers: { ...html('cookie').headers, 'set-cookie': 'a=1' } },
    ];
    for (const rendered of answers) {
      const cms = countingRender({ answer: () => rendered });
      const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: cms.render });
      await cache.answer('/x');
      await cache.answer('/x');
      expect({ status: rendered.status, renders: cms.calls(), stored: cache.has('/x') }).toEqual({ status: rendered.status, renders: 2, stored: false });
    }
  });

  it('drops a page that is gone (404 after a purge: unpublished)', async () => {
    const cms = countingRender({ answer: (call) => (call === 1 ? html('có') : { status: 404, headers: {}, body: Buffer.from('Không tìm thấy trang') }) });
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: cms.render });
    await cache.answer('/tin-tuc/a');
    cache.purge();
    expect(statusOf(await cache.answer('/tin-tuc/a'))).toBe(404);
    expect(cache.has('/tin-tuc/a')).toBe(false);
  });

  it('counts bytes, not pages: many pages push out the least recently used ones, and a page over a quarter of the store is not kept', async () => {
    const cache = createPageCache({ maxBytes: 40_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: async (key) => ({ ...html(key), body: Buffer.from(`${key}${'ệ'.repeat(2000)}`) }) });
    for (let i = 0; i < 30; i += 1) await cache.answer(`/p-${i}`);
    expect(cache.sizeInBytes()).toBeLessThanOrEqual(40_000);
    expect(cache.has('/p-0')).toBe(false);
    expect(cache.has('/p-29')).toBe(true);
    const huge = createPageCache({ maxBytes: 40_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: async () => ({ ...html('x'), body: Buffer.from(Array.from({ length: 20_000 }, (_, i) => i.toString(36)).join('')) }) });
    await huge.answer('/huge');
    expect(huge.has('/huge')).toBe(false);
  });

  it('stores gzip and brotli copies that decode to the exact page, with one strong ETag', async () => {
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render: async () => html('nén') });
    const answer = await cache.answer('/');
    if (!('page' in answer)) throw new Error('not stored');
    const { identity, gzip, br } = answer.page.variants;
    expect(gunzipSync(gzip!.body).equals(identity!.body)).toBe(true);
    expect(brotliDecompressSync(br!.body).equals(identity!.body)).toBe(true);
    expect(br!.body.length).toBeLessThan(identity!.body.length / 5);
    expect(answer.page.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(br!.headers).toMatchObject({ etag: answer.page.etag, vary: 'Accept-Encoding', 'content-encoding': 'br', 'content-security-policy': "script-src 'self'", 'x-frame-options': 'DENY' });
  });
});

describe('page cache: answering over HTTP', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  async function serve(render: (key: string) => Promise<RenderedAnswer>): Promise<string> {
    const cache = createPageCache({ maxBytes: 1_000_000, maxAgeMs: 600_000, renderTimeoutMs: 1000, render });
    server = createServer(async (request, response) => {
      const answer = await cache.answer(request.url ?? '/');
      if ('page' in answer) writeCachedPage(response, answer.page, { method: request.method, acceptEncoding: request.headers['accept-encoding'], ifNoneMatch: request.headers['if-none-match'] });
      else writeRenderedAnswer(response, answer.uncached, request.method);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  }

  const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      get(url, { headers, method }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });

  it('sends brotli, gzip or plain bytes as the browser accepts, varies on Accept-Encoding, and answers 304 to its ETag', async () => {
    const base = await serve(async () => html('trang chủ'));
    const plain = await request(`${base}/`);
    const gzipped = await request(`${base}/`, { 'accept-encoding': 'gzip, deflate' });
    const brotli = await request(`${base}/`, { 'accept-encoding': 'gzip, deflate, br' });
    expect([plain.headers['content-encoding'], gzipped.headers['content-encoding'], brotli.headers['content-encoding']]).toEqual([undefined, 'gzip', 'br']);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotli.headers.etag).toBe(plain.headers.etag);
    const revalidated = await request(`${base}/`, { 'accept-encoding': 'br', 'if-none-match': plain.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(plain.headers.etag);
    expect((await request(`${base}/`, { 'if-none-match': '"other"' })).status).toBe(200);
    const head = await request(`${base}/`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, String(gzipped.body.length)]);
  });

  it('sends an answer it does not store (a 404 page) with its own status and headers', async () => {
    const base = await serve(async () => ({ status: 404, headers: { 'content-type': 'text/html', 'x-frame-options': 'DENY' }, body: Buffer.from('Không tìm thấy trang') }));
    const response = await request(`${base}/khong-co`, { 'accept-encoding': 'gzip' });
    expect([response.status, response.headers['x-frame-options'], response.body.toString()]).toEqual([404, 'DENY', 'Không tìm thấy trang']);
  });
});

describe('content negotiation', () => {
  it('prefers brotli, then gzip; honours q=0 and *', () => {
    expect(preferredEncoding(undefined)).toBe('identity');
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0, identity')).toBe('identity');
    expect(preferredEncoding('deflate')).toBe('identity');
  });

  it('matches If-None-Match lists, weak or strong', () => {
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag('"a"', '"b"')).toBe(false);
    expect(matchesEtag('*', '"b"')).toBe(true);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });
});
