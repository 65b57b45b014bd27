import { CategoryQuery } from '#shared/graphql/news';
import { FeedArticlesQuery } from '#shared/graphql/feeds';
import { routes } from '#shared/routes';

/** One category's published news as RSS; 404 for an unknown category. */
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? '';
  const { categories } = await cmsGraphql(CategoryQuery, { slug });
  const category = categories[0];
  if (!category) throw createError({ statusCode: 404, statusMessage: 'Không có chuyên mục này' });
  const data = await cmsGraphql(FeedArticlesQuery, { filters: { category: { slug: { eq: slug } } }, limit: 30 });
  setHeader(event, 'Content-Type', 'application/rss+xml; charset=utf-8');
  return renderRss(
    { title: `${category.name} – Liên hiệp Hội Lào Cai`, description: category.description ?? `Tin bài chuyên mục ${category.name}.`, path: routes.categoryFeed(slug), link: routes.category(slug) },
    data.articles,
  );
});
