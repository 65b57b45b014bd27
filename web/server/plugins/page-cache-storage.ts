/**
 * The store of cached pages (Nitro's `cache` mount): an in-memory LRU bounded in bytes, not in
 * entries (server/utils/page-cache-driver.ts), so neither many small entries nor a few huge ones
 * can outgrow it. Its size is NUXT_PAGE_CACHE_MAX_MB (default 64), read at start. Entries never
 * expire on their own: a page that was ever rendered stays servable, even while the CMS is down,
 * until a publish purges it or newer pages push it out. Junk URLs cannot push real pages out: they
 * share the real page's entry (canonical-page-query.ts), and 4xx/5xx answers are never stored.
 */
export default defineNitroPlugin(() => {
  const { pageCacheMaxMb } = useRuntimeConfig();
  const megabytes = Number(pageCacheMaxMb);
  const storage = useStorage();
  // Runs before any request; replaces Nitro's default mount so the size can come from the environment.
  void storage.unmount('cache', false);
  storage.mount('cache', createPageCacheDriver((Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 64) * 1024 * 1024));
});
