import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * GraphQL for Nitro routes (feeds, sitemap, calendar files): one POST to the CMS per call.
 * Pages use the Apollo client plugin instead. Fails with a 503 when the CMS is unreachable, failing
 * or slow, and with a 400 when the CMS refuses the query as asked (HTTP 400 or a GraphQL
 * validation / bad-input error).
 */
export async function cmsGraphql<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const { cmsUrl } = useRuntimeConfig();
  let failure: CmsFailure;
  try {
    const response = await $fetch<{ data?: TData; errors?: Array<{ message: string }> }>(`${cmsUrl}/graphql`, {
      method: 'POST',
      body: { query: print(document), variables },
      timeout: 10000,
    });
    if (!response.errors?.length && response.data) return response.data;
    console.error('[cms] GraphQL errors:', response.errors?.[0]?.message ?? 'empty response');
    failure = { graphqlErrorCodes: graphqlErrorCodes(response) };
  } catch (error) {
    console.error('[cms] GraphQL request failed:', (error as Error).message);
    // $fetch's FetchError carries the CMS's answer: its status and parsed body.
    const answer = error as { statusCode?: number; data?: unknown };
    failure = { httpStatus: answer.statusCode, graphqlErrorCodes: graphqlErrorCodes(answer.data) };
  }
  if (cmsFailureKind(failure) === 'client') {
    throw createError({ statusCode: 400, statusMessage: 'Yêu cầu không hợp lệ. Bad request.' });
  }
  throw createError({ statusCode: 503, statusMessage: 'CMS unavailable' });
}

/** Text for XML 1.0 content and attributes: markup escaped, characters XML 1.0 forbids dropped (see xml-text.ts). */
export function xmlEscape(text: string): string {
  return withoutXmlForbiddenCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function absoluteSiteUrl(path: string): string {
  const { public: publicConfig } = useRuntimeConfig();
  return `${publicConfig.siteUrl.replace(/\/$/, '')}${path}`;
}
