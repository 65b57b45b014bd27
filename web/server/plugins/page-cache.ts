import { randomBytes } from 'node:crypto';
import type { H3Event } from 'h3';
import type { NitroApp } from 'nitropack/types';
import type { RenderedAnswer } from '../utils/page-cache';

/** Marks the page cache's own renders (a per-process secret, so no visitor can skip the cache with it). */
const RENDER_HEADER = 'x-page-cache-render';
/** What shared caches in front of the site may do with a page (the site itself revalidates with ETag). */
const PAGE_CACHE_CONTROL = 's-maxage=600, stale-while-revalidate';

/**
 * The site's serving path. Every request is first put in its canonical form (or redirected to it:
 * server/utils/canonical-request.ts). A GET or HEAD for a listed page, feed or file
 * (shared/utils/cacheable-routes.ts) that does not read free text is then answered by the page
 * cache (server/utils/page-cache.ts) straight from memory: no re-parse, no re-render, the encoding
 * negotiated, 304 on If-None-Match. A miss renders the page once through Nitro's own pipeline
 * (middleware, security headers, the page's CSP), with no visitor's cookies, and stores that answer.
 * Other pages (search, routes that are not shared) are rendered by Nitro for each request, in the
 * same render slots; API routes and built assets go straight to Nitro.
 */
export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig();
  const renderToken = randomBytes(18).toString('base64url');
  const cache = createPageCache({
    maxBytes: positive(config.pageCacheMaxMb, 64) * 1024 * 1024,
    maxAgeMs: positive(config.pageCacheMaxAgeSeconds, 600) * 1000,
    renderTimeoutMs: positive(config.pageCacheRenderTimeoutMs, 3000),
    maxConcurrentRenders: positive(config.pageCacheMaxRenders, 8),
    store: config.pageCacheEnabled !== false,
    render: (key) => renderThroughNitro(nitroApp, key, renderToken, config.public.siteUrl),
    onRenderError: (key, error) => console.error(`[page-cache] render of ${key} failed:`, (error as Error).message),
  });
  providePageCache(cache);

  const handle = nitroApp.h3App.handler;
  nitroApp.h3App.handler = (event) => {
    const redirect = canonicaliseRequest(event);
    if (redirect) {
      setSecurityHeaders(event);
      return sendRedirect(event, redirect, 301);
    }
    const request = event.node.req;
    if (request.headers[RENDER_HEADER] !== undefined) {
      const ours = request.headers[RENDER_HEADER] === renderToken;
      delete request.headers[RENDER_HEADER];
      if (ours) return handle(event);
    }
    if (!servedByPageCache(event)) {
      if (event.context.pageCacheable !== false) return handle(event);
      // A page the cache may not store still takes a render slot: a flood of searches cannot pile up renders.
      return cache.throttled(() => handle(event)).then((ran) => {
        if (!ran) writeRenderedAnswer(event.node.res, busyAnswer(), request.method);
      });
    }
    return cache.answer(request.url ?? '/').then(
      (answer) => {
        if ('page' in answer) {
          writeCachedPage(event.node.res, answer.page, { method: request.method, acceptEncoding: request.headers['accept-encoding'], ifNoneMatch: request.headers['if-none-match'] });
        } else {
          writeRenderedAnswer(event.node.res, answer.uncached, request.method);
        }
      },
      (error) => {
        console.error(`[page-cache] ${request.url}:`, (error as Error).message);
        return handle(event);
      },
    );
  };
});

/** Opt-in: only a GET or HEAD that canonicaliseRequest found on a cacheable route (shared/utils/cacheable-routes.ts). */
function servedByPageCache(event: H3Event): boolean {
  const { method } = event.node.req;
  return (method === 'GET' || method === 'HEAD') && event.context.pageCacheable === true;
}

async function renderThroughNitro(nitroApp: NitroApp, key: string, renderToken: string, siteUrl: string): Promise<RenderedAnswer> {
  const response = await nitroApp.localFetch(key, { headers: { accept: 'text/html', host: hostOf(siteUrl), [RENDER_HEADER]: renderToken } });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (response.status === 200) headers['cache-control'] ??= PAGE_CACHE_CONTROL;
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'localhost';
  }
}

function positive(value: unknown, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}
