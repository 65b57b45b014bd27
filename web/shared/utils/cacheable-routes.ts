/**
 * The routes the site's page cache (server/plugins/page-cache.ts) may store and share between
 * visitors. Opt-in: a route not listed here (sign-in, draft preview, visit counting, anything added
 * later) is rendered for each request with the visitor's own cookies and sent `private, no-store`,
 * until someone decides it may be shared and lists it. `:name` stands for one path segment, or the
 * rest of one. Query parameters are decided apart, per page (page-query.ts).
 */
export const CACHEABLE_ROUTES = [
  '/',
  '/tin-tuc',
  '/tin-tuc/:slug',
  '/tin-tuc/chuyen-muc/:slug',
  '/tin-tuc/chuyen-muc/:slug/rss.xml',
  '/tin-tuc/the/:slug',
  '/su-kien',
  '/su-kien/:slug',
  '/su-kien/:slug/lich.ics',
  '/hoi-thanh-vien',
  '/hoi-thanh-vien/:slug',
  '/tri-thuc-tieu-bieu',
  '/tri-thuc-tieu-bieu/:slug',
  // Static pages (app/pages/[slug].vue) by name: a root-level pattern would also take every page
  // added at the root later (/dang-nhap). A static page an editor adds is served uncached until listed.
  '/gioi-thieu',
  '/so-do-to-chuc',
  '/chuc-nang-nhiem-vu',
  '/lien-he',
  '/rss.xml',
  '/sitemap.xml',
  '/sitemap-:part.xml',
  '/robots.txt',
  // Not /tim-kiem: search results depend on free text and are never cached (page-query.ts).
] as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CACHEABLE_PATTERNS = CACHEABLE_ROUTES.map(
  (route) => new RegExp(`^${route.split(/(:[a-z]+)/).map((part) => (part.startsWith(':') ? '[^/]+?' : escapeRegExp(part))).join('')}$`),
);

/** True when the page at `pathname` (canonical, without the query) may be stored by the page cache. */
export function isCacheableRoute(pathname: string): boolean {
  return CACHEABLE_PATTERNS.some((pattern) => pattern.test(pathname));
}
