import { FeedArticlesQuery } from '#shared/graphql/feeds';
import { routes } from '#shared/routes';

/** All published news as RSS. */
export default defineEventHandler(async (event) => {
  const data = await cmsGraphql(FeedArticlesQuery, { filters: {}, limit: 30 });
  setHeader(event, 'Content-Type', 'application/rss+xml; charset=utf-8');
  return renderRss(
    { title: 'Tin tức – Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai', description: 'Tin mới của Liên hiệp Hội Lào Cai và các hội thành viên.', path: routes.newsFeed(), link: routes.home() },
    data.articles,
  );
});
