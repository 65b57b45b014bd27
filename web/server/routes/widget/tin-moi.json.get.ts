import { WidgetArticlesQuery } from '#shared/graphql/widget';
import { routes } from '#shared/routes';
import { parseWidgetQuery } from '#shared/utils/widget-query';

/**
 * The data of the partners' news widget (widget/tin-moi.js): the latest N published news of the
 * union, or of one association (`hoi`) and/or one category (`chuyen-muc`). Served from the page cache
 * (shared/utils/cacheable-routes.ts), so partners' pages cost the CMS one query per purge, not per view.
 */
export default defineEventHandler(async (event) => {
  setWidgetHeaders(event, 'application/json; charset=utf-8');
  const parsed = parseWidgetQuery(new URLSearchParams(getRequestURL(event).search));
  if (!parsed.ok) {
    setResponseStatus(event, 400, 'Bad Request');
    setResponseHeader(event, 'Cache-Control', 'no-store');
    return { error: parsed.message };
  }
  const { count, association, category } = parsed.query;
  const data = await cmsGraphql(WidgetArticlesQuery, {
    filters: {
      ...(association ? { associations: { slug: { eq: association } } } : {}),
      ...(category ? { category: { slug: { eq: category } } } : {}),
    },
    limit: count,
    association: association ?? '',
    withAssociation: association !== null,
    category: category ?? '',
    withCategory: category !== null,
  });
  const associationName = data.associations?.[0]?.name;
  const categoryName = data.categories?.[0]?.name;
  if ((association && !associationName) || (category && !categoryName)) {
    setResponseStatus(event, 404, 'Not Found');
    return { error: 'Không có hội hoặc chuyên mục này. No such association or category.' };
  }
  const { public: publicConfig } = useRuntimeConfig(event);
  const morePath = association ? routes.association(association) : category ? routes.category(category) : routes.news();
  return widgetAnswer(data, { association: associationName, category: categoryName }, { siteUrl: publicConfig.siteUrl, cmsPublicUrl: publicConfig.cmsPublicUrl, morePath });
});
