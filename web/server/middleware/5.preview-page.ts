/** The preview page's answers, whatever renders them: the page, or Nitro's error page (which says `no-cache` on a 404). */
const PREVIEW_CACHE_CONTROL = 'private, no-store';

/**
 * The draft preview page (app/pages/xem-truoc.vue, route `preview`): never indexed (X-Robots-Tag, and
 * the page's own robots meta), never kept by any cache (private, no-store, its 404 included; the page
 * cache never stores nor serves it: shared/utils/cacheable-routes.ts), and framed by the CMS's admin
 * (its preview panel) only: the page's CSP says `frame-ancestors` the CMS
 * (plugins/content-security-policy.ts), so the blanket X-Frame-Options: DENY is dropped here. Every
 * other page keeps both.
 */
export default defineEventHandler((event) => {
  if (!isPreviewPath(event.path)) return;
  const response = event.node.res;
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? PREVIEW_CACHE_CONTROL : value);
  setResponseHeaders(event, { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': PREVIEW_CACHE_CONTROL });
  removeResponseHeader(event, 'X-Frame-Options');
});
