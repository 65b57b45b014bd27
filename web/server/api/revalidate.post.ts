import { timingSafeEqual } from 'node:crypto';

/**
 * Called by the CMS webhook when an editor publishes, updates or unpublishes: drops every cached
 * page, list, feed and sitemap so the next visitor gets a fresh render. Protected by a shared
 * secret (NUXT_REVALIDATE_SECRET here, REVALIDATE_SECRET in the CMS), sent as
 * "Authorization: Bearer <secret>".
 */
export default defineEventHandler(async (event) => {
  const { revalidateSecret } = useRuntimeConfig(event);
  const given = (getHeader(event, 'authorization') ?? '').replace(/^Bearer\s+/i, '');
  const expected = Buffer.from(revalidateSecret);
  const received = Buffer.from(given);
  const ok = expected.length > 0 && received.length === expected.length && timingSafeEqual(received, expected);
  if (!ok) throw createError({ statusCode: 401, statusMessage: 'Invalid revalidation secret' });

  const purged = await purgeCachedPages();
  // A render that started before the publish may store its (old) page just after this purge:
  // purge once more when such renders have finished.
  event.waitUntil(new Promise((resolve) => setTimeout(resolve, 3000)).then(purgeCachedPages));
  const body = await readBody<{ event?: string; model?: string } | null>(event).catch(() => null);
  console.info(`[revalidate] ${body?.event ?? 'manual'} ${body?.model ?? ''}: purged ${purged} cached page(s)`);
  return { purged };
});

async function purgeCachedPages(): Promise<number> {
  const storage = useStorage('cache');
  const keys = await storage.getKeys('nitro:routes');
  await Promise.all(keys.map((key) => storage.removeItem(key)));
  return keys.length;
}
