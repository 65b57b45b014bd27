import { describe, expect, it } from 'vitest';
import {
  renderSitemapFile,
  SITEMAP_MAX_URLS,
  sitemapUrls,
  splitSitemap,
  w3cDatetime,
  type SitemapDocuments,
  type SitemapUrl,
} from '../../server/utils/sitemap';
import { sitemapPartNumber } from '#shared/routes';

const SITE = 'https://lienhiep.example.vn';

const documents: SitemapDocuments[] = [
  { type: 'article', slugs: ['bai-mot', 'bai-hai'], updatedAt: ['2026-03-01T08:00:00.123Z', '2026-05-02T09:30:00.000Z'] },
  { type: 'event', slugs: ['hoi-thao'], updatedAt: ['2026-04-10T00:00:00.000Z'] },
  { type: 'association', slugs: [], updatedAt: [] },
  { type: 'honoredIntellectual', slugs: ['nguyen-van-a'], updatedAt: ['2025-12-31T23:59:59.999Z'] },
  { type: 'category', slugs: ['tin-hoat-dong'], updatedAt: ['2026-01-01T00:00:00.000Z'] },
  { type: 'tag', slugs: ['chuyen-doi-so'], updatedAt: ['2026-02-01T00:00:00.000Z'] },
  { type: 'page', slugs: ['gioi-thieu'], updatedAt: ['2026-06-01T00:00:00.000Z'] },
];

/** The <url> entries of a urlset as [loc, lastmod] pairs. */
function entriesOf(xml: string): Array<[string, string | undefined]> {
  return [...xml.matchAll(/<url><loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?<\/url>/g)].map((match) => [match[1]!, match[2]]);
}

/** `count` URLs, the i-th changed on day i of 2026. */
function manyUrls(count: number): SitemapUrl[] {
  return Array.from({ length: count }, (_, index) => ({ path: `/tin-tuc/bai-${index + 1}`, lastmod: new Date(Date.UTC(2026, 0, index + 1)).toISOString().replace('.000Z', 'Z') }));
}

