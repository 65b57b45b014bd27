import { LatestArticlesQuery } from '~/graphql/latest-articles';

/** The newest published articles ("Tin mới"), newest first. */
export function useLatestArticles(limit = 12) {
  const { $apollo } = useNuxtApp();
  return useAsyncData(`latest-articles:${limit}`, async () => {
    const { data } = await $apollo.query({ query: LatestArticlesQuery, variables: { limit } });
    return (data?.articles ?? []).filter((article) => article !== null);
  });
}
