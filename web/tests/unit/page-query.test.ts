import { vietnamToday } from '@lienhiep/vietnamese-text';
import { describe, expect, it } from 'vitest';
import { canonicalPagePath, canonicalPageQuery, isCachedCalendarMonth, pageQueryWithout, SEARCH_TYPES } from '#shared/utils/page-query';
import { SEARCH_TYPE_LABELS } from '~/utils/search-types';

const canonical = (path: string, search: string) => canonicalPageQuery(path, new URLSearchParams(search));
/** This month in Asia/Ho_Chi_Minh, as the calendar's ?thang= spells it. */
const thisMonth = vietnamToday().slice(0, 7);

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
    expect(canonical('/su-kien', `thang=${thisMonth}&xem=lich&trang=5`)).toEqual({ search: `?thang=${thisMonth}&xem=lich`, cacheable: true });
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

  it('caches calendar months near today only, so walking a century of months cannot evict real pages', () => {
    const now = new Date('2026-11-26T20:00:00Z'); // 27/11/2026 03:00 in Hà Nội
    expect(isCachedCalendarMonth('2026-11', now)).toBe(true);
    expect(isCachedCalendarMonth('2024-11', now)).toBe(true);
    expect(isCachedCalendarMonth('2024-10', now)).toBe(false);
    expect(isCachedCalendarMonth('2027-11', now)).toBe(true);
    expect(isCachedCalendarMonth('2027-12', now)).toBe(false);
    expect(isCachedCalendarMonth(null, now)).toBe(true);
    // 30/11/2026 17:30 UTC is already 01/12/2026 in Hà Nội: December 2027 is twelve months ahead there.
    expect(isCachedCalendarMonth('2027-12', new Date('2026-11-30T17:30:00Z'))).toBe(true);
    expect(canonical('/su-kien', 'xem=lich&thang=2003-02')).toEqual({ search: '?thang=2003-02&xem=lich', cacheable: false });
  });

  it('never caches pages filtered by free text', () => {
    expect(canonical('/hoi-thanh-vien', 'ten=%20y%20hoc%20')).toEqual({ search: '?ten=y+hoc', cacheable: false });
    expect(canonical('/tim-kiem', 'q=hoi+thao&utm_source=x').cacheable).toBe(false);
    expect(canonical('/tim-kiem', 'q=hoi+thao&utm_source=x').search).toBe('?q=hoi+thao');
  });

  it('knows every search type the search page offers', () => {
    expect([...SEARCH_TYPES].sort()).toEqual(Object.keys(SEARCH_TYPE_LABELS).sort());
    expect(canonical('/tim-kiem', 'loai=page&q=so+do').search).toBe('?loai=page&q=so+do');
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
