/**
 * The parameters of the partners' news widget data (/widget/tin-moi.json): `so-tin` (how many news,
 * 1 to 20, 5 when absent), `hoi` (an association's slug) and `chuyen-muc` (a category's slug). Read
 * the same way by the canonical URL (page-query.ts, so the page cache keys on them) and by the route.
 */
export const WIDGET_DEFAULT_COUNT = 5;
export const WIDGET_MAX_COUNT = 20;

export type WidgetQuery = { count: number; association: string | null; category: string | null };

export type WidgetQueryResult = { ok: true; query: WidgetQuery } | { ok: false; message: string };

/** A Strapi uid as the CMS makes them: lower-case letters, digits and `-_.~`, bounded. */
const SLUG = /^[a-z0-9][a-z0-9\-_.~]{0,99}$/;

export function parseWidgetQuery(params: URLSearchParams): WidgetQueryResult {
  const rawCount = params.get('so-tin');
  let count = WIDGET_DEFAULT_COUNT;
  if (rawCount !== null && rawCount !== '') {
    if (!/^\d{1,2}$/.test(rawCount) || Number(rawCount) < 1 || Number(rawCount) > WIDGET_MAX_COUNT) {
      return { ok: false, message: `Số tin (so-tin) phải là số nguyên từ 1 đến ${WIDGET_MAX_COUNT}. The number of news (so-tin) must be a whole number from 1 to ${WIDGET_MAX_COUNT}.` };
    }
    count = Number(rawCount);
  }
  const slug = (name: string, label: string): string | null | { message: string } => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    return SLUG.test(value) ? value : { message: `Mã ${label} (${name}) không hợp lệ. The ${name} slug is not valid.` };
  };
  const association = slug('hoi', 'hội');
  if (association !== null && typeof association === 'object') return { ok: false, message: association.message };
  const category = slug('chuyen-muc', 'chuyên mục');
  if (category !== null && typeof category === 'object') return { ok: false, message: category.message };
  return { ok: true, query: { count, association, category } };
}

/** The canonical parameters of a valid query (the default count left out), in one order. */
export function widgetQueryParams(query: WidgetQuery): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  if (query.association) params.push(['hoi', query.association]);
  if (query.category) params.push(['chuyen-muc', query.category]);
  if (query.count !== WIDGET_DEFAULT_COUNT) params.push(['so-tin', String(query.count)]);
  return params;
}
