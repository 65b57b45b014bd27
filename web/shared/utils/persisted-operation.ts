import { CMS_TIMEOUT_MS } from './cms-graphql-request';

/**
 * The site's operations are generated with their SHA-256 (graphql-codegen's persisted documents,
 * `persistedDocuments: true` in codegen.ts): `document.__meta__.hash`.
 * The CMS registers the same manifest at start (cms/config/security.ts, GRAPHQL_PERSISTED_MANIFEST),
 * so the site sends the hash and never the query text. `meta`: the generated document's `__meta__`.
 */
export function persistedHashOf(meta: Record<string, unknown> | undefined): string | undefined {
  const hash = meta?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : undefined;
}

/** The JSON body Apollo's HttpLink built, with the query text replaced by `extensions.persistedQuery` (Apollo's APQ protocol). */
export function hashOnlyBody(body: string, sha256Hash: string): string {
  const { query: _text, ...rest } = JSON.parse(body) as Record<string, unknown> & { extensions?: Record<string, unknown> };
  return JSON.stringify({ ...rest, extensions: { ...rest.extensions, persistedQuery: { version: 1, sha256Hash } } });
}

/** A miss answer is a few hundred bytes; a bigger answer is never read twice. */
const MISS_ANSWER_MAX_BYTES = 2_000;

async function isPersistedMiss(response: Response): Promise<boolean> {
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  if (!response.ok || !(length <= MISS_ANSWER_MAX_BYTES)) return false;
  try {
    const answer = (await response.clone().json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return answer.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;
  } catch {
    return false;
  }
}

/**
 * The `fetch` of the site's Apollo link: at most CMS_TIMEOUT_MS for the whole request (a CMS that
 * hangs must not hang the page); with a hash, the operation goes as the hash alone, and only when the
 * CMS does not know it (a CMS started without the site's manifest) is the text sent once more.
 */
export function cmsFetch(sha256Hash: string | undefined): typeof fetch {
  return async (input, init) => {
    const timed = { ...init, signal: AbortSignal.timeout(CMS_TIMEOUT_MS) };
    if (!sha256Hash || typeof init?.body !== 'string') return globalThis.fetch(input, timed);
    const response = await globalThis.fetch(input, { ...timed, body: hashOnlyBody(init.body, sha256Hash) });
    if (!(await isPersistedMiss(response))) return response;
    return globalThis.fetch(input, timed);
  };
}
