import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphqlRefusal } from './refusal';

/** Operations registered by clients (Apollo's automatic persisted queries); the oldest leaves first. */
const MAX_REGISTERED = 1_000;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const persistedQueryNotFound = () =>
  new GraphqlRefusal(
    'PERSISTED_QUERY_NOT_FOUND',
    'Máy chủ chưa biết truy vấn có mã băm này: hãy gửi lại kèm nội dung truy vấn. The server does not know a query with this hash: send it again with the query text.',
    200,
  );

const hashMismatch = () =>
  new GraphqlRefusal(
    'PERSISTED_QUERY_HASH_MISMATCH',
    'Mã băm sha256Hash không khớp với nội dung truy vấn. The sha256Hash does not match the query text.',
  );

const badExtension = () =>
  new GraphqlRefusal(
    'BAD_REQUEST',
    'extensions.persistedQuery phải có version 1 và sha256Hash gồm 64 ký tự hex. extensions.persistedQuery needs version 1 and a sha256Hash of 64 hex characters.',
  );

/** `extensions.persistedQuery` of a request (Apollo's APQ protocol): the hash it names, or undefined. */
export function persistedQueryHash(extensions: unknown): string | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as Record<string, unknown>).persistedQuery;
  if (persisted === undefined) return undefined;
  if (typeof persisted !== 'object' || persisted === null) throw badExtension();
  const { version, sha256Hash } = persisted as Record<string, unknown>;
  if (version !== 1 || typeof sha256Hash !== 'string' || !SHA256_HEX.test(sha256Hash.toLowerCase())) throw badExtension();
  return sha256Hash.toLowerCase();
}

/**
 * A manifest of operations known in advance (graphql-codegen's persisted documents: `{ hash: query }`),
 * read once at start. Only entries whose hash is the SHA-256 of their text are kept, so a manifest can
 * never make a hash run some other text.
 */
export function readPersistedManifest(file: string): Map<string, string> {
  const trusted = new Map<string, string>();
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null) return trusted;
  for (const [key, query] of Object.entries(parsed as Record<string, unknown>)) {
    // graphql-codegen writes `sha256:<hex>`; the APQ protocol sends the bare hex.
    const hash = key.toLowerCase().replace(/^sha256:/, '');
    if (typeof query === 'string' && sha256Hex(query) === hash) trusted.set(hash, query);
  }
  return trusted;
}

/**
 * hash → query text, for GraphQL requests that send only a hash. Two parts: the trusted operations
 * of a manifest (the site's own, never forgotten, so its first request never misses) and a bounded
 * store of operations clients registered by sending hash + query (least recently used leaves first).
 * Nothing is stored that the guard has not accepted: the caller registers after the checks.
 */
export function createPersistedQueries(trusted: ReadonlyMap<string, string>, maxRegistered = MAX_REGISTERED) {
  const registered = new Map<string, string>();
  return {
    get trustedCount() {
      return trusted.size;
    },
    /** The query text of a hash, or undefined when neither part knows it. */
    lookup(hash: string): string | undefined {
      const known = trusted.get(hash);
      if (known !== undefined) return known;
      const query = registered.get(hash);
      if (query !== undefined) {
        registered.delete(hash);
        registered.set(hash, query);
      }
      return query;
    },
    /** Refuses (400) a query whose hash is not its SHA-256. */
    verify(hash: string, query: string): void {
      if (sha256Hex(query) !== hash) throw hashMismatch();
    },
    register(hash: string, query: string): void {
      if (trusted.has(hash) || registered.has(hash)) return;
      if (registered.size >= maxRegistered) registered.delete(registered.keys().next().value as string);
      registered.set(hash, query);
    },
  };
}

export type PersistedQueries = ReturnType<typeof createPersistedQueries>;
