import { describe, expect, it } from 'vitest';
import { contributorCookieOptions, contributorCookies, csrfTokensMatch, isSameOriginPost, newCsrfToken, SESSION_MAX_AGE_SECONDS } from '../../server/utils/contributor-session';

describe("the contributor's cookies", () => {
  it('are HttpOnly and SameSite=Lax, on the whole site', () => {
    for (const kind of ['session', 'csrf'] as const) {
      const options = contributorCookieOptions('http://localhost:3000', kind);
      expect(options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    }
  });

  it('are Secure and __Host- prefixed exactly when the public address is https', () => {
    expect(contributorCookies('https://lienhiephoi-laocai.vn')).toEqual({ session: '__Host-lh_session', csrf: '__Host-lh_csrf', secure: true });
    expect(contributorCookieOptions('https://lienhiephoi-laocai.vn', 'session').secure).toBe(true);
    expect(contributorCookies('http://localhost:3000')).toEqual({ session: 'lh_session', csrf: 'lh_csrf', secure: false });
    expect(contributorCookieOptions('http://localhost:3000', 'csrf').secure).toBe(false);
  });

  it('keep the session a week, the CSRF token for the browser session', () => {
    expect(contributorCookieOptions('http://localhost:3000', 'session').maxAge).toBe(SESSION_MAX_AGE_SECONDS);
    expect(contributorCookieOptions('http://localhost:3000', 'csrf').maxAge).toBeUndefined();
  });
});

describe('the CSRF token check', () => {
  it('makes a new unguessable token each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newCsrfToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("accepts the form's token only when it is the cookie's", () => {
    const token = newCsrfToken();
    expect(csrfTokensMatch(token, token)).toBe(true);
    expect(csrfTokensMatch(token, newCsrfToken())).toBe(false);
    expect(csrfTokensMatch(token, `${token}x`)).toBe(false);
    expect(csrfTokensMatch(token, token.slice(1))).toBe(false);
  });

  it('refuses a form without a token, or a request without the cookie', () => {
    const token = newCsrfToken();
    expect(csrfTokensMatch(token, undefined)).toBe(false);
    expect(csrfTokensMatch(token, '')).toBe(false);
    expect(csrfTokensMatch(token, ['a'])).toBe(false);
    expect(csrfTokensMatch(undefined, token)).toBe(false);
    expect(csrfTokensMatch('', '')).toBe(false);
  });
});

describe('the origin check of a POST', () => {
  const site = ['https://lienhiephoi-laocai.vn', 'http://127.0.0.1:3000'];

  it("accepts the site's own origin, or its Referer when a browser sends no Origin", () => {
    expect(isSameOriginPost({ origin: 'https://lienhiephoi-laocai.vn' }, site)).toBe(true);
    expect(isSameOriginPost({ origin: 'http://127.0.0.1:3000', referer: 'https://evil.example/' }, site)).toBe(true);
    expect(isSameOriginPost({ referer: 'https://lienhiephoi-laocai.vn/dang-nhap' }, site)).toBe(true);
  });

  it('refuses another site, a look-alike, an opaque origin and a POST naming none', () => {
    expect(isSameOriginPost({ origin: 'https://evil.example' }, site)).toBe(false);
    expect(isSameOriginPost({ origin: 'https://lienhiephoi-laocai.vn.evil.example' }, site)).toBe(false);
    expect(isSameOriginPost({ origin: 'http://lienhiephoi-laocai.vn' }, site)).toBe(false);
    expect(isSameOriginPost({ origin: 'null' }, site)).toBe(false);
    expect(isSameOriginPost({ referer: 'https://evil.example/lienhiephoi-laocai.vn' }, site)).toBe(false);
    expect(isSameOriginPost({ referer: 'not a url' }, site)).toBe(false);
    expect(isSameOriginPost({}, site)).toBe(false);
  });
});
