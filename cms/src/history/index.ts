import type { Core } from '@strapi/strapi';
import { registerHistoryRoutes } from './admin-routes';
import { historyRecorder } from './recorder';
import { ensureHistoryTables } from './store';

/**
 * "Lịch sử phiên bản" and "Nhật ký hoạt động" (issue 11), all of it in this folder; Strapi's own
 * Content History is a paid plan.
 * - ./recorder.ts: a Document Service middleware keeping a version of every write (and an audit
 *   entry for publications, unpublications and deletions);
 * - ./snapshot.ts: what a version holds; ./store.ts: the two plain tables, the audit log append-only
 *   by database trigger;
 * - ./admin-routes.ts: the staff's routes (list, diff ./readable-fields.ts + ./text-diff.ts, restore
 *   ./restore.ts, audit log); the admin panel's side panel and page are in src/admin/history.
 */
export function registerHistory(strapi: Core.Strapi): void {
  strapi.documents.use(historyRecorder(strapi));
  registerHistoryRoutes(strapi);
}

/** Bootstrap phase, before anything writes documents (the seed): the tables. */
export async function bootstrapHistory(strapi: Core.Strapi): Promise<void> {
  await ensureHistoryTables(strapi);
}
