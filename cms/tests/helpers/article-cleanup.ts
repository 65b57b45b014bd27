import type { Core } from '@strapi/strapi';

/**
 * Remembers the newest article row now and, when called back, deletes every article row written
 * since (draft and published rows; their relation rows go with them by the join tables' cascading
 * foreign keys), so a test file that imports hundreds of articles leaves the shared test database
 * as it found it for the other files.
 */
export async function articlesWrittenFromNow(strapi: Core.Strapi): Promise<() => Promise<void>> {
  const newest = (await strapi.db.query('api::article.article').findOne({ select: ['id'], orderBy: { id: 'desc' } })) as { id: number } | null;
  const after = newest?.id ?? 0;
  return async () => {
    await strapi.db.query('api::article.article').deleteMany({ where: { id: { $gt: after } } });
  };
}
