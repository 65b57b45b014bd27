import type { CmsFailure } from './cms-failure';

/** A GraphQL error as the CMS sends it. */
export type CmsGraphqlError = { message: string; extensions?: { code?: unknown } };

/** The CMS did not answer a GraphQL request with data: what it said (for cmsFailureKind) and its errors. */
export class CmsRequestError extends Error {
  constructor(
    readonly failure: CmsFailure,
    readonly errors: CmsGraphqlError[] = [],
  ) {
    super(errors[0]?.message ?? `CMS request failed (${failure.httpStatus ?? 'no answer'})`);
  }
}

/** How long a page or feed waits for the CMS: a CMS that hangs must not hang the site (it answers 503). */
export const CMS_TIMEOUT_MS = 10_000;

/**
 * One GraphQL operation (`document`: the generated operation, a String with its persisted hash in `__meta__`) sent to `endpoint` by the
 * site's GraphQL client (cms-apollo-client.ts). Apollo Client is loaded on first use: a page rendered
 * on the server hands its data to the browser in the Nuxt payload, so the browser only loads the
 * client when the visitor navigates to another page. Resolves with the data; rejects with a
 * CmsRequestError when the CMS refuses, fails, answers with errors or does not answer in time.
 */
export async function requestCmsGraphql<TData, TVariables>(
  endpoint: string,
  document: { toString(): string; __meta__?: Record<string, unknown> },
  variables: TVariables,
  headers: Record<string, string> = {},
): Promise<TData> {
  const { queryWithApollo } = await import('./cms-apollo-client');
  return queryWithApollo<TData, TVariables>(endpoint, document.toString(), variables, headers, document.__meta__);
}

/**
 * The header that tells the CMS a request comes from the site's own server (the secret both share,
 * NUXT_REVALIDATE_SECRET = REVALIDATE_SECRET): the CMS's rate limits, meant for partners and
 * visitors, do not count the site, which serves every visitor. Server side only: never send it from a browser.
 */
export function siteServerHeaders(secret: string | undefined): Record<string, string> {
  return secret ? { 'x-site-secret': secret } : {};
}

/**
 * The header that carries a draft preview's token to the CMS (cms/src/preview): the CMS reads that
 * one document's draft for a valid, unexpired token, and never keeps such an answer in its HTTP cache.
 */
export function previewHeaders(token: string): Record<string, string> {
  return { 'x-preview-token': token };
}
