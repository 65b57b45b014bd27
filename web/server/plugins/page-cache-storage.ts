import { LRUCache } from 'lru-cache';

type StorageDriver = Parameters<ReturnType<typeof useStorage>['mount']>[1];

/**
 * The store of cached pages (Nitro's `cache` mount): an in-memory LRU bounded in bytes, not in
 * entries, so neither many small entries nor a few huge ones can outgrow it. Its size is
 * NUXT_PAGE_CACHE_MAX_MB (default 64). Entries never expire on their own: a page that was ever
 * rendered stays servable, even while the CMS is down, until a publish purges it or newer pages
 * push it out. Junk URLs cannot push real pages out: they share the real page's entry
 * (canonical-page-query.ts), and 4xx/5xx answers are never stored.
 */
export default defineNitroPlugin(() => {
  const { pageCacheMaxMb } = useRuntimeConfig();
  const maxSize = Math.max(1, Number(pageCacheMaxMb) || 64) * 1024 * 1024;
  const entries = new LRUCache<string, string>({
    maxSize,
    // One page may not take more than a quarter of the store.
    maxEntrySize: Math.floor(maxSize / 4),
    sizeCalculation: (value, key) => Buffer.byteLength(key) + Buffer.byteLength(value),
  });
  const driver: StorageDriver = {
    name: 'page-cache-lru',
    hasItem: (key) => entries.has(key),
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      entries.set(key, value);
    },
    removeItem: (key) => {
      entries.delete(key);
    },
    getKeys: () => [...entries.keys()],
    clear: () => entries.clear(),
    dispose: () => entries.clear(),
  };
  const storage = useStorage();
  // Runs before any request; replaces the default mount so the size can come from the environment at start.
  void storage.unmount('cache', false);
  storage.mount('cache', driver);
});
