import { ApolloClient, HttpLink, InMemoryCache, type NormalizedCacheObject } from '@apollo/client/core';

/**
 * The one GraphQL client. On the server a new client (and cache) is made for every request, so
 * nothing leaks between visitors; its cache goes to the browser in the Nuxt payload, where the
 * browser's client starts from it.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const config = useRuntimeConfig();
  const uri = import.meta.server ? `${config.cmsUrl}/graphql` : `${config.public.cmsPublicUrl}/graphql`;

  const cache = new InMemoryCache();
  if (import.meta.client && nuxtApp.payload.apolloCache) {
    cache.restore(nuxtApp.payload.apolloCache as NormalizedCacheObject);
  }

  const apollo = new ApolloClient({
    // A CMS that hangs must not hang the page: give up after 10 s (the page then shows the 503).
    link: new HttpLink({ uri, fetch: (input, init) => globalThis.fetch(input, { ...init, signal: AbortSignal.timeout(10_000) }) }),
    cache,
    ssrMode: import.meta.server,
    defaultOptions: { query: { fetchPolicy: import.meta.server ? 'network-only' : 'cache-first' } },
  });

  if (import.meta.server) {
    nuxtApp.hook('app:rendered', () => {
      nuxtApp.payload.apolloCache = apollo.cache.extract();
    });
  }

  return { provide: { apollo } };
});
