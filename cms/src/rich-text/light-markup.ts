import type { Block, HeadingLevel, InlineNode, ListItemNode } from '@lienhiep/vietnamese-text';

/**
 * The one converter between the portal's light markup and Strapi "blocks" rich text, both ways.
 * The markup: paragraphs separated by a blank line, "## "/"### " headings, "- " and "1. " lists,
 * "> " quotes; inline **bold**, *italic* (or _italic_) and [links](https://…) (http, https, mailto).
 * Used by the demo data (cms/data/*.json), the article import, and contributors' submissions from
 * the site (which are turned back into markup for editing by `blocksToMarkdown`).
 */
export type MarkupOptions = {
  /**
   * Also link to the portal's own pages by path ([sơ đồ](/so-do-to-chuc)): the demo data and imports
   * do; contributors' submissions do not (their links are http, https or mailto only).
   */
  sitePaths?: boolean;
};

const BOLD = String.raw`\*\*(.+?)\*\*`;
const ITALIC_UNDERSCORE = String.raw`(?<![\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])`;
const ITALIC_STAR = String.raw`(?<![\p{L}\p{N}*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\p{L}\p{N}*])`;
const ABSOLUTE_URL = String.raw`https?:\/\/[^)\s]+|mailto:[^)\s]+`;
const SITE_PATH = String.raw`\/(?![/\\])[^)\s]*`;

const inlinePattern = (sitePaths: boolean) =>
  new RegExp(`${BOLD}|${ITALIC_UNDERSCORE}|${ITALIC_STAR}|\\[([^\\]]+)\\]\\((${ABSOLUTE_URL}${sitePaths ? `|${SITE_PATH}` : ''})\\)`, 'gu');

const INLINE_WITH_SITE_PATHS = inlinePattern(true);
const INLINE_ABSOLUTE_LINKS_ONLY = inlinePattern(false);

export function parseInline(text: string, options: MarkupOptions = {}): InlineNode[] {
  const pattern = options.sitePaths === false ? INLINE_ABSOLUTE_LINKS_ONLY : INLINE_WITH_SITE_PATHS;
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) nodes.push({ type: 'text', text: match[1], bold: true });
    else if (match[2] !== undefined) nodes.push({ type: 'text', text: match[2], italic: true });
    else if (match[3] !== undefined) nodes.push({ type: 'text', text: match[3], italic: true });
    else nodes.push({ type: 'link', url: match[5], children: [{ type: 'text', text: match[4] }] });
    last = index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

/** Markup to blocks. Site-path links are kept unless `options.sitePaths` is false. */
export function markdownToBlocks(markdown: string, options: MarkupOptions = {}): Block[] {
  const inline = (text: string) => parseInline(text, options);
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): Block => {
      const heading = chunk.match(/^(#{1,6})\s+(.*)$/s);
      if (heading) {
        return { type: 'heading', level: heading[1].length as HeadingLevel, children: inline(heading[2].trim()) };
      }
      const lines = chunk.split('\n').map((line) => line.trim());
      if (lines.every((line) => /^[-*]\s+/.test(line))) {
        return { type: 'list', format: 'unordered', children: lines.map((line) => ({ type: 'list-item', children: inline(line.replace(/^[-*]\s+/, '')) })) };
      }
      if (lines.every((line) => /^\d+[.)]\s+/.test(line))) {
        return { type: 'list', format: 'ordered', children: lines.map((line) => ({ type: 'list-item', children: inline(line.replace(/^\d+[.)]\s+/, '')) })) };
      }
      if (lines.every((line) => line.startsWith('>'))) {
        return { type: 'quote', children: inline(lines.map((line) => line.replace(/^>\s?/, '')).join(' ')) };
      }
      return { type: 'paragraph', children: inline(lines.join(' ')) };
    });
}

type AnyInline = { type?: unknown; text?: unknown; url?: unknown; bold?: unknown; italic?: unknown; children?: unknown };

function inlineToMarkdown(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  return nodes
    .map((node: AnyInline) => {
      if (node?.type === 'link' && typeof node.url === 'string') return `[${inlineToMarkdown(node.children)}](${node.url})`;
      const text = typeof node?.text === 'string' ? node.text : inlineToMarkdown(node?.children);
      if (text.trim() === '') return text;
      // Bold and italic together are written as bold: the markup has no nesting.
      if (node?.bold === true) return `**${text}**`;
      if (node?.italic === true) return `*${text}*`;
      return text;
    })
    .join('');
}

function listToMarkdown(block: Extract<Block, { type: 'list' }>): string {
  return block.children
    .map((item, index) => {
      const text = item.type === 'list-item' ? inlineToMarkdown((item as ListItemNode).children) : blockToMarkdown(item as Block).replace(/\n+/g, ' ');
      return block.format === 'ordered' ? `${index + 1}. ${text}` : `- ${text}`;
    })
    .join('\n');
}

function blockToMarkdown(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineToMarkdown(block.children)}`;
    case 'list':
      return listToMarkdown(block);
    case 'quote':
      return `> ${inlineToMarkdown(block.children)}`;
    case 'image':
      return '';
    default:
      return inlineToMarkdown((block as { children?: unknown }).children);
  }
}

/**
 * Blocks back to markup, for editing a submission on the site: what `markdownToBlocks` makes comes
 * back as it was written (up to spacing and list numbering). What the markup cannot say is simplified:
 * underline, strike-through and inline code become plain text, bold italic becomes bold, images are left out.
 */
export function blocksToMarkdown(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return (blocks as Block[])
    .map(blockToMarkdown)
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
