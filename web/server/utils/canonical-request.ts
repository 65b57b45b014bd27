import type { H3Event } from 'h3';

/*
 * Every request reaches the router (and the page cache, which keys on the URL) in its canonical
 * form, decided in shared/utils/page-query.ts: the query parameters the page reads, in one order;
 * nothing else. `/?utm_source=x&fbclid=y` and `/robots.txt?x=123` are rendered and cached as `/`
 * and `/robots.txt`. A path written another way than the site writes it (capitals, a trailing
 * slash, needless %-escapes) is redirected once to the site's spelling, so it is never a cache
 * entry of its own. Called first for every request by server/plugins/page-cache.ts (h3 fixes the
 * request path before the first middleware runs).
 */

/** Rewrites the request URL to its canonical query; returns where to redirect a non-canonical path. */
export function canonicaliseRequest(event: H3Event): string | undefined {
  const url = event.node.req.url ?? '/';
  // Built assets, Nuxt internals (the error page renderer) and API routes read their own queries;
  // a request target that is not a path (absolute-form, "*") is left to the router.
  if (!url.startsWith('/') || url.startsWith('/_nuxt/') || url.startsWith('/__nuxt') || url.startsWith('/api/')) return;
  const queryStart = url.indexOf('?');
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const search = queryStart === -1 ? '' : url.slice(queryStart);

  const path = canonicalPagePath(pathname);
  if (path !== pathname) return `${path}${search}`;

  const canonical = canonicalPageQuery(pathname, new URLSearchParams(search));
  event.context.pageCacheable = canonical.cacheable && isCacheableRoute(pathname);
  if (canonical.search !== search) event.node.req.url = `${pathname}${canonical.search}`;
}

declare module 'h3' {
  interface H3EventContext {
    /**
     * True only for a listed route (shared/utils/cacheable-routes.ts) whose page does not depend on
     * free text (shared/utils/page-query.ts): the page cache serves nothing else.
     */
    pageCacheable?: boolean;
  }
}
