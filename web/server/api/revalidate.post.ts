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
  const ok = revalidateSecret.length > 0 && given.length === revalidateSecret.length && timingSafeEqual(Buffer.from(given), expected);
  if (!ok) throw createError({ statusCode: 401, statusMessage: 'Invalid revalidation secret' });

  const storage = useStorage('cache');
  const keys = await storage.getKeys('nitro:routes');
  await Promise.all(keys.map((key) => storage.removeItem(key)));
  const body = await readBody<{ event?: string; model?: string } | null>(event).catch(() => null);
  console.info(`[revalidate] ${body?.event ?? 'manual'} ${body?.model ?? ''}: purged ${keys.length} cached page(s)`);
  return { purged: keys.length };
});
