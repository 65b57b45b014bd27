import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { createEvent } from 'h3';
import { describe, expect, it } from 'vitest';
import { ROUTE_PATTERNS } from '#shared/routes';
import { isCacheableRoute, ROUTE_CACHING, routeOf } from '#shared/utils/cacheable-routes';
import { canonicaliseRequest } from '../../server/utils/canonical-request';

/** What the page cache is told about a request: canonicaliseRequest runs first for every request (server/plugins/page-cache.ts). */
function pageCacheable(url: string): boolean | undefined {
  const request = new IncomingMessage(new Socket());
  request.method = 'GET';
  request.url = url;
  const event = createEvent(request, new ServerResponse(request));
  expect(canonicaliseRequest(event)).toBeUndefined();
  return event.context.pageCacheable;
}

const LISTED = [
  '/',
  '/tin-tuc',
  '/tin-tuc?trang=2',
  '/tin-tuc/lien-hiep-hoi-tong-ket-nam-2026',
  '/tin-tuc/chuyen-muc/hoat-dong-lien-hiep',
  '/tin-tuc/chuyen-muc/hoat-dong-lien-hiep/rss.xml',
  '/tin-tuc/the/chuyen-doi-so?utm_source=zalo',
  '/su-kien',
  '/su-kien/hoi-thao-khoa-hoc',
  '/su-kien/hoi-thao-khoa-hoc/lich.ics',
  '/hoi-thanh-vien',
  '/hoi-thanh-vien/hoi-y-hoc-tinh-lao-cai',
  '/tri-thuc-tieu-bieu',
  '/tri-thuc-tieu-bieu/nguyen-van-a',
  '/gioi-thieu',
  '/so-do-to-chuc',
  '/chuc-nang-nhiem-vu',
  '/lien-he',
  '/rss.xml',
  '/sitemap.xml',
  '/sitemap-2.xml',
  '/robots.txt?x=1',
];

/**
 * Paths no route of the map answers (routes to come: preview, a contributor's drafts, English
 * pages), and search, the one route whose answer depends on free text.
 */
const UNLISTED = [
  '/xem-truoc/tin-tuc/abc123?token=ky-ten',
  '/xem-truoc/abc123',
  '/cong-tac-vien/bai-viet',
  '/en/news/some-article',
  '/tin-tuc/bai-viet/sua',
  '/su-kien/hoi-thao/dang-ky',
  '/tim-kiem',
];

describe('cache rules by opt-in', () => {
  it.each(LISTED)('stores %s', (url) => {
    expect(pageCacheable(url)).toBe(true);
  });

  it.each(UNLISTED)('never stores %s, no route or not a shared one', (url) => {
    expect(pageCacheable(url)).toBe(false);
  });

  it('never stores a listed page that depends on free text', () => {
    expect(pageCacheable('/hoi-thanh-vien?ten=y+hoc')).toBe(false);
    expect(pageCacheable('/tim-kiem?q=hoi+thao')).toBe(false);
    expect(pageCacheable('/tim-kiem')).toBe(false);
  });

  it('leaves API routes and built assets to Nitro, never to the page cache', () => {
    expect(pageCacheable('/api/revalidate')).toBeUndefined();
    expect(pageCacheable('/_nuxt/entry.js')).toBeUndefined();
  });

  it('a parameter stands for one path segment, never for several', () => {
    expect(isCacheableRoute('/tin-tuc/a/b')).toBe(false);
    expect(isCacheableRoute('/sitemap-1/x.xml')).toBe(false);
    expect(isCacheableRoute('/su-kien//lich.ics')).toBe(false);
  });

  it('decides for every route of the map (a route added without a decision is a type error too)', () => {
    expect(Object.keys(ROUTE_CACHING).sort()).toEqual(Object.keys(ROUTE_PATTERNS).sort());
  });

  it('gives a root path to the route that names it before the static pages', () => {
    expect(routeOf('/tim-kiem')).toBe('search');
    expect(routeOf('/rss.xml')).toBe('newsFeed');
    expect(routeOf('/tin-tuc')).toBe('news');
    // A page an editor adds later is a static page, stored like the others; an unknown one is a 404 kept a minute.
    expect(routeOf('/trang-moi-cua-bien-tap-vien')).toBe('page');
    expect(pageCacheable('/trang-moi-cua-bien-tap-vien')).toBe(true);
    expect(routeOf('/xem-truoc/abc123')).toBeUndefined();
  });
});

describe('the contributor pages', () => {
  it('are never stored: sign-in, account request, passwords, a contributor\'s own pages', () => {
    for (const path of ['/dang-nhap', '/dang-xuat', '/dang-ky-cong-tac-vien', '/quen-mat-khau', '/dat-lai-mat-khau', '/cong-tac-vien', '/cong-tac-vien/gui-tin', '/cong-tac-vien/tin/abc123', '/cong-tac-vien/doi-mat-khau']) {
      expect(routeOf(path), path).not.toBe('page');
      expect(isCacheableRoute(path), path).toBe(false);
    }
  });
});
