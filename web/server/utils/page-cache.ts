import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { NON_DOCUMENT_CONTENT_SECURITY_POLICY } from './content-security-policy';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** What a render answered: the status, its headers (lower-case names) and the body bytes. */
export type RenderedAnswer = { status: number; headers: Record<string, string>; body: Buffer };

export type ContentEncoding = 'br' | 'gzip' | 'identity';

/** One stored page: the same bytes in each encoding, with the headers to send with each, ready to write. */
export type CachedPage = {
  etag: string;
  storedAt: number;
  /** Set by a purge (a publish): the page is served only while a new render is late or failing. */
  invalidated: boolean;
  variants: Record<ContentEncoding, { body: Buffer; headers: Record<string, string> } | undefined>;
};

/** A stored page, or an answer that was not stored (4xx, 5xx, private): sent once, as rendered. */
export type PageAnswer = { page: CachedPage } | { uncached: RenderedAnswer };

export type PageCacheOptions = {
  /** Bound of the store, in bytes (every encoding and header of every page counted). */
  maxBytes: number;
  /** After this, a page is still served at once, and rendered again in the background. */
  maxAgeMs: number;
  /** How long a visitor waits for a render after a purge before getting the previous page. */
  renderTimeoutMs: number;
  /** Renders the page at `key` (a canonical path and query). */
  render: (key: string) => Promise<RenderedAnswer>;
  /** How long a 404 is answered from memory (an unknown slug asked again costs the CMS nothing); 60 s. */
  notFoundTtlMs?: number;
  /** Renders running at once (misses, refreshes); more wait in a queue; 8. */
  maxConcurrentRenders?: number;
  /** Renders waiting for a slot; past that a miss is a 503 with Retry-After (a stored page is still served); 64. */
  maxQueuedRenders?: number;
  /** False: nothing is kept (every request is a miss, still shared and bounded): to measure misses. */
  store?: boolean;
  now?: () => number;
  onRenderError?: (key: string, error: unknown) => void;
};

/** Hop-by-hop and per-answer headers the store never keeps: it writes its own length, encoding and ETag. */
const DROPPED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag', 'vary', 'last-modified', 'x-powered-by']);
/** 404 answers kept in memory, bounded apart from the pages so a flood of unknown URLs cannot push pages out. */
const NOT_FOUND_STATUSES = new Set([404, 410]);

/** What a visitor gets when too many renders are already running and waiting: try again in a moment. */
export function busyAnswer(): RenderedAnswer {
  return {
    status: 503,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'retry-after': '5',
      'cache-control': 'no-store',
      'content-security-policy': NON_DOCUMENT_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    },
    body: Buffer.from('Hệ thống đang bận, xin thử lại sau giây lát. The site is busy, please try again in a moment.\n'),
  };
}

/** Below this size compressing costs more than it saves. */
const MIN_COMPRESSIBLE_BYTES = 256;
/**
 * Brotli quality 5: a miss is compressed before it is answered, so the quality is paid by the
 * visitor who waits. Measured on the 2-core machine: the 56 KB home page takes 17.6 ms at quality
 * 10 and 0.7 ms at 5 for 10 % more bytes (7.1 KB instead of 6.5 KB, still less than gzip's 7.7 KB);
 * the 1.6 MB sitemap of 10,000 articles 660 ms at 10 and 15 ms at 5.
 */
const BROTLI_QUALITY = 5;

/**
 * The site's page cache: canonical URL → the page's bytes in identity, gzip and brotli (compressed
 * once, when the page is stored), so a hit is a lookup and a write. Bounded in bytes (an LRU, one
 * page at most a quarter of it). Identical concurrent misses share one render (single-flight). A
 * page older than maxAgeMs is served at once and rendered again in the background; after a purge,
 * visitors wait for the new render at most renderTimeoutMs, then get the previous page; a render
 * that fails (5xx) never replaces a stored page. Only 200 answers without cookies and not marked
 * private or no-store are stored; a 404 is answered from memory for a minute (until a publish).
 * At most a few renders run at once: past a queue, a miss is a short 503 with Retry-After, so a
 * flood of distinct unknown URLs cannot pile work on the CMS, and stored pages keep being served.
 */
