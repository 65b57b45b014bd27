import type { ArticleFiltersInput } from '#shared/graphql/generated/graphql';
import { ArticlePageQuery, CategoryQuery, NewsPageQuery, TagQuery } from '#shared/graphql/news';

export const NEWS_PAGE_SIZE = 12;

/** One page of published news, newest first, optionally narrowed (category, tag, association…). */
export function useNewsPage(key: string, page: Ref<number>, filters: ArticleFiltersInput = {}) {
  return useCmsQuery(
    () => `news:${key}:${page.value}`,
    NewsPageQuery,
    () => ({ filters, page: page.value, pageSize: NEWS_PAGE_SIZE }),
    { watch: [page] },
  );
}

export function useCategory(slug: string) {
  return useCmsQuery(`category:${slug}`, CategoryQuery, () => ({ slug }));
}

export function useTag(slug: string) {
  return useCmsQuery(`tag:${slug}`, TagQuery, () => ({ slug }));
}

export function useArticle(slug: string) {
  return useCmsQuery(`article:${slug}`, ArticlePageQuery, () => ({ slug }));
}
