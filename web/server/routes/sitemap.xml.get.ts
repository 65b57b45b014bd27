import type { SitemapQuery as SitemapData } from '../../app/graphql/generated/graphql';
import { SitemapQuery } from '../utils/feed-queries';

type Entry = { path: string; lastmod?: string | null };

/** Every published page a search engine should know, from the CMS (drafts never reach it). */
export default defineEventHandler(async (event) => {
  const entries: Entry[] = ['/', '/tin-tuc', '/hoi-thanh-vien', '/su-kien', '/tri-thuc-tieu-bieu'].map((path) => ({ path }));
  const add = (nodes: ReadonlyArray<{ slug: string; updatedAt?: string | null; seo?: { noIndex?: boolean | null } | null } | null>, prefix: string) => {
    for (const node of nodes) if (node && !node.seo?.noIndex) entries.push({ path: `${prefix}${node.slug}`, lastmod: node.updatedAt });
  };
  for (let page = 1; ; page += 1) {
    const data: SitemapData = await cmsGraphql(SitemapQuery, { page });
    add(data.articles_connection?.nodes ?? [], '/tin-tuc/');
    add(data.events_connection?.nodes ?? [], '/su-kien/');
    add(data.associations_connection?.nodes ?? [], '/hoi-thanh-vien/');
    add(data.honoredIntellectuals_connection?.nodes ?? [], '/tri-thuc-tieu-bieu/');
    add(data.categories_connection?.nodes ?? [], '/tin-tuc/chuyen-muc/');
    add(data.tags_connection?.nodes ?? [], '/tin-tuc/the/');
    add(data.pages_connection?.nodes ?? [], '/');
    const pageCounts = [data.articles_connection, data.events_connection, data.associations_connection, data.honoredIntellectuals_connection, data.categories_connection, data.tags_connection, data.pages_connection]
      .map((connection) => connection?.pageInfo.pageCount ?? 0);
    if (page >= Math.max(...pageCounts)) break;
  }
  setHeader(event, 'Content-Type', 'application/xml; charset=utf-8');
  const urls = entries.map((entry) => `  <url><loc>${xmlEscape(absoluteSiteUrl(entry.path))}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
});
