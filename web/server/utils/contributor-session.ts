import { randomBytes, timingSafeEqual } from 'node:crypto';
import { deleteCookie, getCookie, getRequestHeader, getRequestURL, setCookie, type H3Event } from 'h3';

/**
 * A contributor's session and the forms' CSRF token, both in cookies the browser's page scripts can
 * never read (HttpOnly), sent back only to this site (SameSite=Lax: a link from an e-mail still
 * arrives signed in, a form posted from another site does not carry them), Secure and `__Host-`
 * prefixed when the site's public address is https (no subdomain can then set or shadow them).
 * The session cookie holds the CMS's JWT; only the site's server reads it, to call the CMS.
 */

/** The session's lifetime in the browser (the CMS's JWT lasts longer; a refused one ends the session). */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export type CookieOptions = { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/'; maxAge?: number };

export type ContributorCookies = { session: string; csrf: string; secure: boolean };

/** Cookie names and whether they are Secure, from the site's public address (NUXT_PUBLIC_SITE_URL). */
export function contributorCookies(siteUrl: string): ContributorCookies {
  const secure = siteUrl.startsWith('https://');
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}lh_session`, csrf: `${prefix}lh_csrf`, secure };
}

/** The options of both cookies; the session's lasts SESSION_MAX_AGE_SECONDS, the CSRF token's as long as the browser session. */
export function contributorCookieOptions(siteUrl: string, kind: 'session' | 'csrf'): CookieOptions {
  const options: CookieOptions = { httpOnly: true, sameSite: 'lax', secure: contributorCookies(siteUrl).secure, path: '/' };
  if (kind === 'session') options.maxAge = SESSION_MAX_AGE_SECONDS;
  return options;
}

/** A new random CSRF token (32 bytes, base64url). */
export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/** True when the form's token is the cookie's (both present; compared in constant time). */
export function csrfTokensMatch(cookieToken: string | undefined, formToken: unknown): boolean {
  if (!cookieToken || typeof formToken !== 'string' || formToken === '') return false;
  const expected = Buffer.from(cookieToken);
  const given = Buffer.from(formToken);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * True when a POST comes from one of the site's own pages: its Origin (or, when a browser sends
 * none, its Referer) is one of `siteOrigins` (the public address, and the address the request was
 * sent to). A POST that names neither is refused: every browser sends Origin with a form POST.
 */
export function isSameOriginPost(headers: { origin?: string; referer?: string }, siteOrigins: readonly string[]): boolean {
  const origin = headers.origin && headers.origin !== 'null' ? headers.origin : headers.referer ? originOf(headers.referer) : headers.origin;
  return origin !== undefined && origin !== '' && origin !== 'null' && siteOrigins.includes(origin);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function cookiesOf(event: H3Event): { names: ContributorCookies; siteUrl: string } {
  const siteUrl = useRuntimeConfig(event).public.siteUrl;
  return { names: contributorCookies(siteUrl), siteUrl };
}

/** The JWT of the signed-in contributor, or undefined. */
export function sessionJwt(event: H3Event): string | undefined {
  return getCookie(event, cookiesOf(event).names.session) || undefined;
}

export function startSession(event: H3Event, jwt: string): void {
  const { names, siteUrl } = cookiesOf(event);
  setCookie(event, names.session, jwt, contributorCookieOptions(siteUrl, 'session'));
  // A new token for the new session: one seen before signing in is worth nothing after.
  setCookie(event, names.csrf, newCsrfToken(), contributorCookieOptions(siteUrl, 'csrf'));
}

export function endSession(event: H3Event): void {
  const { names, siteUrl } = cookiesOf(event);
  deleteCookie(event, names.session, contributorCookieOptions(siteUrl, 'session'));
  setCookie(event, names.csrf, newCsrfToken(), contributorCookieOptions(siteUrl, 'csrf'));
}

/** The CSRF token the forms of this page carry: the cookie's, or a new one set now. */
export function csrfToken(event: H3Event): string {
  const { names, siteUrl } = cookiesOf(event);
  const existing = event.context.csrfToken ?? getCookie(event, names.csrf);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = newCsrfToken();
  setCookie(event, names.csrf, token, contributorCookieOptions(siteUrl, 'csrf'));
  event.context.csrfToken = token;
  return token;
}

/** Whether a POST is from the site's own form: same origin, and the form's `_csrf` is the cookie's token. */
export function isTrustedFormPost(event: H3Event, formToken: unknown): boolean {
  return isSameOriginRequest(event) && csrfTokensMatch(getCookie(event, cookiesOf(event).names.csrf), formToken);
}

/** The origin check alone, before the body is read (a cross-site POST is refused without reading it). */
export function isSameOriginRequest(event: H3Event): boolean {
  const { siteUrl } = cookiesOf(event);
  const proxied = useRuntimeConfig(event).behindProxy === true;
  const siteOrigins = [originOf(siteUrl), getRequestURL(event, { xForwardedHost: proxied, xForwardedProto: proxied }).origin];
  return isSameOriginPost({ origin: getRequestHeader(event, 'origin'), referer: getRequestHeader(event, 'referer') }, siteOrigins);
}

declare module 'h3' {
  interface H3EventContext {
    /** The CSRF token set on this answer (not yet in the request's cookies). */
    csrfToken?: string;
  }
}
