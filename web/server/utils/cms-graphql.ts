import type { TypedDocumentString } from '#shared/graphql/generated/graphql';
import { absoluteUrl } from '#shared/routes';

/**
 * GraphQL for Nitro routes (feeds, sitemap, calendar files): one POST to the CMS per call, through
 * the same request as pages (shared/utils/cms-graphql-request.ts). Fails with a 503 when the CMS
 * is unreachable, failing or slow, and with a 400 when the CMS refuses the query as asked (HTTP 400
 * or a GraphQL validation / bad-input error).
 */
export async function cmsGraphql<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const { cmsUrl, revalidateSecret } = useRuntimeConfig();
  try {
    return await requestCmsGraphql<TData, TVariables>(`${cmsUrl}/graphql`, document, variables, siteServerHeaders(revalidateSecret));
  } catch (error) {
    console.error('[cms] GraphQL request failed:', (error as Error).message);
    if (error instanceof CmsRequestError && cmsFailureKind(error.failure) === 'client') {
      throw createError({ statusCode: 400, statusMessage: 'Yêu cầu không hợp lệ. Bad request.' });
    }
    throw createError({ statusCode: 503, statusMessage: 'CMS unavailable' });
  }
}

/** A path of the site (shared/routes.ts) as an absolute URL on the public site address (NUXT_PUBLIC_SITE_URL). */
export function absoluteSiteUrl(path: string): string {
  return absoluteUrl(useRuntimeConfig().public.siteUrl, path);
}
