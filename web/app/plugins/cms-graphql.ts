import type { TypedDocumentString } from '~/graphql/generated/graphql';

/**
 * `$cmsQuery`: runs an operation through the site's one GraphQL client (Apollo Client, see
 * shared/utils/cms-apollo-client.ts) against the CMS. A server-rendered page hands its data to the
 * browser once, in the Nuxt payload (useAsyncData); the browser loads the client and asks the CMS
 * itself only when the visitor navigates to another page. A fresh client per query, so nothing can
 * leak between visitors on the server.
 */
export default defineNuxtPlugin(() => {
  const config = useRuntimeConfig();
  const endpoint = import.meta.server ? `${config.cmsUrl}/graphql` : `${config.public.cmsPublicUrl}/graphql`;
  const cmsQuery = <TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables: TVariables): Promise<TData> =>
    requestCmsGraphql<TData, TVariables>(endpoint, document, variables);
  return { provide: { cmsQuery } };
});
