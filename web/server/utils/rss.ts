import type { FeedArticlesQuery } from '#shared/graphql/generated/graphql';
import { routes } from '#shared/routes';

/** RSS 2.0 of published articles, newest first. `path`: the feed's own path; `link`: the page the feed follows. */
export function renderRss(channel: { title: string; description: string; path: string; link: string }, articles: FeedArticlesQuery['articles']): string {
  const items = articles
    .filter((article) => article !== null)
    .map((article) => {
      const url = absoluteSiteUrl(routes.article(article.slug));
      return [
        '    <item>',
        `      <title>${xmlEscape(article.title)}</title>`,
        `      <link>${xmlEscape(url)}</link>`,
        `      <guid isPermaLink="true">${xmlEscape(url)}</guid>`,
        article.date ? `      <pubDate>${new Date(article.date).toUTCString()}</pubDate>` : '',
        `      <description>${xmlEscape(article.summary)}</description>`,
        article.category ? `      <category>${xmlEscape(article.category.name)}</category>` : '',
        article.author ? `      <dc:creator>${xmlEscape(article.author)}</dc:creator>` : '',
        '    </item>',
      ].filter(Boolean).join('\n');
    });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xmlEscape(channel.title)}</title>
    <link>${xmlEscape(absoluteSiteUrl(channel.link))}</link>
    <description>${xmlEscape(channel.description)}</description>
    <language>vi</language>
    <atom:link href="${xmlEscape(absoluteSiteUrl(channel.path))}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}
