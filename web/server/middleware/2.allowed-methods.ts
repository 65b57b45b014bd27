/** Routes that take something other than GET/HEAD, and which. Everything else on the site is read-only. */
const WRITE_ROUTES: Record<string, string[]> = { '/api/revalidate': ['POST'], '/api/visits': ['POST'] };

/**
 * Pages, feeds and files answer GET and HEAD only; anything else is a 405 naming what is allowed. The
 * contributor forms (utils/contributor-pages.ts) POST to their own page.
 */
export default defineEventHandler((event) => {
  const path = event.path.split('?')[0] ?? '/';
  const route = routeOf(path);
  const allowed = ['GET', 'HEAD', ...(WRITE_ROUTES[path] ?? []), ...(route && CONTRIBUTOR_FORM_ROUTES.has(route) ? ['POST'] : [])];
  if (allowed.includes(event.method)) return;
  setResponseStatus(event, 405, 'Method Not Allowed');
  setResponseHeaders(event, { Allow: allowed.join(', '), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  if (allowed.includes('POST')) return 'Trang này chỉ cho phép đọc và gửi biểu mẫu (GET, HEAD, POST). This page only allows reading and sending its form (GET, HEAD, POST).\n';
  return 'Trang này chỉ cho phép đọc (GET, HEAD). This page only allows reading (GET, HEAD).\n';
});
