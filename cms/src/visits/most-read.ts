import type { Core } from '@strapi/strapi';
import { addDays, vietnamDate } from '@lienhiep/vietnamese-text';
import type { ArticleReads, VisitStore } from './visit-store';

/** "Đọc nhiều" counts the reads of the last 7 Vietnam days, today included. */
export const MOST_READ_DAYS = 7;
/** The most articles one `mostReadArticles` asks for. */
export const MAX_MOST_READ_LIMIT = 20;
/**
 * Ranked articles kept in the memo: more than the largest list, so articles unpublished since the
 * ranking can be left out and the list still filled.
 */
const RANKED_CANDIDATES = 50;
/** How long a ranking is served from memory (MOST_READ_MEMO_SECONDS, default 5 minutes). */
export const MOST_READ_MEMO_MS = 5 * 60_000;

/** The first day of the "Đọc nhiều" window ending on `today` (yyyy-mm-dd, Vietnam days). */
export function mostReadFromDay(today: string): string {
  return addDays(today, -(MOST_READ_DAYS - 1));
}

/**
 * The ranking behind "Đọc nhiều": articles by distinct readers (summed per Vietnam day: a visitor
 * is a visitor of one day, see ./visitor-id.ts) over the last 7 days, computed from the counter's
 * rows at most once per `memoMs` and shared by every request in between.
 */
export function createMostReadRanking(store: VisitStore, { memoMs = MOST_READ_MEMO_MS, clock = () => new Date() } = {}) {
  let memo: { at: number; ranking: Promise<ArticleReads[]> } | undefined;
  return (): Promise<ArticleReads[]> => {
    const now = clock();
    if (!memo || now.getTime() - memo.at >= memoMs) {
      const ranking = store.mostRead(mostReadFromDay(vietnamDate(now)), RANKED_CANDIDATES);
      memo = { at: now.getTime(), ranking };
      ranking.catch(() => {
        if (memo?.ranking === ranking) memo = undefined;
      });
    }
    return memo.ranking;
  };
}

export type MostReadRanking = ReturnType<typeof createMostReadRanking>;

/**
 * The `limit` most read articles, published versions only, in read order: the memoised ranking, then
 * one read of the ranked documents' published versions (an article unpublished or deleted since it
 * was read is left out at once, whatever the memo's age). Fewer, or none, when few were read.
 */
export async function mostReadPublishedArticles(strapi: Core.Strapi, ranking: MostReadRanking, limit: number) {
  const ranked = await ranking();
  if (ranked.length === 0) return [];
  const published = await strapi.documents('api::article.article').findMany({
    filters: { documentId: { $in: ranked.map((entry) => entry.articleDocumentId) } },
    status: 'published',
    limit: ranked.length,
  });
  const byId = new Map(published.map((article) => [article.documentId, article]));
  return ranked.flatMap((entry) => byId.get(entry.articleDocumentId) ?? []).slice(0, limit);
}