export function createPageCache(options: PageCacheOptions) {
  const now = options.now ?? Date.now;
  const pages = new LRUCache<string, CachedPage & { size: number }>({
    maxSize: options.maxBytes,
    maxEntrySize: Math.floor(options.maxBytes / 4),
    sizeCalculation: (page) => page.size,
  });
  const renders = new Map<string, Promise<PageAnswer>>();
  const notFoundTtlMs = options.notFoundTtlMs ?? 60_000;
  /** Recent 404s, with the purge generation they were rendered in (a publish may create the page). */
  const notFound = new LRUCache<string, { answer: RenderedAnswer; storedAt: number; generation: number }>({
    maxSize: Math.max(1, Math.floor(options.maxBytes / 16)),
    sizeCalculation: (entry) => entry.answer.body.length + 512,
  });
  const store = options.store !== false;
  const slots = renderSlots(options.maxConcurrentRenders ?? 8, options.maxQueuedRenders ?? 64);
  /** Bumped by every purge: a render that began before it stores its page already invalidated. */
  let generation = 0;
  let renderCount = 0;

  /** One render of `key` at a time; its answer stored when storable. */
  function renderOnce(key: string): Promise<PageAnswer> {
    const running = renders.get(key);
    if (running) return running;
    const startedIn = generation;
    renderCount += 1;
    const rendering = slots
      .acquire()
      .then(async (slot): Promise<PageAnswer> => {
        if (!slot) return { uncached: busyAnswer() };
        try {
          const answer = await options.render(key);
          if (!isStorable(answer)) {
            if (NOT_FOUND_STATUSES.has(answer.status)) {
              // A page that is gone (unpublished) must not be served from the store any more; the 404
              // itself is kept a short while, unless a publish happened while it was rendered.
              pages.delete(key);
              if (store && startedIn === generation && answer.headers['set-cookie'] === undefined) notFound.set(key, { answer, storedAt: now(), generation });
            } else if (answer.status >= 400 && answer.status < 500) {
              pages.delete(key);
            }
            return { uncached: answer };
          }
          const page = await cachedPageOf(answer, now());
          page.invalidated = startedIn !== generation;
          if (store) pages.set(key, page);
          notFound.delete(key);
          return { page };
        } finally {
          slots.release();
        }
      })
      .finally(() => renders.delete(key));
    renders.set(key, rendering);
    return rendering;
  }

  /** The answer for `key`: from the store when it can be, else from a (shared) render. */
  async function answer(key: string): Promise<PageAnswer> {
    const stored = pages.get(key);
    if (!stored) {
      const missing = notFound.get(key);
      if (missing && missing.generation === generation && now() - missing.storedAt < notFoundTtlMs) return { uncached: missing.answer };
      return renderOnce(key);
    }
    if (!stored.invalidated) {
      if (now() - stored.storedAt >= options.maxAgeMs) {
        renderOnce(key).catch((error) => options.onRenderError?.(key, error));
      }
      return { page: stored };
    }
    // Purged: the new render if it comes in time and succeeds, else the previous page.
    const fresh = await withTimeout(renderOnce(key), options.renderTimeoutMs).catch((error) => {
      options.onRenderError?.(key, error);
      return undefined;
    });
    if (!fresh) return { page: stored };
    if ('uncached' in fresh && fresh.uncached.status >= 500) return { page: stored };
    return fresh;
  }

  /**
   * Runs `work` (a render the cache must not store: search, a page for one visitor) in one of the
   * same render slots, so such requests cannot pile up renders either. Resolves false without
   * running it when every slot is taken and the queue is full.
   */
  async function throttled(work: () => Promise<unknown>): Promise<boolean> {
    if (!(await slots.acquire())) return false;
    try {
      await work();
      return true;
    } finally {
      slots.release();
    }
  }

  return {
    answer,
    throttled,
    /** Marks every stored page invalidated (after a publish); returns how many there were. */
    purge(): number {
      generation += 1;
      notFound.clear();
      for (const page of pages.values()) page.invalidated = true;
      return pages.size;
    },
    sizeInBytes: () => pages.calculatedSize,
    /** How many renders were started (for tests and diagnostics). */
    renderCount: () => renderCount,
    has: (key: string) => pages.has(key),
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

/**
 * At most `max` renders at once, at most `maxQueued` waiting: `acquire` resolves true with a slot
 * (call `release` when done), or false at once when the queue is full.
 */
function renderSlots(max: number, maxQueued: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return {
    acquire(): Promise<boolean> {
      if (active < max) {
        active += 1;
        return Promise.resolve(true);
      }
      if (waiting.length >= maxQueued) return Promise.resolve(false);
      return new Promise((resolve) => waiting.push(() => resolve(true)));
    },
    release(): void {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    },
  };
}

function isStorable(answer: RenderedAnswer): boolean {
  if (answer.status !== 200 || answer.headers['set-cookie'] !== undefined) return false;
  return !/\b(?:private|no-store)\b/i.test(answer.headers['cache-control'] ?? '');
}

async function cachedPageOf(answer: RenderedAnswer, storedAt: number): Promise<CachedPage & { size: number }> {
  const etag = `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 27)}"`;
  const common: Record<string, string> = { etag, vary: 'Accept-Encoding' };
  for (const [name, value] of Object.entries(answer.headers)) if (!DROPPED_HEADERS.has(name)) common[name] = value;
  const compressible = answer.body.length >= MIN_COMPRESSIBLE_BYTES;
  const [gzipped, brotli] = compressible
    ? await Promise.all([
        gzipAsync(answer.body, { level: 9 }),
        brotliAsync(answer.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: answer.body.length } }),
      ])
    : [undefined, undefined];
  const variant = (body: Buffer | undefined, encoding: ContentEncoding) =>
    body && (encoding === 'identity' || body.length < answer.body.length)
      ? { body, headers: { ...common, 'content-length': String(body.length), ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }) } }
      : undefined;
  const variants = { identity: variant(answer.body, 'identity'), gzip: variant(gzipped, 'gzip'), br: variant(brotli, 'br') };
  const headerBytes = Buffer.byteLength(JSON.stringify(common)) * 3;
  const size = headerBytes + Object.values(variants).reduce((sum, v) => sum + (v?.body.length ?? 0), 0);
  return { etag, storedAt, invalidated: false, variants, size };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
