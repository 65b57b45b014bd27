import type { H3Event } from 'h3';

/**
 * The visitor's address: the socket's, or the first of X-Forwarded-For when a reverse proxy in front
 * of the site sets it (NUXT_BEHIND_PROXY=true; never trusted otherwise: anyone could forge it).
 */
export function visitorAddress(event: H3Event): string {
  return getRequestIP(event, { xForwardedFor: useRuntimeConfig(event).behindProxy === true }) ?? '';
}

/**
 * The headers every site → CMS call made for a visitor carries: the visitor's address under the
 * secret the site and the CMS share (the CMS trusts X-Visitor-Ip only with it). The visit beacon
 * (api/visits.post.ts) and the contributor pages (utils/contributor-cms.ts) use it.
 */
export function visitorHeaders(event: H3Event): Record<string, string> {
  return { 'x-site-secret': useRuntimeConfig(event).revalidateSecret, 'x-visitor-ip': visitorAddress(event) };
}
