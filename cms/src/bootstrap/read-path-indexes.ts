import path from 'node:path';
import type { Core } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];
type IndexModule = {
  READ_PATH_INDEXES: Array<{ name: string; table: string }>;
  ensureReadPathIndexes: (knex: Knex) => Promise<string[]>;
};

/** The index list shared with the migration (database/read-path-indexes.js, plain JS so Strapi's migration runner can load it). */
export function readPathIndexes(strapi: Core.Strapi): IndexModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(strapi.dirs.app.root, 'database', 'read-path-indexes.js')) as IndexModule;
}

/**
 * Applies the read-path indexes after Strapi's schema sync. The migration in database/migrations
 * covers databases that already had the tables; Strapi runs migrations before it creates tables,
 * so a fresh database gets them here. Idempotent: `CREATE INDEX IF NOT EXISTS` each.
 */
export async function ensureReadPathIndexes(strapi: Core.Strapi): Promise<void> {
  await readPathIndexes(strapi).ensureReadPathIndexes(strapi.db.connection);
}
