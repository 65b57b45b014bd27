/**
 * Strapi "blocks" rich text, as the cms stores it and sends it over GraphQL (a JSON array of blocks):
 * what the cms writes (demo content, imports), indexes for search, and the site renders.
 */
export type TextNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean; code?: boolean };
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type ImageBlock = {
  type: 'image';
  image: { url: string; alternativeText?: string | null; caption?: string | null; width?: number | null; height?: number | null };
};
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: HeadingLevel; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: InlineNode[] }
  // A list nested in a list is a child of it.
  | { type: 'list'; format: 'ordered' | 'unordered'; children: Array<ListItemNode | Block> }
  | ImageBlock;

type AnyNode = { text?: unknown; children?: unknown };

/**
 * The plain text of blocks (paragraphs, headings, lists, quotes, links, code; images have none), one
 * space between blocks, whitespace collapsed. Takes any value, as stored fields may be empty, a
 * string, or blocks of types added later: "" when there is no text.
 */
export function blocksToPlainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  const parts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const { text, children } = node as AnyNode;
    if (typeof text === 'string') parts.push(text);
    if (Array.isArray(children)) {
      // Inline nodes of one block join without a separator ("**Hội** thảo"); blocks are separated.
      const start = parts.length;
      children.forEach(visit);
      if (parts.length > start) parts.push(' ');
    }
  };
  visit(value);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
