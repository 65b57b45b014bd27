/** Strapi "blocks" rich text, as the CMS sends it. */
export type RichText = { type: 'text'; text: string; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean; code?: boolean };
export type RichLink = { type: 'link'; url: string; children: RichText[] };
export type RichInline = RichText | RichLink;
export type RichListItem = { type: 'list-item'; children: RichInline[] };
export type RichBlock =
  | { type: 'paragraph'; children: RichInline[] }
  | { type: 'heading'; level: number; children: RichInline[] }
  | { type: 'quote'; children: RichInline[] }
  | { type: 'code'; children: RichInline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: Array<RichListItem | RichBlock> }
  | { type: 'image'; image: { url: string; alternativeText?: string | null; caption?: string | null; width?: number | null; height?: number | null } };

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
