import { describe, expect, it } from 'vitest';
import { canonicalPagePath, canonicalPageQuery, pageQueryWithout, SEARCH_TYPES } from '#shared/utils/page-query';
import { SEARCH_TYPE_LABELS } from '~/utils/search-types';

const canonical = (path: string, search: string) => canonicalPageQuery(path, new URLSearchParams(search));

describe('canonicalPageQuery', () => {
  it('drops tracking and unknown parameters, so junk URLs share the page\'s cache entry', () => {
    expect(canonical('/', 'utm_source=zalo&utm_medium=social&fbclid=abc&gclid=x')).toEqual({ search: '', cacheable: true });
    expect(canonical('/robots.txt', 'x=2100')).toEqual({ search: '', cacheable: true });
    expect(canonical('/rss.xml', 'x=1')).toEqual({ search: '', cacheable: true });
    expect(canonical('/tin-tuc/bai-viet', 'trang=2')).toEqual({ search: '', cacheable: true });
    expect(canonical('/tin-tuc', 'utm_campaign=a&trang=3&x=1')).toEqual({ search: '?trang=3', cacheable: true });
  });

  it('keeps the parameters each list reads, in one order', () => {
    expect(canonical('/tin-tuc/chuyen-muc/hoat-dong', 'trang=2')).toEqual({ search: '?trang=2', cacheable: true });
    expect(canonical('/tin-tuc/the/stem', 'trang=4&a=b')).toEqual({ search: '?trang=4', cacheable: true });
    expect(canonical('/su-kien', 'trang=2&loai=workshop&thoi_gian=da-dien-ra')).toEqual({ search: '?loai=workshop&thoi_gian=da-dien-ra&trang=2', cacheable: true });
    expect(canonical('/su-kien', 'thang=2026-12&xem=lich&trang=5')).toEqual({ search: '?thang=2026-12&xem=lich', cacheable: true });
    expect(canonical('/hoi-thanh-vien', 'tinh_trang=active&linh_vuc=health')).toEqual({ search: '?linh_vuc=health&tinh_trang=active', cacheable: true });
    expect(canonical('/tin-tuc/_payload.json', 'trang=2&_b=build')).toEqual({ search: '?trang=2', cacheable: true });
  });

  it('treats unknown filter values and page 1 as the page without them', () => {
    expect(canonical('/tin-tuc', 'trang=1')).toEqual({ search: '', cacheable: true });
    expect(canonical('/su-kien', 'loai=khong-co&thoi_gian=x&xem=y')).toEqual({ search: '', cacheable: true });
    expect(canonical('/su-kien', 'xem=lich&thang=9999-99')).toEqual({ search: '?xem=lich', cacheable: true });
    expect(canonical('/hoi-thanh-vien', 'linh_vuc=abc&tinh_trang=1')).toEqual({ search: '', cacheable: true });
  });

  it('keeps a page number that is not one, so the page can answer 404', () => {
    expect(canonical('/tin-tuc', 'trang=2147483648')).toEqual({ search: '?trang=2147483648', cacheable: true });
  });

  it('never caches pages filtered by free text', () => {
    expect(canonical('/hoi-thanh-vien', 'ten=%20y%20hoc%20')).toEqual({ search: '?ten=y+hoc', cacheable: false });
    expect(canonical('/tim-kiem', 'q=hoi+thao&utm_source=x').cacheable).toBe(false);
    expect(canonical('/tim-kiem', 'q=hoi+thao&utm_source=x').search).toBe('?q=hoi+thao');
  });

  it('knows every search type the search page offers', () => {
    expect([...SEARCH_TYPES].sort()).toEqual(Object.keys(SEARCH_TYPE_LABELS).sort());
  });
});

describe('pageQueryWithout', () => {
  it('carries only what the list reads into its pagination links', () => {
    expect(pageQueryWithout('/su-kien', { loai: 'workshop', utm_source: 'x', trang: '2' }, 'trang')).toEqual({ loai: 'workshop' });
  });
});

describe('canonicalPagePath', () => {
  it('spells a path one way: lower case, unreserved escapes decoded, no trailing slash', () => {
    expect(canonicalPagePath('/Tin-Tuc/')).toBe('/tin-tuc');
    expect(canonicalPagePath('/tin-t%75c')).toBe('/tin-tuc');
    expect(canonicalPagePath('/tin-tuc/a%2fb')).toBe('/tin-tuc/a%2Fb');
    expect(canonicalPagePath('/')).toBe('/');
    expect(canonicalPagePath('//')).toBe('/');
  });

  it('never turns a path into another site\'s address', () => {
    expect(canonicalPagePath('//evil.example/')).toBe('/evil.example');
    expect(canonicalPagePath('/\\Evil.example')).toBe('/%5Cevil.example');
  });

  it('is stable, so the redirect to it never loops', () => {
    for (const path of ['//Evil.example/', '/\\x', '/TIN-TUC/', '/tin-tuc/a%2fb%25', '/x%', '/b%C3%A0i', '/%7Euser', '/']) {
      const once = canonicalPagePath(path);
      expect(canonicalPagePath(once)).toBe(once);
    }
  });
});
