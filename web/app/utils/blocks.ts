// Rendering rules for Strapi rich text (components/content/BlocksRenderer.vue); its types are @lienhiep/vietnamese-text's.

/** Links that leave the portal (absolute http(s) URLs to another host). */
export function isExternalUrl(url: string, siteHost?: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    return new URL(url).host !== siteHost;
  } catch {
    return true;
  }
}

/** Only web, mail, phone and same-site links survive; `javascript:` and the like are dropped. */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed;
  // Same-site paths only: "//host" and "/\\host" are other sites in disguise.
  if (/^(\/(?![/\\])|#)/.test(trimmed)) return trimmed;
  return null;
}
