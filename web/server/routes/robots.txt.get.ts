import { routes } from '#shared/routes';

/** Everything public may be indexed; search results may not. */
export default defineEventHandler((event) => {
  setHeader(event, 'Content-Type', 'text/plain; charset=utf-8');
  return `User-agent: *\nAllow: /\nDisallow: ${routes.search()}\n\nSitemap: ${absoluteSiteUrl(routes.sitemap())}\n`;
});
