/** Routes that take something other than GET/HEAD, and which. Everything else on the site is read-only. */
const WRITE_ROUTES: Record<string, string[]> = { '/api/revalidate': ['POST'], '/api/visits': ['POST'] };
/** Read from partners' pages (shared/routes.ts widget*): a CORS preflight (OPTIONS) is answered too. */
const CROSS_ORIGIN_ROUTES = new Set<string>(['widgetScript', 'widgetData', 'partnerSchema']);

/**
 * Pages, feeds and files answer GET and HEAD only; anything else is a 405 naming what is allowed. The
 * contributor forms (utils/contributor-pages.ts) POST to their own page.
 */
export default defineEventHandler((event) => {
  const path = event.path.split('?')[0] ?? '/';
  const route = routeOf(path);
  const allowed = ['GET', 'HEAD', ...(WRITE_ROUTES[path] ?? []), ...(route && CONTRIBUTOR_FORM_ROUTES.has(route) ? ['POST'] : [])];
  if (allowed.includes(event.method)) return;
  if (event.method === 'OPTIONS' && route && CROSS_ORIGIN_ROUTES.has(route)) {
    setResponseStatus(event, 204, 'No Content');
    setResponseHeaders(event, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Max-Age': '86400', Allow: 'GET, HEAD, OPTIONS' });
    return '';
  }
  setResponseStatus(event, 405, 'Method Not Allowed');
  setResponseHeaders(event, { Allow: allowed.join(', '), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  if (allowed.includes('POST')) return 'Trang này chỉ cho phép đọc và gửi biểu mẫu (GET, HEAD, POST). This page only allows reading and sending its form (GET, HEAD, POST).\n';
  return 'Trang này chỉ cho phép đọc (GET, HEAD). This page only allows reading (GET, HEAD).\n';
});
