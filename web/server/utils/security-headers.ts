import type { H3Event } from 'h3';

/**
 * Hardening headers on every answer of the site (pages, feeds, files, errors, redirects). A page's
 * Content-Security-Policy is computed from its HTML (plugins/content-security-policy.ts); every
 * other answer (feeds, the sitemap, robots.txt, .ics files, API answers, 405s) gets a policy that
 * allows nothing.
 */
export function setSecurityHeaders(event: H3Event): void {
  // Not useRuntimeConfig(event): this also runs before Nitro has set up the request (redirects).
  const { public: publicConfig } = useRuntimeConfig();
  setResponseHeaders(event, {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  // Browsers keep HSTS for a year: only when the site is really served over HTTPS.
  if (publicConfig.siteUrl.startsWith('https://')) setResponseHeader(event, 'Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  // Until the renderer sets a page's own policy (plugins/content-security-policy.ts), an answer
  // allows nothing: feeds, files, API answers, 405s and any error Nitro answers by itself.
  setResponseHeader(event, 'Content-Security-Policy', NON_DOCUMENT_CONTENT_SECURITY_POLICY);
}
