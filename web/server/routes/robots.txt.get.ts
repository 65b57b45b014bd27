/** Everything public may be indexed; search results may not. */
export default defineEventHandler((event) => {
  setHeader(event, 'Content-Type', 'text/plain; charset=utf-8');
  return `User-agent: *\nAllow: /\nDisallow: /tim-kiem\n\nSitemap: ${absoluteSiteUrl('/sitemap.xml')}\n`;
});
