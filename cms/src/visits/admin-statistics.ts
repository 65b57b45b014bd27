import type { Core } from '@strapi/strapi';
import { addDays, vietnamDate } from '@lienhiep/vietnamese-text';
import { mostReadFromDay } from './most-read';
import type { VisitStore } from './visit-store';

/** The staff chart's days: the last 30 Vietnam days, today included. */
export const CHART_DAYS = 30;
/** Articles in the staff's "most read this week" list. */
export const STAFF_MOST_READ = 10;

/** One article of the staff's list: its current title (the draft, as editors see it) and whether it is published. */
export type StaffArticleReads = { documentId: string; title: string; published: boolean; readers: number };

/** What the admin homepage widget shows (GET /admin/visitor-statistics). */
export type VisitorStatistics = {
  /** Vietnam days, oldest first, every day listed (0 when nobody came). */
  days: Array<{ day: string; visitors: number }>;
  /** The last 7 days' most read articles (as "Đọc nhiều" on the site), drafts and unpublished ones included, deleted ones left out. */
  mostRead: StaffArticleReads[];
  mostReadFrom: string;
  today: string;
};

/** The figures behind the staff's widget, read from the counter's store at `now`. */
export async function visitorStatistics(strapi: Core.Strapi, store: VisitStore, now: Date): Promise<VisitorStatistics> {
  const today = vietnamDate(now);
  const from = mostReadFromDay(today);
  const [days, reads] = await Promise.all([store.dailyVisitors(addDays(today, -(CHART_DAYS - 1)), today), store.mostRead(from, STAFF_MOST_READ)]);
  // Staff see every version: the query engine, not the Document Service that serves the public.
  const rows =
    reads.length === 0
      ? []
      : ((await strapi.db.query('api::article.article').findMany({
          select: ['documentId', 'title', 'publishedAt'],
          where: { documentId: { $in: reads.map((read) => read.articleDocumentId) } },
        })) as Array<{ documentId: string; title: string; publishedAt: unknown }>);
  const articles = new Map<string, { title: string; published: boolean }>();
  for (const row of rows) {
    const article = articles.get(row.documentId) ?? { title: row.title, published: false };
    if (row.publishedAt == null) article.title = row.title; // the draft holds the title as editors last saved it
    else article.published = true;
    articles.set(row.documentId, article);
  }
  const mostRead = reads.flatMap((read) => {
    const article = articles.get(read.articleDocumentId);
    return article ? [{ documentId: read.articleDocumentId, title: article.title, published: article.published, readers: read.readers }] : [];
  });
  return { days, mostRead, mostReadFrom: from, today };
}

/**
 * `GET /admin/visitor-statistics`: an admin route (Strapi's `admin` router type: the admin panel's
 * own sign-in, a 401 for anyone else), declared by the app itself through `strapi.server.routes`,
 * as Strapi's admin declares its own; the admin homepage widget (src/admin/visitor-statistics) reads it.
 */
export function registerVisitorStatisticsRoute(strapi: Core.Strapi, store: () => VisitStore): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin',
    routes: [
      {
        method: 'GET',
        path: '/visitor-statistics',
        info: {},
        handler: async (ctx) => {
          ctx.set('Cache-Control', 'no-store');
          ctx.body = await visitorStatistics(strapi, store(), new Date());
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
}
