import type { TypedDocumentString } from '#shared/graphql/generated/graphql';

/**
 * `$cmsQuery`: runs an operation through the site's one GraphQL client (Apollo Client, see
 * shared/utils/cms-apollo-client.ts) against the CMS, on the server: built pages ship no Nuxt client
 * (nuxt.config.ts, features.noScripts), so browsers never query the CMS. Only under `nuxt dev`, which
 * keeps the client for hot reload, does the browser navigate with it. A fresh client per query, so
 * nothing can leak between visitors on the server.
 */
export default defineNuxtPlugin(() => {
  const config = useRuntimeConfig();
  const endpoint = import.meta.server ? `${config.cmsUrl}/graphql` : `${config.public.cmsPublicUrl}/graphql`;
  // The site's own server is not counted by the CMS's rate limits (the browser, under nuxt dev only, is).
  const headers = import.meta.server ? siteServerHeaders(config.revalidateSecret) : {};
  /**
   * `shared`: an answer every page shares (settings, menu), kept on the server until the next publish.
   * `previewToken`: a draft preview's token (app/pages/xem-truoc.vue), sent to the CMS as X-Preview-Token;
   * such an answer is never shared.
   */
  const cmsQuery = <TData, TVariables>(
    document: TypedDocumentString<TData, TVariables>,
    variables: TVariables,
    options: { shared?: boolean; previewToken?: string } = {},
  ): Promise<TData> => {
    const requestHeaders = options.previewToken ? { ...headers, ...previewHeaders(options.previewToken) } : headers;
    const request = () => requestCmsGraphql<TData, TVariables>(endpoint, document, variables, requestHeaders);
    return import.meta.server && options.shared && !options.previewToken ? sharedCmsAnswer(`${document.toString()}\u0000${JSON.stringify(variables)}`, request) : request();
  };
  return { provide: { cmsQuery } };
});
