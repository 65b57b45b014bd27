/**
 * Where the rate limiter keeps its counters: one small interface, so the store can change without
 * touching the limiter. Today the counters live in this process's memory (`createMemoryRateLimitStore`,
 * enough for the one CMS process of the embedded default); when several CMS processes serve the API
 * (the scale-out issue), a shared store (Redis: the same sliding window in one Lua script per hit)
 * implements this interface so every process counts against the same budgets.
 */
export type RateLimitDecision = {
  allowed: boolean;
  /** The budget of the window (requests). */
  limit: number;
  /** Requests still allowed right now, after this one. */
  remaining: number;
  /** Milliseconds until the next request of this key would be allowed (0 when it would be now). */
  retryAfterMs: number;
  /** Milliseconds until the current fixed window ends and the counts move on. */
  windowEndsInMs: number;
};

export interface RateLimitStore {
  /** Counts one request of `key` when it fits in `limit` requests per sliding `windowMs`; a refused request is not counted. */
  hit(key: string, limit: number, windowMs: number, now?: number): Promise<RateLimitDecision>;
  /** How many keys the store holds (bounded). */
  size(): number;
}

/** The counts of one key: O(1) memory, whatever the number of requests. */
export type WindowCounts = { windowStart: number; previous: number; current: number };

/**
 * Sliding window counter: the previous fixed window's count weighted by how much of it still lies
 * inside the sliding window, plus the current window's count. Exact enough for fair use, and three
 * numbers per key instead of one timestamp per request.
 */
export function usedInWindow(counts: WindowCounts, windowMs: number, now: number): number {
  const elapsed = Math.min(1, Math.max(0, (now - counts.windowStart) / windowMs));
  return counts.previous * (1 - elapsed) + counts.current;
}

/** The counts moved on to the fixed window that holds `now`. */
export function rollWindow(counts: WindowCounts | undefined, windowMs: number, now: number): WindowCounts {
  const windowStart = Math.floor(now / windowMs) * windowMs;
  if (!counts) return { windowStart, previous: 0, current: 0 };
  if (counts.windowStart === windowStart) return counts;
  const previous = windowStart - counts.windowStart === windowMs ? counts.current : 0;
  return { windowStart, previous, current: 0 };
}

/** Milliseconds until one more request fits in `limit`; 0 when it fits now. */
export function waitForRoom(counts: WindowCounts, limit: number, windowMs: number, now: number): number {
  if (usedInWindow(counts, windowMs, now) + 1 <= limit) return 0;
  if (counts.current + 1 > limit) {
    // Not before the next window, and then until enough of this window's count has slid out.
    const fraction = counts.current > 0 ? Math.max(0, 1 - (limit - 1) / counts.current) : 0;
    return counts.windowStart + windowMs + windowMs * fraction - now;
  }
  const fraction = 1 - (limit - 1 - counts.current) / counts.previous;
  return Math.max(1, counts.windowStart + windowMs * fraction - now);
}

/**
 * The store in this process's memory. Keys are kept in least-recently-used order and at most
 * `maxKeys` of them: a client rotating addresses pushes the oldest keys out (one eviction per new
 * key, O(1)) instead of growing memory without bound.
 */
export function createMemoryRateLimitStore({ maxKeys }: { maxKeys: number }): RateLimitStore {
  const keys = new Map<string, WindowCounts>();
  return {
    async hit(key, limit, windowMs, now = Date.now()) {
      const counts = rollWindow(keys.get(key), windowMs, now);
      const wait = waitForRoom(counts, limit, windowMs, now);
      const allowed = wait === 0;
      if (allowed) counts.current += 1;
      keys.delete(key);
      keys.set(key, counts);
      if (keys.size > maxKeys) keys.delete(keys.keys().next().value as string);
      const used = usedInWindow(counts, windowMs, now);
      return {
        allowed,
        limit,
        remaining: Math.max(0, Math.floor(limit - used)),
        retryAfterMs: allowed ? waitForRoom(counts, limit, windowMs, now) : wait,
        windowEndsInMs: counts.windowStart + windowMs - now,
      };
    },
    size: () => keys.size,
  };
}
