import type { Block, HeadingLevel, InlineNode } from '@lienhiep/vietnamese-text';

/**
 * Converts the light Markdown used by the demo data (cms/data/*.json) into Strapi "blocks" rich text:
 * paragraphs, "## "/"### " headings, "- " and "1. " lists, "> " quotes; inline **bold**, _italic_
 * and [links](https://…), or [links](/so-do-to-chuc) to the portal's own pages. Blocks are separated by a
 * blank line.
 */
const INLINE = /\*\*(.+?)\*\*|(?<![\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])|\[([^\]]+)\]\((https?:\/\/[^)\s]+|\/(?![/\\])[^)\s]*)\)/gu;

export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) nodes.push({ type: 'text', text: match[1], bold: true });
    else if (match[2] !== undefined) nodes.push({ type: 'text', text: match[2], italic: true });
    else nodes.push({ type: 'link', url: match[4], children: [{ type: 'text', text: match[3] }] });
    last = index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

export function markdownToBlocks(markdown: string): Block[] {
  return markdown
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): Block => {
      const heading = chunk.match(/^(#{1,6})\s+(.*)$/s);
      if (heading) {
        return { type: 'heading', level: heading[1].length as HeadingLevel, children: parseInline(heading[2].trim()) };
      }
      const lines = chunk.split('\n').map((line) => line.trim());
      if (lines.every((line) => /^[-*]\s+/.test(line))) {
        return { type: 'list', format: 'unordered', children: lines.map((line) => ({ type: 'list-item', children: parseInline(line.replace(/^[-*]\s+/, '')) })) };
      }
      if (lines.every((line) => /^\d+[.)]\s+/.test(line))) {
        return { type: 'list', format: 'ordered', children: lines.map((line) => ({ type: 'list-item', children: parseInline(line.replace(/^\d+[.)]\s+/, '')) })) };
      }
      if (lines.every((line) => line.startsWith('>'))) {
        return { type: 'quote', children: parseInline(lines.map((line) => line.replace(/^>\s?/, '')).join(' ')) };
      }
      return { type: 'paragraph', children: parseInline(lines.join(' ')) };
    });
}
