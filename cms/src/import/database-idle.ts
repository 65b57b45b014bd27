import type { Core } from '@strapi/strapi';

/**
 * Resolves once the database has seen no query for `quietMs`, with the time of the last query.
 * The Document Service emits its `entry.create`/`entry.publish` events (webhooks, the site's cache
 * revalidation) after each write commits, and loads every published entry again to do so: that work
 * belongs to the import, and the process must not stop under it.
 */
export async function databaseIdle(strapi: Core.Strapi, quietMs = 250): Promise<number> {
  let last = Date.now();
  const listener = () => {
    last = Date.now();
  };
  strapi.db.connection.on('query', listener);
  try {
    while (Date.now() - last < quietMs) await new Promise((resolve) => setTimeout(resolve, Math.min(50, quietMs)));
  } finally {
    strapi.db.connection.off('query', listener);
  }
  return last;
}
