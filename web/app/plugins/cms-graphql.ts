import type { TypedDocumentString } from '~/graphql/generated/graphql';

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
  const cmsQuery = <TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables: TVariables): Promise<TData> =>
    requestCmsGraphql<TData, TVariables>(endpoint, document, variables);
  return { provide: { cmsQuery } };
});
