import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, DOCUMENT_ROUTES, documentPath, isRoutePath, pagedPath, ROUTE_PATTERNS, routes, siteRoutes, type DocumentType, type RouteName } from '#shared/routes';

const webDir = join(import.meta.dirname, '..', '..');

/** Every file under `dir`, as a path relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * The route a file answers, as Nuxt and Nitro read its name: `tin-tuc/[slug].vue` is
 * `/tin-tuc/:slug`, `tin-tuc/index.vue` is `/tin-tuc`, `su-kien/[slug]/lich.ics.get.ts` is
 * `/su-kien/:slug/lich.ics`. Any parameter reads as `:slug`, the only one the map knows.
 */
function routeOfFile(file: string): string {
  const path = `/${file}`
    .replace(/\.(get\.)?ts$|\.vue$/, '')
    .replace(/\/index$/, '')
    .replace(/\[[^\]]+\]/g, ':slug');
  return path || '/';
}

const ROUTE_NAMES = Object.keys(ROUTE_PATTERNS) as RouteName[];
/** Calls a route's builder whatever its signature (a slug or none): the argument is ignored when there is no slug. */
const build = (name: RouteName, slug: string, map = routes) => (map[name] as (slug: string) => string)(slug);

describe('routes', () => {
  it('gives each kind of content its Vietnamese address', () => {
    expect(routes.home()).toBe('/');
    expect(routes.page('gioi-thieu')).toBe('/gioi-thieu');
    expect(routes.news()).toBe('/tin-tuc');
    expect(routes.article('hoi-thao-khoa-hoc')).toBe('/tin-tuc/hoi-thao-khoa-hoc');
    expect(routes.category('hoat-dong')).toBe('/tin-tuc/chuyen-muc/hoat-dong');
    expect(routes.tag('chuyen-doi-so')).toBe('/tin-tuc/the/chuyen-doi-so');
    expect(routes.newsFeed()).toBe('/rss.xml');
    expect(routes.categoryFeed('hoat-dong')).toBe('/tin-tuc/chuyen-muc/hoat-dong/rss.xml');
    expect(routes.events()).toBe('/su-kien');
    expect(routes.event('hoi-nghi')).toBe('/su-kien/hoi-nghi');
    expect(routes.eventCalendarFile('hoi-nghi')).toBe('/su-kien/hoi-nghi/lich.ics');
    expect(routes.associations()).toBe('/hoi-thanh-vien');
    expect(routes.association('hoi-tin-hoc')).toBe('/hoi-thanh-vien/hoi-tin-hoc');
    expect(routes.intellectuals()).toBe('/tri-thuc-tieu-bieu');
    expect(routes.intellectual('nguyen-van-a')).toBe('/tri-thuc-tieu-bieu/nguyen-van-a');
    expect(routes.search()).toBe('/tim-kiem');
    expect(routes.sitemap()).toBe('/sitemap.xml');
    expect(routes.robots()).toBe('/robots.txt');
  });

  it('builds every path from its own pattern, the slug in place of :slug', () => {
    for (const name of ROUTE_NAMES) expect(build(name, 'mot-slug'), name).toBe(ROUTE_PATTERNS[name].replace(':slug', 'mot-slug'));
  });

  it('puts every path under a locale prefix given in one place', () => {
    const english = siteRoutes('/en');
    expect(english.home()).toBe('/en');
    expect(english.article('a')).toBe('/en/tin-tuc/a');
    for (const name of ROUTE_NAMES) expect(build(name, 'x', english), name).toBe(name === 'home' ? '/en' : `/en${build(name, 'x')}`);
  });

  it('numbers list pages with ?trang=, page 1 being the list itself', () => {
    expect(pagedPath(routes.news(), 1)).toBe('/tin-tuc');
    expect(pagedPath(routes.news(), 2)).toBe('/tin-tuc?trang=2');
    expect(pagedPath(routes.category('hoat-dong'), 12)).toBe('/tin-tuc/chuyen-muc/hoat-dong?trang=12');
  });

  it("places a CMS document by its type, as the sitemap and search results name types", () => {
    const expected: Record<DocumentType, string> = {
      article: '/tin-tuc/s',
      event: '/su-kien/s',
      association: '/hoi-thanh-vien/s',
      honoredIntellectual: '/tri-thuc-tieu-bieu/s',
      category: '/tin-tuc/chuyen-muc/s',
      tag: '/tin-tuc/the/s',
      page: '/s',
    };
    for (const type of Object.keys(DOCUMENT_ROUTES) as DocumentType[]) expect(documentPath(type, 's'), type).toBe(expected[type]);
  });

  it('tells which route a path belongs to, one segment per slug', () => {
    expect(isRoutePath('news', '/tin-tuc')).toBe(true);
    expect(isRoutePath('news', '/tin-tuc/a')).toBe(false);
    expect(isRoutePath('category', '/tin-tuc/chuyen-muc/hoat-dong')).toBe(true);
    expect(isRoutePath('category', '/tin-tuc/chuyen-muc/hoat-dong/rss.xml')).toBe(false);
    expect(isRoutePath('category', '/tin-tuc/chuyen-muc')).toBe(false);
    expect(isRoutePath('tag', '/tin-tuc/chuyen-muc/hoat-dong')).toBe(false);
    expect(isRoutePath('categoryFeed', '/tin-tuc/chuyen-muc/hoat-dong/rss.xml')).toBe(true);
    // The dot is a dot, not any character.
    expect(isRoutePath('newsFeed', '/rss.xml')).toBe(true);
    expect(isRoutePath('newsFeed', '/rssxxml')).toBe(false);
    expect(isRoutePath('home', '/')).toBe(true);
    expect(isRoutePath('home', '/en', '/en')).toBe(true);
    expect(isRoutePath('news', '/en/tin-tuc', '/en')).toBe(true);
    expect(isRoutePath('news', '/tin-tuc', '/en')).toBe(false);
  });

  it('makes absolute URLs on the site address, with or without its trailing slash', () => {
    expect(absoluteUrl('https://lienhiep.example.vn', '/tin-tuc/a')).toBe('https://lienhiep.example.vn/tin-tuc/a');
    expect(absoluteUrl('https://lienhiep.example.vn/', '/tin-tuc/a')).toBe('https://lienhiep.example.vn/tin-tuc/a');
  });
});

describe('routes and the files that answer them', () => {
  const pageRoutes = filesUnder(join(webDir, 'app', 'pages')).map(routeOfFile);
  const serverRoutes = filesUnder(join(webDir, 'server', 'routes')).map(routeOfFile);

  it('reads file names as Nuxt and Nitro route them', () => {
    expect(routeOfFile('index.vue')).toBe('/');
    expect(routeOfFile('[slug].vue')).toBe('/:slug');
    expect(routeOfFile('tin-tuc/index.vue')).toBe('/tin-tuc');
    expect(routeOfFile('tin-tuc/chuyen-muc/[slug].vue')).toBe('/tin-tuc/chuyen-muc/:slug');
    expect(routeOfFile('su-kien/[slug]/lich.ics.get.ts')).toBe('/su-kien/:slug/lich.ics');
    expect(routeOfFile('rss.xml.get.ts')).toBe('/rss.xml');
  });

  it('has a page file or a server route for every route of the map, and a route in the map for every page file and server route', () => {
    expect([...pageRoutes, ...serverRoutes].sort()).toEqual(Object.values(ROUTE_PATTERNS).sort());
  });

  it('answers no address with both a page and a server route', () => {
    expect(pageRoutes.filter((route) => serverRoutes.includes(route))).toEqual([]);
  });
});
