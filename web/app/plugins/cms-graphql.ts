import type { TypedDocumentString } from '~/graphql/generated/graphql';

/**
 * The one GraphQL client: a POST of the operation's text to the CMS. No client-side cache and no
 * GraphQL library in the browser: a server-rendered page hands its data to the browser once, in
 * the Nuxt payload (useAsyncData); the browser only asks the CMS itself when the visitor
 * navigates to another page. Stateless, so nothing can leak between visitors on the server.
 */
export default defineNuxtPlugin(() => {
  const config = useRuntimeConfig();
  const endpoint = import.meta.server ? `${config.cmsUrl}/graphql` : `${config.public.cmsPublicUrl}/graphql`;
  const cmsQuery = <TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables: TVariables): Promise<TData> =>
    requestCmsGraphql<TData, TVariables>(endpoint, document, variables);
  return { provide: { cmsQuery } };
});
