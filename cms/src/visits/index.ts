import type { Core } from '@strapi/strapi';
import { registerVisitorStatisticsRoute } from './admin-statistics';
import { mostReadExtension } from './graphql-extension';
import { createMostReadRanking, MOST_READ_MEMO_MS, type MostReadRanking } from './most-read';
import { createVisitCounter, type VisitCounter } from './visit-counter';
import { databaseVisitStore, ensureVisitTables } from './visit-store';

/**
 * "Thống kê truy cập" (issue 9): distinct visitors per Vietnam day, counted from the browser's
 * beacon, stored in the CMS database behind `VisitStore`. This module owns the tables, the store,
 * the hourly fold of past days into totals, "Đọc nhiều" (`Query.mostReadArticles`, ./most-read.ts)
 * and the staff's figures (`GET /admin/visitor-statistics`, ./admin-statistics.ts). The beacon and
 * figures routes are in src/api/visit; the staff's widget in src/admin/visitor-statistics.
 */
let counter: VisitCounter | undefined;
let mostRead: MostReadRanking | undefined;

const PRUNE_EVERY_MS = 60 * 60_000;

/** How long "Đọc nhiều" is memoised: MOST_READ_MEMO_SECONDS (0–3600), else 5 minutes. */
function mostReadMemoMs(): number {
  const seconds = Number(process.env.MOST_READ_MEMO_SECONDS);
  return process.env.MOST_READ_MEMO_SECONDS && Number.isFinite(seconds) && seconds >= 0 && seconds <= 3600 ? seconds * 1000 : MOST_READ_MEMO_MS;
}

/** Register phase: `Query.mostReadArticles` and the staff's admin route. */
export function registerVisits(strapi: Core.Strapi): void {
  strapi.plugin('graphql').service('extension').use(({ strapi: instance }: { strapi: Core.Strapi }) => mostReadExtension(instance, mostReadRanking));
  registerVisitorStatisticsRoute(strapi, () => visitCounter().store);
}

export async function bootstrapVisits(strapi: Core.Strapi): Promise<void> {
  await ensureVisitTables(strapi.db.connection);
  counter = createVisitCounter(databaseVisitStore(strapi.db.connection));
  mostRead = createMostReadRanking(counter.store, { memoMs: mostReadMemoMs() });
  const prune = () => counter?.store.prune(new Date()).catch((error: Error) => strapi.log.error(`[visits] prune failed: ${error.message}`));
  await prune();
  const timer = setInterval(prune, PRUNE_EVERY_MS);
  timer.unref(); // never keeps the process alive
}

/** The running visitor counter (after bootstrap). */
export function visitCounter(): VisitCounter {
  if (!counter) throw new Error('the visitor counter starts at bootstrap');
  return counter;
}

/** The memoised "Đọc nhiều" ranking (after bootstrap). */
export function mostReadRanking(): MostReadRanking {
  if (!mostRead) throw new Error('the most read ranking starts at bootstrap');
  return mostRead;
}
