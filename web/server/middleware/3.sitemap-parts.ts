import { sitemapPartNumber } from '#shared/routes';

/**
 * `/sitemap-N.xml`: part N of a sitemap split past 50,000 pages (server/utils/sitemap.ts), listed by
 * `/sitemap.xml`; a 404 when there is no such part. Answered here because Nitro's file routes cannot
 * name a parameter inside a segment, and the parts must sit at the site's root: a sitemap may only
 * list pages under its own directory. Served through the page cache like every page and feed.
 */
export default defineEventHandler(async (event) => {
  const part = sitemapPartNumber(event.path);
  if (part === null) return;
  const xml = renderSitemapFile(sitemapUrls(await loadSitemapDocuments()), useRuntimeConfig(event).public.siteUrl, part);
  if (xml === null) throw createError({ statusCode: 404, statusMessage: 'Không có phần sơ đồ trang này. No such sitemap part.' });
  setHeader(event, 'Content-Type', 'application/xml; charset=utf-8');
  return xml;
});
