import type { Block, InlineNode, ListItemNode, TextNode } from '@lienhiep/vietnamese-text';
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * An image found in the body, before it is fetched: the importer replaces `url` with the uploaded
 * file (or drops the block and reports the image when it cannot be fetched).
 */
export type PendingImage = { type: 'image'; image: { url: string; alternativeText: string | null }; children: TextNode[] };
export type ImportedBlock = Block | PendingImage;

/** Elements whose content is never kept: active content, embeds, forms, metadata. */
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template', 'svg', 'math',
  'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'head', 'title', 'video', 'audio', 'canvas',
]);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'dl', 'dt', 'dd', 'address', 'center', 'hr', 'caption']);
const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
type Marks = Pick<TextNode, 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code'>;
const MARK_NAMES: Record<keyof Marks, true> = { bold: true, italic: true, underline: true, strikethrough: true, code: true };
const MARKS: Record<string, keyof Marks> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', ins: 'underline', s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', code: 'code', kbd: 'code' };

/** Only http(s) and mailto links survive: javascript:, data: and anything else become plain text. */
export function safeLinkUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (/^mailto:[^\s]+$/i.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An image source the importer may fetch: an absolute http(s) URL (relative ones resolved against the feed's site). */
export function imageUrl(src: string | undefined, base?: string): string | undefined {
  const url = safeLinkUrl(src, base);
  return url && !url.startsWith('mailto:') ? url : undefined;
}

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

class BlockBuilder {
  readonly blocks: ImportedBlock[] = [];
  private inline: InlineNode[] = [];

  constructor(private readonly base: string | undefined) {}

  private pushText(text: string, marks: Marks, link?: string) {
    if (text === '') return;
    const node: TextNode = { type: 'text', text, ...marks };
    const last = this.inline[this.inline.length - 1];
    const sameMarks = (other: TextNode) => (Object.keys(MARK_NAMES) as Array<keyof Marks>).every((mark) => Boolean(other[mark]) === Boolean(marks[mark]));
    const lastText = last?.type === 'link' ? last.children[last.children.length - 1] : last;
    if (lastText && sameMarks(lastText) && (last.type === 'link' ? last.url === link : !link)) {
      lastText.text += text;
      return;
    }
    if (link) {
      if (last?.type === 'link' && last.url === link) last.children.push(node);
      else this.inline.push({ type: 'link', url: link, children: [node] });
    } else this.inline.push(node);
  }

  /** The paragraph being collected, as inline nodes with whitespace collapsed; empties it. */
  private takeInline(): InlineNode[] {
    const nodes = this.inline;
    this.inline = [];
    const texts: TextNode[] = nodes.flatMap((node) => (node.type === 'link' ? node.children : [node]));
    for (const text of texts) text.text = text.text.replace(/\s+/g, ' ');
    if (texts.length > 0) {
      texts[0].text = texts[0].text.trimStart();
      texts[texts.length - 1].text = texts[texts.length - 1].text.trimEnd();
    }
    const kept = nodes.filter((node) => (node.type === 'link' ? node.children.some((child) => child.text !== '') : node.text !== ''));
    return kept.some((node) => (node.type === 'link' ? true : node.text.trim() !== '')) ? kept : [];
  }

  flush(kind: 'paragraph' | 'quote' | 'code' = 'paragraph') {
    const children = this.takeInline();
    if (children.length > 0) this.blocks.push({ type: kind, children });
  }

  private inlineOf(nodes: ChildNode[], marks: Marks, link?: string): InlineNode[] {
    const saved = this.inline;
    this.inline = [];
    for (const node of nodes) this.walk(node, marks, link, true);
    const result = this.takeInline();
    this.inline = saved;
    return result;
  }

  private image(element: Element) {
    const url = imageUrl(element.attribs.src, this.base);
    if (!url) return;
    this.flush();
    const alt = (element.attribs.alt ?? '').trim();
    this.blocks.push({ type: 'image', image: { url, alternativeText: alt || null }, children: [{ type: 'text', text: '' }] });
  }

  private list(element: Element, marks: Marks): Block {
    const children: Array<ListItemNode | Block> = [];
    for (const item of element.children) {
      if (!isElement(item) || item.name !== 'li') continue;
      const nested = item.children.filter((child): child is Element => isElement(child) && (child.name === 'ul' || child.name === 'ol'));
      const rest = item.children.filter((child) => !nested.includes(child as Element));
      children.push({ type: 'list-item', children: withText(this.inlineOf(rest, marks)) });
      for (const list of nested) children.push(this.list(list, marks));
    }
    return { type: 'list', format: element.name === 'ol' ? 'ordered' : 'unordered', children };
  }

  walk(node: ChildNode, marks: Marks = {}, link?: string, inlineOnly = false): void {
    if (node.type === 'text') {
      // WordPress stores paragraphs as blank-line separated text (wpautop): a blank line ends one.
      const parts = node.data.split(/\n[ \t]*\n/);
      parts.forEach((part, i) => {
        if (i > 0 && !inlineOnly) this.flush();
        this.pushText(part, marks, link);
      });
      return;
    }
    if (node.type === 'cdata' || node.type === 'root') {
      for (const child of node.children) this.walk(child, marks, link, inlineOnly);
      return;
    }
    if (!isElement(node)) return; // comments, directives
    const name = node.name.toLowerCase();
    if (DROPPED.has(name)) return;
    if (name === 'br') return this.pushText('\n', marks, link);
    if (name === 'img') return inlineOnly ? undefined : this.image(node);
    if (MARKS[name]) {
      for (const child of node.children) this.walk(child, { ...marks, [MARKS[name]]: true }, link, inlineOnly);
      return;
    }
    if (name === 'a') {
      const url = safeLinkUrl(node.attribs.href, this.base);
      for (const child of node.children) this.walk(child, marks, url ?? link, inlineOnly);
      return;
    }
    if (inlineOnly) {
      for (const child of node.children) this.walk(child, marks, link, true);
      return;
    }
    if (HEADINGS[name]) {
      this.flush();
      const children = this.inlineOf(node.children, marks);
      if (children.length > 0) this.blocks.push({ type: 'heading', level: HEADINGS[name], children });
      for (const image of node.children.filter((child): child is Element => isElement(child) && child.name === 'img')) this.image(image);
      return;
    }
    if (name === 'ul' || name === 'ol') {
      this.flush();
      const list = this.list(node, marks);
      if (list.type === 'list' && list.children.length > 0) this.blocks.push(list);
      return;
    }
    if (name === 'blockquote' || name === 'pre') {
      this.flush();
      for (const child of node.children) this.walk(child, marks, link);
      this.flush(name === 'pre' ? 'code' : 'quote');
      return;
    }
    if (BLOCK.has(name) || name === 'li' || name === 'td' || name === 'th') {
      if (name !== 'td' && name !== 'th') this.flush();
      for (const child of node.children) this.walk(child, marks, link);
      if (name === 'td' || name === 'th') this.pushText(' ', marks);
      else this.flush();
      return;
    }
    for (const child of node.children) this.walk(child, marks, link);
  }
}

function withText(nodes: InlineNode[]): InlineNode[] {
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

/**
 * HTML of an old site's post as Strapi blocks: paragraphs (also WordPress's blank-line ones),
 * headings, lists (nested), quotes, preformatted text, bold/italic/underline/strike/code, links
 * (http, https and mailto only), and images as pending image blocks. Everything active is dropped
 * with its content — script, style, iframe, object, embed, forms, SVG — and no attribute other than
 * a link's href and an image's src/alt is read, so no on* handler or style can come through.
 */
export function htmlToBlocks(html: string, base?: string): ImportedBlock[] {
  const builder = new BlockBuilder(base);
  builder.walk(parseDocument(html, { decodeEntities: true }));
  builder.flush();
  return builder.blocks;
}

/** The readable text of HTML (active content dropped), whitespace collapsed. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  const visit = (node: ChildNode): void => {
    if (node.type === 'text') parts.push(node.data);
    else if (node.type === 'cdata') node.children.forEach(visit);
    else if (isElement(node) && !DROPPED.has(node.name.toLowerCase())) {
      if (BLOCK.has(node.name) || node.name === 'br' || node.name === 'li' || HEADINGS[node.name]) parts.push(' ');
      node.children.forEach(visit);
      if (BLOCK.has(node.name) || HEADINGS[node.name]) parts.push(' ');
    }
  };
  parseDocument(html, { decodeEntities: true }).children.forEach(visit);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
