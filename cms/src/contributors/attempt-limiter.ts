/**
 * Counts attempts (failed sign-ins, reset e-mails asked for…) per key ("account:…", "ip:…") over a
 * sliding window: a key with `max` attempts in the last `windowMs` is locked until the oldest of
 * them leaves the window. Kept in this process's memory (one CMS process; several processes would
 * share the counters in Redis, see docs/architecture.md), bounded by `maxKeys`.
 */
export type AttemptLimiter = {
  /** Seconds until the most locked of `keys` may try again; 0 when none is locked. */
  retryAfterSeconds(keys: string[], now?: number): number;
  /** Counts one attempt against every key. */
  record(keys: string[], now?: number): void;
  /** Forgets a key's attempts (a successful sign-in clears its account's failures). */
  clear(key: string): void;
};

export function createAttemptLimiter({ max, windowMs, maxKeys = 100_000 }: { max: number; windowMs: number; maxKeys?: number }): AttemptLimiter {
  const attempts = new Map<string, number[]>();

  const recent = (key: string, now: number): number[] => {
    const times = (attempts.get(key) ?? []).filter((time) => time > now - windowMs);
    if (times.length === 0) attempts.delete(key);
    else attempts.set(key, times);
    return times;
  };

  const dropExpired = (now: number) => {
    for (const key of attempts.keys()) recent(key, now);
    // Still full of live keys (a flood of addresses): the oldest keys go first.
    for (const key of attempts.keys()) {
      if (attempts.size < maxKeys) break;
      attempts.delete(key);
    }
  };

  return {
    retryAfterSeconds(keys, now = Date.now()) {
      let wait = 0;
      for (const key of keys) {
        const times = recent(key, now);
        if (times.length >= max) wait = Math.max(wait, times[times.length - max] + windowMs - now);
      }
      return wait > 0 ? Math.ceil(wait / 1000) : 0;
    },
    record(keys, now = Date.now()) {
      if (attempts.size >= maxKeys) dropExpired(now);
      for (const key of keys) attempts.set(key, [...recent(key, now), now].slice(-max));
    },
    clear(key) {
      attempts.delete(key);
    },
  };
}
