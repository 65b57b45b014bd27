import { LRUCache } from 'lru-cache';

export type PageCacheDriver = Parameters<ReturnType<typeof useStorage>['mount']>[1];

/**
 * An unstorage driver over an LRU bounded in bytes (key + stored JSON text, as UTF-8), not in
 * entries; one entry may take at most a quarter of it. Nothing expires on its own.
 */
export function createPageCacheDriver(maxBytes: number): PageCacheDriver & { sizeInBytes: () => number } {
  const entries = new LRUCache<string, string>({
    maxSize: maxBytes,
    maxEntrySize: Math.floor(maxBytes / 4),
    sizeCalculation: (value, key) => Buffer.byteLength(key) + Buffer.byteLength(value),
  });
  return {
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
    sizeInBytes: () => entries.calculatedSize,
  };
}
