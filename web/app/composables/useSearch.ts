import type { SearchQuery as SearchQueryResult, SearchType } from '#shared/graphql/generated/graphql';
import { SearchQuery } from '#shared/graphql/search';

type SearchOutcome = { kind: 'results'; page: NonNullable<SearchQueryResult['search']> } | { kind: 'invalid'; message: string } | null;

/**
 * One search over news, events, associations and intellectuals, run by the CMS (diacritics
 * optional): the page of results; or, when the CMS refuses the query as asked, its explanation
 * (in Vietnamese, the visitor's to fix); or `error` when it could not search at all.
 */
export async function useSearch(query: Ref<string>, type: Ref<SearchType | null>, page: Ref<number>) {
  const { $cmsQuery } = useNuxtApp();
  const { data, error } = await useAsyncData(
    () => `search:${query.value}:${type.value ?? ''}:${page.value}`,
    async (): Promise<SearchOutcome> => {
      if (!query.value) return null;
      try {
        const result = await $cmsQuery(SearchQuery, { query: query.value, types: type.value ? [type.value] : null, page: page.value });
        return result.search ? { kind: 'results', page: result.search } : null;
      } catch (failure) {
        if (failure instanceof CmsRequestError && failure.errors[0]?.extensions?.code === 'BAD_USER_INPUT') {
          return { kind: 'invalid', message: failure.errors[0].message };
        }
        throw failure;
      }
    },
    { watch: [query, type, page] },
  );
  return {
    results: computed(() => (data.value?.kind === 'results' ? data.value.page : null)),
    invalid: computed(() => (data.value?.kind === 'invalid' ? data.value.message : null)),
    error,
  };
}
