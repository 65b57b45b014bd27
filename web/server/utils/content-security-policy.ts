import { createHash } from 'node:crypto';

/** Script types a browser runs (or, for import maps, reads as code); JSON payloads and JSON-LD are data. */
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'importmap']);

/**
 * 'sha256-…' sources for every inline script a browser would execute in `html` (Nuxt writes the
 * runtime config and the import map inline). Hashes, not nonces: the HTML is cached and served to
 * many visitors, and a hash stays right for as long as the HTML does.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = attributes.match(/\stype\s*=\s*["']?([^"'\s>]*)/i)?.[1]?.toLowerCase() ?? '';
    if (!EXECUTABLE_SCRIPT_TYPES.has(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy of a page: scripts only from the site and the inline scripts hashed above (never
 * 'unsafe-inline'); images from the site, the CMS or the uploads host, and data: URLs; no plugins, no
 * framing (but by the CMS's admin for a draft preview), forms only to the site. Browsers query the CMS themselves only under `nuxt dev`, whose
 * client-side navigation runs GraphQL (`browserQueriesCms`); built pages carry no client (nuxt.config.ts).
 */
export function pageContentSecurityPolicy(options: {
  scriptHashes: string[];
  cmsOrigin: string;
  mediaOrigin?: string;
  https: boolean;
  browserQueriesCms?: boolean;
  /** Who may frame the page: nobody, except the CMS's admin for a draft preview (app/pages/xem-truoc.vue). */
  framedByCms?: boolean;
}): string {
  const cms = options.cmsOrigin;
  const media = [cms, options.mediaOrigin].filter((origin, i, all) => origin && all.indexOf(origin) === i).join(' ');
  return [
    "default-src 'self'",
    ["script-src 'self'", ...options.scriptHashes].join(' '),
    "style-src 'self'",
    `img-src 'self' data: ${media}`,
    "font-src 'self'",
    options.browserQueriesCms ? `connect-src 'self' ${cms}` : "connect-src 'self'",
    `media-src 'self' ${media}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    options.framedByCms && cms ? `frame-ancestors ${cms}` : "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Feeds, files and API answers are never documents to run: nothing may load from them, nobody may frame them. */
export const NON_DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