describe('sitemapUrls', () => {
  const urls = sitemapUrls(documents);

  it('lists the listings first, then every document at its address on the site, in the CMS order', () => {
    expect(urls.map((url) => url.path)).toEqual([
      '/',
      '/tin-tuc',
      '/hoi-thanh-vien',
      '/su-kien',
      '/tri-thuc-tieu-bieu',
      '/tin-tuc/bai-mot',
      '/tin-tuc/bai-hai',
      '/su-kien/hoi-thao',
      '/tri-thuc-tieu-bieu/nguyen-van-a',
      '/tin-tuc/chuyen-muc/tin-hoat-dong',
      '/tin-tuc/the/chuyen-doi-so',
      '/gioi-thieu',
    ]);
  });

  it("gives every URL a W3C datetime lastmod: a document's last change, a listing's newest document", () => {
    const lastmod = Object.fromEntries(urls.map((url) => [url.path, url.lastmod]));
    expect(lastmod['/tin-tuc/bai-mot']).toBe('2026-03-01T08:00:00Z');
    expect(lastmod['/tin-tuc']).toBe('2026-05-02T09:30:00Z');
    expect(lastmod['/su-kien']).toBe('2026-04-10T00:00:00Z');
    expect(lastmod['/tri-thuc-tieu-bieu']).toBe('2025-12-31T23:59:59Z');
    // The home page shows every type: its newest document of all.
    expect(lastmod['/']).toBe('2026-06-01T00:00:00Z');
    // No association is published: the listing falls back to the newest change of the site.
    expect(lastmod['/hoi-thanh-vien']).toBe('2026-06-01T00:00:00Z');
    for (const url of urls) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('reads dates as dates, never passing on text that is not one', () => {
    expect(w3cDatetime('2026-11-26T17:25:02.020Z')).toBe('2026-11-26T17:25:02Z');
    expect(w3cDatetime('2026-11-26T17:25:02+07:00')).toBe('2026-11-26T10:25:02Z');
    expect(w3cDatetime('</lastmod><script>')).toBeNull();
  });
});

describe('renderSitemapFile', () => {
  it('is one urlset with a <lastmod> in every <url> when the pages fit in one file', () => {
    const urls = sitemapUrls(documents);
    const xml = renderSitemapFile(urls, SITE, null)!;
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
    const entries = entriesOf(xml);
    expect(entries).toHaveLength(urls.length);
    expect(entries[0]).toEqual([`${SITE}/`, '2026-06-01T00:00:00Z']);
    expect(entries).toContainEqual([`${SITE}/tin-tuc/chuyen-muc/tin-hoat-dong`, '2026-01-01T00:00:00Z']);
    for (const [, lastmod] of entries) expect(lastmod).toBeDefined();
    // No part of an unsplit sitemap exists.
    expect(renderSitemapFile(urls, SITE, 1)).toBeNull();
  });

  it('escapes markup and drops characters XML 1.0 forbids, in addresses too', () => {
    const xml = renderSitemapFile([{ path: '/tin-tuc/a&b<c>"\'\u000Bd', lastmod: '2026-01-01T00:00:00Z' }], 'https://x.example/?a=1&b=2', null)!;
    expect(entriesOf(xml)[0]![0]).toBe('https://x.example/?a=1&amp;b=2/tin-tuc/a&amp;b&lt;c&gt;&quot;&apos;d');
    expect(xml).not.toContain('\u000B');
  });

  it('keeps exactly the limit in one urlset and becomes an index one URL past it', () => {
    expect(renderSitemapFile(manyUrls(5), SITE, null, 5)).toContain('<urlset');
    const index = renderSitemapFile(manyUrls(6), SITE, null, 5)!;
    expect(index).toMatch(/<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    expect(index).not.toContain('<urlset');
  });

  it('past the limit, indexes parts of at most the limit each, with the newest lastmod of each part', () => {
    const urls = manyUrls(12);
    const index = renderSitemapFile(urls, SITE, null, 5)!;
    const parts = [...index.matchAll(/<sitemap><loc>([^<]*)<\/loc><lastmod>([^<]*)<\/lastmod><\/sitemap>/g)].map((match) => [match[1], match[2]]);
    expect(parts).toEqual([
      [`${SITE}/sitemap-1.xml`, '2026-01-05T00:00:00Z'],
      [`${SITE}/sitemap-2.xml`, '2026-01-10T00:00:00Z'],
      [`${SITE}/sitemap-3.xml`, '2026-01-12T00:00:00Z'],
    ]);
    const listed = [1, 2, 3].flatMap((part) => entriesOf(renderSitemapFile(urls, SITE, part, 5)!).map(([loc]) => loc));
    expect(listed).toEqual(urls.map((url) => `${SITE}${url.path}`));
    expect(entriesOf(renderSitemapFile(urls, SITE, 3, 5)!)).toEqual([
      [`${SITE}/tin-tuc/bai-11`, '2026-01-11T00:00:00Z'],
      [`${SITE}/tin-tuc/bai-12`, '2026-01-12T00:00:00Z'],
    ]);
    expect(renderSitemapFile(urls, SITE, 4, 5)).toBeNull();
    expect(renderSitemapFile(urls, SITE, 0, 5)).toBeNull();
  });

  it('splits at the protocol limit of 50,000 URLs by default', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    const parts = splitSitemap(manyUrls(50_001));
    expect(parts.map((part) => part.length)).toEqual([50_000, 1]);
    expect(splitSitemap(manyUrls(50_000))).toHaveLength(1);
  });
});

describe('sitemapPartNumber', () => {
  it('reads /sitemap-N.xml with N from 1 and nothing else', () => {
    expect(sitemapPartNumber('/sitemap-1.xml')).toBe(1);
    expect(sitemapPartNumber('/sitemap-12.xml')).toBe(12);
    for (const path of ['/sitemap.xml', '/sitemap-0.xml', '/sitemap-01.xml', '/sitemap-1.xml/', '/sitemap-1.xml?x=1', '/sitemap-a.xml', '/tin-tuc/sitemap-1.xml', '/sitemap-1234567.xml']) {
      expect(sitemapPartNumber(path)).toBeNull();
    }
  });
});
