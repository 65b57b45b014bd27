import type { SitemapType } from '#shared/graphql/generated/graphql';
import { absoluteUrl, documentPath, routes, sitemapPartPath } from '#shared/routes';
import { xmlEscape } from '#shared/utils/xml-text';

/**
 * The sitemap (sitemaps.org protocol 0.9): `/sitemap.xml` lists every page when they are at most
 * SITEMAP_MAX_URLS; past that it is a sitemap index of `/sitemap-1.xml`, `/sitemap-2.xml`…, each
 * holding at most SITEMAP_MAX_URLS pages. Every URL has a <lastmod> (W3C datetime, UTC), taken
 * from the CMS: a document's last change, a listing's newest document. Pure functions: the routes
 * load the documents (server/utils/sitemap-source.ts) and send the text.
 */

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/** One type's published documents, as the CMS lists them: slugs[i] last changed at updatedAt[i]. */
export type SitemapDocuments = { type: SitemapType; slugs: readonly string[]; updatedAt: readonly string[] };

export type SitemapUrl = { path: string; lastmod: string | null };

/** The types of document the sitemap lists, in its order (each at its address in shared/routes.ts). */
export const SITEMAP_TYPES = ['article', 'event', 'association', 'honoredIntellectual', 'category', 'tag', 'page'] as const satisfies readonly SitemapType[];
// Compiles only while SITEMAP_TYPES names every SitemapType: a type the CMS adds cannot be left out of the sitemap unnoticed.
const _everySitemapTypeListed: Exclude<SitemapType, (typeof SITEMAP_TYPES)[number]> extends never ? true : false = true;

/** Listing pages, and the types whose newest document changes them (none named: every type, the home page). */
const LISTINGS: Array<{ path: string; types?: SitemapType[] }> = [
  { path: routes.home() },
  { path: routes.news(), types: ['article'] },
  { path: routes.associations(), types: ['association'] },
  { path: routes.events(), types: ['event'] },
  { path: routes.intellectuals(), types: ['honoredIntellectual'] },
];

/** A CMS DateTime as a W3C datetime to the second, in UTC (`2026-11-26T17:25:02Z`); null if it is not a date. */
export function w3cDatetime(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The newest of W3C datetimes in UTC (they compare as text), or null when there is none. */
function newest(values: Iterable<string | null>): string | null {
  let result: string | null = null;
  for (const value of values) if (value !== null && (result === null || value > result)) result = value;
  return result;
}

/** Every URL of the sitemap: the listings first, then each type's documents in the CMS's order. */
export function sitemapUrls(documents: readonly SitemapDocuments[]): SitemapUrl[] {
  const newestOf = new Map<SitemapType, string | null>();
  const urls: SitemapUrl[] = [];
  for (const { type, slugs, updatedAt } of documents) {
    let latest: string | null = null;
    slugs.forEach((slug, index) => {
      const lastmod = w3cDatetime(updatedAt[index] ?? '');
      if (lastmod !== null && (latest === null || lastmod > latest)) latest = lastmod;
      urls.push({ path: documentPath(type, slug), lastmod });
    });
    newestOf.set(type, newest([newestOf.get(type) ?? null, latest]));
  }
  const everything = newest(newestOf.values());
  const listings = LISTINGS.map(({ path, types }) => ({ path, lastmod: types ? (newest(types.map((type) => newestOf.get(type) ?? null)) ?? everything) : everything }));
  return [...listings, ...urls];
}

/** The sitemap files: one when the URLs fit in one, else consecutive parts of `maxUrls` each. */
export function splitSitemap(urls: readonly SitemapUrl[], maxUrls: number = SITEMAP_MAX_URLS): SitemapUrl[][] {
  const parts: SitemapUrl[][] = [];
  for (let start = 0; start < urls.length; start += maxUrls) parts.push(urls.slice(start, start + maxUrls));
  return parts.length > 0 ? parts : [[]];
}

const lastmodElement = (lastmod: string | null) => (lastmod ? `<lastmod>${lastmod}</lastmod>` : '');

/** A <urlset> of pages. */
export function renderUrlset(urls: readonly SitemapUrl[], siteUrl: string): string {
  const lines = urls.map((url) => `  <url><loc>${xmlEscape(absoluteUrl(siteUrl, url.path))}</loc>${lastmodElement(url.lastmod)}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.map((line) => `${line}\n`).join('')}</urlset>\n`;
}

/** A <sitemapindex> of the parts, each with its newest page's lastmod. */
export function renderSitemapIndex(parts: readonly (readonly SitemapUrl[])[], siteUrl: string): string {
  const lines = parts.map(
    (part, index) => `  <sitemap><loc>${xmlEscape(absoluteUrl(siteUrl, sitemapPartPath(index + 1)))}</loc>${lastmodElement(newest(part.map((url) => url.lastmod)))}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.map((line) => `${line}\n`).join('')}</sitemapindex>\n`;
}

/**
 * `/sitemap.xml`: the pages themselves when they fit in one file, else the index of the parts.
 * `/sitemap-N.xml`: part N of a split sitemap; null (a 404) when there is no such part, including
 * any part of a sitemap that fits in one file.
 */
export function renderSitemapFile(urls: readonly SitemapUrl[], siteUrl: string, part: number | null, maxUrls: number = SITEMAP_MAX_URLS): string | null {
  const parts = splitSitemap(urls, maxUrls);
  if (part === null) return parts.length === 1 ? renderUrlset(parts[0]!, siteUrl) : renderSitemapIndex(parts, siteUrl);
  if (parts.length === 1 || part < 1 || part > parts.length) return null;
  return renderUrlset(parts[part - 1]!, siteUrl);
}
