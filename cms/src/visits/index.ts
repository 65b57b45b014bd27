import type { Core } from '@strapi/strapi';
import { createVisitCounter, type VisitCounter } from './visit-counter';
import { databaseVisitStore, ensureVisitTables } from './visit-store';

/**
 * "Thống kê truy cập" (issue 9): distinct visitors per Vietnam day, counted from the browser's
 * beacon, stored in the CMS database behind `VisitStore`. This module owns the tables, the store,
 * and the hourly fold of past days into totals. The beacon and figures routes, the site's script and
 * footer, and the staff chart come next (see docs/architecture.md).
 */
let counter: VisitCounter | undefined;

const PRUNE_EVERY_MS = 60 * 60_000;

export async function bootstrapVisits(strapi: Core.Strapi): Promise<void> {
  await ensureVisitTables(strapi.db.connection);
  counter = createVisitCounter(databaseVisitStore(strapi.db.connection));
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
