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

/** Plain text of rich text, for descriptions and feeds. */
export function blocksToPlainText(blocks: unknown, maxLength = Infinity): string {
  if (!Array.isArray(blocks)) return '';
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; text?: string; children?: unknown[] };
    if (n.type === 'text' && typeof n.text === 'string') parts.push(n.text);
    n.children?.forEach(walk);
    if (n.type && n.type !== 'text' && n.type !== 'link') parts.push(' ');
  };
  blocks.forEach(walk);
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).replace(/\s+\S*$/, '')}…` : text;
}

/** Only web, mail, phone and same-site links survive; `javascript:` and the like are dropped. */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed;
  if (/^(\/(?!\/)|#)/.test(trimmed)) return trimmed;
  return null;
}
