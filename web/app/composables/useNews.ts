import type { ArticleFiltersInput } from '~/graphql/generated/graphql';
import { ArticlePageQuery, CategoryQuery, NewsPageQuery, TagQuery } from '~/graphql/news';

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

/** An article and its page's side column (latest news, coming events: "now" to the hour, as the home page). */
export function useArticle(slug: string) {
  const now = useCurrentHour();
  return useCmsQuery(`article:${slug}`, ArticlePageQuery, () => ({ slug, now }));
}
