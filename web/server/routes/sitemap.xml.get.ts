/** Every published page a search engine may index (drafts never reach it); an index of parts past 50,000 pages (server/utils/sitemap.ts). */
export default defineEventHandler(async (event) => {
  const xml = renderSitemapFile(sitemapUrls(await loadSitemapDocuments()), useRuntimeConfig(event).public.siteUrl, null)!;
  setHeader(event, 'Content-Type', 'application/xml; charset=utf-8');
  return xml;
});
