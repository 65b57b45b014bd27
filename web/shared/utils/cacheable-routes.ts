import { isRoutePath, ROUTE_PATTERNS, sitemapPartNumber, type RouteName } from '../routes';

/**
 * Which of the site's routes (shared/routes.ts) the page cache (server/plugins/page-cache.ts) may
 * store and share between visitors. Every route says yes or no here: adding a route to the map
 * without deciding is a type error, and tests/unit/routes.test.ts makes every page file and server
 * route a route of the map. A path that is no route at all (`/xem-truoc/a/b`) is never stored.
 *
 * Say no for anything that depends on who is asking (sign-in, draft preview, a contributor's
 * drafts, visit counting): such a route is rendered for each request with the visitor's own
 * cookies and sent `private, no-store`. Query parameters are decided apart, per page (page-query.ts).
 */
export const ROUTE_CACHING = {
  home: true,
  page: true,
  news: true,
  article: true,
  category: true,
  tag: true,
  newsFeed: true,
  categoryFeed: true,
  events: true,
  event: true,
  eventCalendarFile: true,
  associations: true,
  association: true,
  intellectuals: true,
  intellectual: true,
  // Results depend on free text: never stored (page-query.ts says so too).
  search: false,
  sitemap: true,
  robots: true,
  // A contributor's own pages and the sign-in forms (CSRF cookie, session): rendered per request, private, no-store.
  signIn: false,
  signOut: false,
  contributorRequest: false,
  forgotPassword: false,
  resetPassword: false,
  contributorHome: false,
  contributorNewSubmission: false,
  contributorSubmission: false,
  contributorPassword: false,
  // The partners' widget: the same for everyone; partners' pages hit this cache, never the CMS.
  // The script's URL is stable (partners paste it once): short max-age, revalidated by ETag.
  widgetScript: true,
  widgetData: true,
  partnerSchema: true,
  // A draft preview (?token=…): rendered for each request, private, no-store, noindex (server/middleware/5.preview-page.ts).
  preview: false,
  // JPEG bytes, answered `immutable` (the URL names the file, its version and the focal point) and
  // kept by the route's own small cache: not worth compressing into the page cache.
  shareImage: false,
} as const satisfies Record<RouteName, boolean>;

/**
 * The route answering `pathname`: the most specific one. A static page (`page`, `/:slug`) is one
 * root segment that no other route names, so `/tim-kiem` is search and `/gioi-thieu` a page.
 */
export function routeOf(pathname: string): RouteName | undefined {
  let staticPage = false;
  for (const name of Object.keys(ROUTE_PATTERNS) as RouteName[]) {
    if (!isRoutePath(name, pathname)) continue;
    if (name !== 'page') return name;
    staticPage = true;
  }
  return staticPage ? 'page' : undefined;
}

/** True when the page at `pathname` (canonical, without the query) may be stored by the page cache. */
export function isCacheableRoute(pathname: string): boolean {
  if (sitemapPartNumber(pathname) !== null) return true; // the parts of a split sitemap, like /sitemap.xml
  const route = routeOf(pathname);
  return route !== undefined && ROUTE_CACHING[route];
}
