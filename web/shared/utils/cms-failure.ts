/**
 * Whose fault a failed CMS request is. The visitor's (a query the CMS refuses: HTTP 400, or a
 * GraphQL validation / bad-input error, with status 200 or 400) becomes a 4xx page; only an
 * unreachable, failing or slow CMS is the "CMS down" 503.
 */
export type CmsFailureKind = 'client' | 'unavailable';

/** GraphQL error codes (Apollo Server, Strapi) that mean the request itself was refused. */
const CLIENT_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']);

/** HTTP statuses that say the request was refused as asked (not: auth misconfigured, rate limited, timed out). */
const CLIENT_HTTP_STATUSES = new Set([400, 413, 414, 422, 431]);

export type CmsFailure = { httpStatus?: number | null; graphqlErrorCodes?: ReadonlyArray<unknown> };

export function cmsFailureKind(failure: CmsFailure): CmsFailureKind {
  const codes = failure.graphqlErrorCodes ?? [];
  if (codes.some((code) => typeof code === 'string' && CLIENT_ERROR_CODES.has(code))) return 'client';
  if (failure.httpStatus && CLIENT_HTTP_STATUSES.has(failure.httpStatus)) return 'client';
  return 'unavailable';
}

/** The error codes in a GraphQL response body ({ errors: [{ extensions: { code } }] }), whatever its shape. */
export function graphqlErrorCodes(body: unknown): unknown[] {
  if (typeof body === 'string') {
    try {
      return graphqlErrorCodes(JSON.parse(body));
    } catch {
      return [];
    }
  }
  const errors = body && typeof body === 'object' && 'errors' in body ? (body as { errors: unknown }).errors : null;
  if (!Array.isArray(errors)) return [];
  return errors.map((error: unknown) => (error && typeof error === 'object' && 'extensions' in error ? (error as { extensions?: { code?: unknown } }).extensions?.code : undefined));
}
