import { timingSafeEqual } from 'node:crypto';

/**
 * Called by the CMS webhook when an editor publishes, updates or unpublishes: invalidates every
 * cached page, list, feed and sitemap so the next visitor gets a fresh render. Protected by a shared
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

  // Pages stay stored, marked invalidated: the next visitor gets a new render, or the previous page
  // when the CMS is slow or failing. A render that began before this purge stores its page invalidated.
  const purged = usePageCache().purge();
  forgetSharedCmsAnswers();
  const body = await readBody<{ event?: string; model?: string } | null>(event).catch(() => null);
  console.info(`[revalidate] ${body?.event ?? 'manual'} ${body?.model ?? ''}: purged ${purged} cached page(s)`);
  return { purged };
});
