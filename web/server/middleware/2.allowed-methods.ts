/** Routes that take something other than GET/HEAD, and which. Everything else on the site is read-only. */
const WRITE_ROUTES: Record<string, string[]> = { '/api/revalidate': ['POST'], '/api/visits': ['POST'] };

/** Pages, feeds and files answer GET and HEAD only; anything else is a 405 naming what is allowed. */
export default defineEventHandler((event) => {
  const path = event.path.split('?')[0] ?? '/';
  const allowed = ['GET', 'HEAD', ...(WRITE_ROUTES[path] ?? [])];
  if (allowed.includes(event.method)) return;
  setResponseStatus(event, 405, 'Method Not Allowed');
  setResponseHeaders(event, { Allow: allowed.join(', '), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  return 'Trang này chỉ cho phép đọc (GET, HEAD). This page only allows reading (GET, HEAD).\n';
});
