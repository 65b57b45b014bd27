/**
 * The page script's visit beacon (app/enhancements/visit-counter.ts), passed on to the CMS's counter
 * (cms/src/visits, which checks the article id and leaves bots out) with the visitor's address and
 * browser, under the secret the site and the CMS share: browsers talk only to the site. A beacon is
 * a few bytes: a larger body is refused (413) before it is read. 204 whatever the CMS says: a beacon
 * never shows an error. Never cached (API routes bypass the page cache).
 */
const MAX_BEACON_BYTES = 1024;

export default defineEventHandler(async (event) => {
  if (Number(getHeader(event, 'content-length') ?? 0) > MAX_BEACON_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Yêu cầu quá lớn. Payload too large.' });
  }
  const { cmsUrl } = useRuntimeConfig(event);
  const raw = (await readRawBody(event, 'utf8').catch(() => undefined)) ?? '';
  if (Buffer.byteLength(raw) > MAX_BEACON_BYTES) throw createError({ statusCode: 413, statusMessage: 'Yêu cầu quá lớn. Payload too large.' });
  const article = articleOf(raw);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...visitorHeaders(event),
    'x-visitor-user-agent': getHeader(event, 'user-agent') ?? '',
  };
  for (const name of ['sec-purpose', 'purpose']) {
    const value = getHeader(event, name);
    if (value) headers[name] = value;
  }
  await $fetch(`${cmsUrl}/api/visits`, { method: 'POST', headers, body: article === undefined ? {} : { article }, timeout: 2000 }).catch((error: Error) =>
    console.error('[visits] beacon not passed on:', error.message),
  );
  setResponseHeader(event, 'cache-control', 'no-store');
  setResponseStatus(event, 204);
  return null;
});

/** The `article` of a JSON beacon, when it is a string (the CMS decides whether it names an article). */
function articleOf(raw: string): string | undefined {
  try {
    const body = JSON.parse(raw) as unknown;
    const article = body && typeof body === 'object' && 'article' in body ? (body as { article: unknown }).article : undefined;
    return typeof article === 'string' ? article : undefined;
  } catch {
    return undefined;
  }
}
