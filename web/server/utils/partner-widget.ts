import type { H3Event } from 'h3';
import { vietnamDate } from '@lienhiep/vietnamese-text';
import type { WidgetArticlesQuery } from '#shared/graphql/generated/graphql';
import { routes } from '#shared/routes';

/**
 * Partners paste one stable URL (/widget/tin-moi.js): browsers and CDNs keep the script and its data
 * 5 minutes, then revalidate with the page cache's ETag (a 304 while nothing changed), so a publish
 * reaches partners' pages within 5 minutes.
 */
export const WIDGET_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600';

/** Readable from any origin (the widget's script and data, the partner API's schema), without credentials; loadable by pages that require CORP (COEP). */
export function setWidgetHeaders(event: H3Event, contentType: string): void {
  setResponseHeaders(event, {
    'Content-Type': contentType,
    'Cache-Control': WIDGET_CACHE_CONTROL,
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
}

export type WidgetItem = { title: string; url: string; date: string | null; dateLabel: string | null; image: string | null };
export type WidgetAnswer = { heading: string; moreUrl: string; items: WidgetItem[] };

const UNION = 'Liên hiệp Hội Lào Cai';

/** "2024-03-14T20:00:00Z" → "15/03/2024", the calendar date in Vietnam. */
function vietnamDateLabel(instant: string): string {
  return vietnamDate(instant).split('-').reverse().join('/');
}

/** The cover's small version (Strapi's `thumbnail` format) when there is one, as an absolute URL. */
function thumbnailUrl(cover: { url: string; formats?: unknown } | null | undefined, cmsPublicUrl: string): string | null {
  if (!cover) return null;
  const formats = cover.formats as { thumbnail?: { url?: unknown } } | null | undefined;
  const url = typeof formats?.thumbnail?.url === 'string' ? formats.thumbnail.url : cover.url;
  return /^https?:\/\//.test(url) ? url : `${cmsPublicUrl.replace(/\/$/, '')}${url}`;
}

/** The widget's JSON from the CMS's answer: absolute links to the portal, dates in Vietnamese. */
export function widgetAnswer(data: WidgetArticlesQuery, names: { association?: string; category?: string }, links: { siteUrl: string; cmsPublicUrl: string; morePath: string }): WidgetAnswer {
  const absolute = (path: string) => `${links.siteUrl.replace(/\/$/, '')}${path}`;
  return {
    heading: `Tin mới – ${names.association ?? names.category ?? UNION}`,
    moreUrl: absolute(links.morePath),
    items: data.articles
      .filter((article) => article !== null)
      .map((article) => ({
        title: article.title,
        url: absolute(routes.article(article.slug)),
        date: article.date ?? null,
        dateLabel: article.date ? vietnamDateLabel(article.date) : null,
        image: thumbnailUrl(article.cover, links.cmsPublicUrl),
      })),
  };
}
