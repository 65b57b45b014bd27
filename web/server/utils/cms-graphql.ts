import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * GraphQL for Nitro routes (feeds, sitemap, calendar files): one POST to the CMS per call.
 * Pages use the Apollo client plugin instead. Fails with a 503 when the CMS is unreachable.
 */
export async function cmsGraphql<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const { cmsUrl } = useRuntimeConfig();
  try {
    const response = await $fetch<{ data?: TData; errors?: Array<{ message: string }> }>(`${cmsUrl}/graphql`, {
      method: 'POST',
      body: { query: print(document), variables },
      timeout: 10000,
    });
    if (response.errors?.length || !response.data) throw new Error(response.errors?.[0]?.message ?? 'empty response');
    return response.data;
  } catch (error) {
    console.error('[cms] GraphQL request failed:', (error as Error).message);
    throw createError({ statusCode: 503, statusMessage: 'CMS unavailable' });
  }
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function absoluteSiteUrl(path: string): string {
  const { public: publicConfig } = useRuntimeConfig();
  return `${publicConfig.siteUrl.replace(/\/$/, '')}${path}`;
}
