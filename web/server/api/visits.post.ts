/**
 * The page script's visit beacon (app/enhancements/visit-counter.ts), passed on to the CMS's counter
 * (cms/src/visits) with the visitor's address and browser, under the secret the site and the CMS
 * share: browsers talk only to the site. 204 whatever the CMS says: a beacon never shows an error.
 * Never cached (API routes bypass the page cache).
 */
const DOCUMENT_ID = /^[a-z0-9]{20,32}$/;

export default defineEventHandler(async (event) => {
  const { cmsUrl, revalidateSecret, behindProxy } = useRuntimeConfig(event);
  const body = await readBody<unknown>(event).catch(() => null);
  const article = body && typeof body === 'object' && 'article' in body ? (body as { article: unknown }).article : undefined;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-site-secret': revalidateSecret,
    'x-visitor-ip': getRequestIP(event, { xForwardedFor: behindProxy === true }) ?? '',
    'x-visitor-user-agent': getHeader(event, 'user-agent') ?? '',
  };
  for (const name of ['sec-purpose', 'purpose']) {
    const value = getHeader(event, name);
    if (value) headers[name] = value;
  }
  await $fetch(`${cmsUrl}/api/visits`, {
    method: 'POST',
    headers,
    body: typeof article === 'string' && DOCUMENT_ID.test(article) ? { article } : {},
    timeout: 2000,
  }).catch((error: Error) => console.error('[visits] beacon not passed on:', error.message));
  setResponseHeader(event, 'cache-control', 'no-store');
  setResponseStatus(event, 204);
  return null;
});
