/**
 * Where everything the site shows lives: the one map from content to URL, for pages (app/) and
 * server routes (server/) alike. Cards, the menu, breadcrumbs, canonical URLs, JSON-LD, the sitemap,
 * the feeds, search results and calendar files ask it for their paths; none spells a path itself.
 *
 * The paths are Vietnamese, and so are the page files (app/pages) and server routes (server/routes)
 * that answer them, since Nuxt routes by file name: tests/unit/routes.test.ts checks that every route
 * here has its file and every file its route.
 *
 * A locale prefix (the coming English pages under /en) goes in one place: `siteRoutes(localePrefix)`.
 */

/** The query parameter of a list's page number: `?trang=2` (page 1 is the list without it). */
export const PAGE_PARAM = 'trang';

/**
 * Every route of the site. `:slug` stands for a document's slug: a Strapi uid (letters, digits and
 * `-_.~`), so it goes into a path as it is, with nothing to escape.
 */
export const ROUTE_PATTERNS = {
  home: '/',
  /** Static pages edited in the CMS: /gioi-thieu, /so-do-to-chuc, /lien-he… */
  page: '/:slug',
  news: '/tin-tuc',
  article: '/tin-tuc/:slug',
  category: '/tin-tuc/chuyen-muc/:slug',
  tag: '/tin-tuc/the/:slug',
  /** RSS of all news. */
  newsFeed: '/rss.xml',
  /** RSS of one category. */
  categoryFeed: '/tin-tuc/chuyen-muc/:slug/rss.xml',
  events: '/su-kien',
  event: '/su-kien/:slug',
  /** The event as an iCalendar file ("Thêm vào lịch"). */
  eventCalendarFile: '/su-kien/:slug/lich.ics',
  associations: '/hoi-thanh-vien',
  association: '/hoi-thanh-vien/:slug',
  intellectuals: '/tri-thuc-tieu-bieu',
  intellectual: '/tri-thuc-tieu-bieu/:slug',
  search: '/tim-kiem',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  /** Contributors of member associations (issue 9): sign-in and their own pages, never cached. */
  signIn: '/dang-nhap',
  signOut: '/dang-xuat',
  contributorRequest: '/dang-ky-cong-tac-vien',
  forgotPassword: '/quen-mat-khau',
  /** The link of the password e-mail: `?code=…`. */
  resetPassword: '/dat-lai-mat-khau',
  contributorHome: '/cong-tac-vien',
  contributorNewSubmission: '/cong-tac-vien/gui-tin',
  /** One of the contributor's own submissions, by the article's documentId. */
  contributorSubmission: '/cong-tac-vien/tin/:slug',
  contributorPassword: '/cong-tac-vien/doi-mat-khau',
  /** The news widget partners embed with one script tag (docs/partner-api.md), and the JSON it reads. */
  widgetScript: '/widget/tin-moi.js',
  widgetData: '/widget/tin-moi.json',
  /** The partner API's schema (SDL), the contract of docs/partner-api.md. */
  partnerSchema: '/api-doi-tac/schema.graphql',
  /**
   * A draft as it will look (the admin's "Open preview"): `?token=…`, signed by the CMS for one
   * document (cms/src/preview/preview-link.ts names this path too). Never cached, never indexed.
   */
  preview: '/xem-truoc',
  /** A share image (og:image) cropped to 1200 × 630 around its focal point (shared/utils/share-image.ts). */
  shareImage: '/anh-chia-se/:slug',
} as const;

export type RouteName = keyof typeof ROUTE_PATTERNS;

/** A route's path builder: it takes the slug when its pattern has one, nothing otherwise. */
type PathBuilder<Pattern extends string> = Pattern extends `${string}:slug${string}` ? (slug: string) => string : () => string;

export type SiteRoutes = { readonly [Name in RouteName]: PathBuilder<(typeof ROUTE_PATTERNS)[Name]> };

/** A path under the locale prefix; the home page is the prefix itself ('/en', never '/en/'). */
function localised(localePrefix: string, path: string): string {
  return localePrefix && path === '/' ? localePrefix : `${localePrefix}${path}`;
}

/** The paths of every route under `localePrefix` ('' for Vietnamese, the site's only language today). */
export function siteRoutes(localePrefix = ''): SiteRoutes {
  const builders = Object.fromEntries(
    Object.entries(ROUTE_PATTERNS).map(([name, pattern]) => [name, (slug?: string) => localised(localePrefix, pattern.replace(':slug', slug ?? ''))]),
  );
  // Object.fromEntries cannot keep each name's own signature; SiteRoutes states it (slug or none), and the test calls every builder.
  return builders as unknown as SiteRoutes;
}

/** The site's paths: `routes.article(slug)`, `routes.news()`… */
export const routes: SiteRoutes = siteRoutes();

const routeMatchers = new Map<string, RegExp>();

/** Whether `path` (no query, no trailing slash) is one of route `name`'s paths: `:slug` is one segment. */
export function isRoutePath(name: RouteName, path: string, localePrefix = ''): boolean {
  const key = `${localePrefix} ${name}`;
  let matcher = routeMatchers.get(key);
  if (!matcher) {
    const [before, after] = localised(localePrefix, ROUTE_PATTERNS[name]).split(':slug').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    matcher = new RegExp(after === undefined ? `^${before}$` : `^${before}[^/]+${after}$`);
    routeMatchers.set(key, matcher);
  }
  return matcher.test(path);
}

/**
 * `/sitemap-N.xml`, part N (from 1) of a sitemap split past 50,000 pages: at the site's root (a
 * sitemap lists only pages under its own directory), answered by server/middleware/3.sitemap-parts.ts
 * since a file route cannot name a parameter inside a segment.
 */
export function sitemapPartPath(number: number): string {
  return `/sitemap-${number}.xml`;
}

/** The part number of a `/sitemap-N.xml` path (N from 1, no leading zero), else null. */
export function sitemapPartNumber(path: string): number | null {
  const match = /^\/sitemap-([1-9]\d{0,5})\.xml$/.exec(path);
  return match ? Number(match[1]) : null;
}

/** A list's path at page `page`: `/tin-tuc?trang=2`; page 1 is the list's own path. */
export function pagedPath(path: string, page: number): string {
  return page > 1 ? `${path}?${PAGE_PARAM}=${page}` : path;
}

/**
 * The document types of the CMS, as its GraphQL API names them (SitemapType, SearchType), and the
 * route of one document of each type.
 */
export const DOCUMENT_ROUTES = {
  article: 'article',
  event: 'event',
  association: 'association',
  honoredIntellectual: 'intellectual',
  category: 'category',
  tag: 'tag',
  page: 'page',
} as const satisfies Record<string, RouteName>;

export type DocumentType = keyof typeof DOCUMENT_ROUTES;

/** Where a document of the CMS lives on the site: `documentPath('event', 'hoi-thao')` is `/su-kien/hoi-thao`. */
export function documentPath(type: DocumentType, slug: string): string {
  return routes[DOCUMENT_ROUTES[type]](slug);
}

/** A path of the site as an absolute URL on `siteUrl` (NUXT_PUBLIC_SITE_URL, with or without a trailing slash). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/$/, '')}${path}`;
}
