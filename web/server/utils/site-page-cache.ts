import type { PageCache } from './page-cache';

let active: PageCache | undefined;

/** Installed once at start by server/plugins/page-cache.ts. */
export function providePageCache(cache: PageCache): void {
  active = cache;
}

/** The site's page cache (server/utils/page-cache.ts), for the purge endpoint. */
export function usePageCache(): PageCache {
  if (!active) throw new Error('the page cache is not installed (server/plugins/page-cache.ts)');
  return active;
}
