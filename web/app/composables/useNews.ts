import type { PreviewRead } from '#shared/utils/preview-token';
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

/** The news category with this slug, or null. */
export async function useCategory(slug: string) {
  const { data } = await useCmsQuery(`category:${slug}`, CategoryQuery, () => ({ slug }));
  return data.value.categories[0] ?? null;
}

/** The tag with this slug, or null. */
export async function useTag(slug: string) {
  const { data } = await useCmsQuery(`tag:${slug}`, TagQuery, () => ({ slug }));
  return data.value.tags[0] ?? null;
}

/** The published article with this slug (its draft, for a preview), with what its page shows around it, or null. */
export async function useArticle(slug: string, preview?: PreviewRead) {
  const { data } = await useCmsQuery(previewKey(`article:${slug}`, preview), ArticlePageQuery, () => ({ slug, status: previewStatus(preview) }), { preview });
  return data.value.articles[0] ?? null;
}
