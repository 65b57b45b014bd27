import type { ChildNode, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

/** A feed that is not RSS 2.0, Atom 1.0 or a WordPress export: a 400 for the admin, an exit for the CLI. */
export class FeedError extends Error {}

export type FeedFormat = 'rss' | 'atom' | 'wxr';

/** One post of a feed, as the feed says it, before it becomes an article. */
export type FeedItem = {
  /** guid / atom:id (else the link): what a re-import matches first. */
  sourceId: string;
  title: string;
  /** WXR wp:post_name; else the slug is made from the title. */
  slug?: string;
  /** ISO instant; undefined when the feed gives none. */
  date?: string;
  summaryHtml: string;
  bodyHtml: string;
  author?: string;
  categories: Array<{ name: string; slug?: string }>;
  coverUrl?: string;
  /** What the feed says about publication (WXR wp:status); RSS and Atom items are published posts. */
  published: boolean;
  link?: string;
};

export type Feed = { format: FeedFormat; title: string; link?: string; items: FeedItem[]; skipped: number };

const isElement = (node: ChildNode): node is Element => node.type === 'tag';
const childrenNamed = (parent: Element, name: string): Element[] => parent.children.filter((child): child is Element => isElement(child) && child.name.toLowerCase() === name);
const child = (parent: Element, name: string): Element | undefined => childrenNamed(parent, name)[0];
const text = (element: Element | undefined): string => (element ? DomUtils.textContent(element).trim() : '');
const textOf = (parent: Element, name: string): string => text(child(parent, name));

/** A date the feed gives (RFC 822, ISO 8601, WordPress "Y-m-d H:i:s" in UTC) as an ISO instant. */
function instant(value: string, utcLocal = false): string | undefined {
  if (!value || value.startsWith('0000-00-00')) return undefined;
  const normalized = utcLocal && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const date = new Date(normalized);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function firstImageSource(html: string): string | undefined {
  const image = DomUtils.findOne((element) => element.name === 'img' && Boolean(element.attribs.src), parseDocument(html).children, true);
  return image?.attribs.src;
}

function mediaImage(item: Element): string | undefined {
  for (const name of ['enclosure', 'media:content', 'media:thumbnail']) {
    for (const element of childrenNamed(item, name)) {
      const type = element.attribs.type ?? element.attribs.medium ?? 'image';
      if (element.attribs.url && /^image/i.test(type)) return element.attribs.url;
    }
  }
  const group = child(item, 'media:group');
  return group ? mediaImage(group) : undefined;
}

function rssItem(item: Element): FeedItem {
  const bodyHtml = textOf(item, 'content:encoded') || textOf(item, 'description');
  const link = textOf(item, 'link') || undefined;
  return {
    sourceId: textOf(item, 'guid') || link || textOf(item, 'title'),
    title: textOf(item, 'title'),
    date: instant(textOf(item, 'pubdate') || textOf(item, 'dc:date')),
    summaryHtml: textOf(item, 'description'),
    bodyHtml,
    author: textOf(item, 'dc:creator') || textOf(item, 'author') || undefined,
    categories: childrenNamed(item, 'category').map((category) => ({ name: text(category) })).filter((category) => category.name !== ''),
    coverUrl: mediaImage(item) ?? firstImageSource(bodyHtml),
    published: true,
    link,
  };
}

function wxrItems(channel: Element): { items: FeedItem[]; skipped: number } {
  const all = childrenNamed(channel, 'item');
  const attachments = new Map<string, string>();
  for (const item of all) {
    if (textOf(item, 'wp:post_type') === 'attachment') attachments.set(textOf(item, 'wp:post_id'), textOf(item, 'wp:attachment_url'));
  }
  const authors = new Map(childrenNamed(channel, 'wp:author').map((author) => [textOf(author, 'wp:author_login'), textOf(author, 'wp:author_display_name')]));
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const item of all) {
    const type = textOf(item, 'wp:post_type');
    if (type !== 'post') {
      if (type !== 'attachment') skipped += 1;
      continue;
    }
    const status = textOf(item, 'wp:status');
    if (status === 'trash' || status === 'auto-draft' || status === 'inherit') {
      skipped += 1;
      continue;
    }
    const meta = new Map(childrenNamed(item, 'wp:postmeta').map((entry) => [textOf(entry, 'wp:meta_key'), textOf(entry, 'wp:meta_value')]));
    const bodyHtml = textOf(item, 'content:encoded');
    const login = textOf(item, 'dc:creator');
    const link = textOf(item, 'link') || undefined;
    items.push({
      sourceId: textOf(item, 'guid') || `wp:${textOf(item, 'wp:post_id')}`,
      title: textOf(item, 'title'),
      slug: decodeURIComponent(textOf(item, 'wp:post_name')) || undefined,
      date: instant(textOf(item, 'wp:post_date_gmt'), true) ?? instant(textOf(item, 'pubdate')),
      summaryHtml: textOf(item, 'excerpt:encoded'),
      bodyHtml,
      author: authors.get(login) || login || undefined,
      categories: childrenNamed(item, 'category')
        .filter((category) => (category.attribs.domain ?? 'category') === 'category')
        .map((category) => ({ name: text(category), slug: category.attribs.nicename }))
        .filter((category) => category.name !== ''),
      coverUrl: attachments.get(meta.get('_thumbnail_id') ?? '') || firstImageSource(bodyHtml),
      published: status === 'publish' || status === 'future',
      link,
    });
  }
  return { items, skipped };
}

function atomEntry(entry: Element): FeedItem {
  const link = childrenNamed(entry, 'link').find((candidate) => (candidate.attribs.rel ?? 'alternate') === 'alternate')?.attribs.href;
  const content = child(entry, 'content');
  // xhtml content is markup inside a <div>; html and text content are escaped text.
  const html = (element: Element | undefined) =>
    element?.attribs.type === 'xhtml' ? DomUtils.getInnerHTML(element, { xmlMode: false }) : element?.attribs.type === 'html' ? text(element) : escapeText(text(element));
  const bodyHtml = html(content) || html(child(entry, 'summary'));
  const enclosure = childrenNamed(entry, 'link').find((candidate) => candidate.attribs.rel === 'enclosure' && /^image/i.test(candidate.attribs.type ?? ''))?.attribs.href;
  return {
    sourceId: textOf(entry, 'id') || link || textOf(entry, 'title'),
    title: text(child(entry, 'title')),
    date: instant(textOf(entry, 'published') || textOf(entry, 'updated')),
    summaryHtml: html(child(entry, 'summary')),
    bodyHtml,
    author: childrenNamed(entry, 'author').map((author) => textOf(author, 'name')).filter(Boolean).join(', ') || undefined,
    categories: childrenNamed(entry, 'category')
      .map((category) => ({ name: (category.attribs.label ?? category.attribs.term ?? '').trim() }))
      .filter((category) => category.name !== ''),
    coverUrl: enclosure ?? mediaImage(entry) ?? firstImageSource(bodyHtml),
    published: true,
    link,
  };
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The posts of an RSS 2.0 feed, an Atom 1.0 feed or a WordPress export (WXR: RSS with the wp:
 * namespace; posts only, attachments give the featured images' URLs, pages and menus are skipped).
 * The XML is read by htmlparser2 in XML mode, which expands no DTD and no external entity.
 */
export function readFeed(xml: string): Feed {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
  const root = document.children.find(isElement);
  if (root?.name.toLowerCase() === 'rss' || root?.name.toLowerCase() === 'rdf:rdf') {
    const channel = child(root, 'channel');
    if (!channel) throw new FeedError('Tệp RSS không có <channel>. (The RSS file has no <channel>.)');
    const base = { title: textOf(channel, 'title'), link: textOf(channel, 'link') || undefined };
    const isWxr = Boolean(child(channel, 'wp:wxr_version')) || childrenNamed(channel, 'item').some((item) => Boolean(child(item, 'wp:post_type')));
    if (isWxr) return { format: 'wxr', ...base, ...wxrItems(channel) };
    return { format: 'rss', ...base, items: childrenNamed(channel, 'item').map(rssItem), skipped: 0 };
  }
  if (root?.name.toLowerCase() === 'feed') {
    const link = childrenNamed(root, 'link').find((candidate) => (candidate.attribs.rel ?? 'alternate') === 'alternate')?.attribs.href;
    return { format: 'atom', title: textOf(root, 'title'), link, items: childrenNamed(root, 'entry').map(atomEntry), skipped: 0 };
  }
  throw new FeedError('Tệp không phải RSS 2.0, Atom hoặc tệp xuất WordPress (WXR). (Not an RSS 2.0, Atom or WordPress export file.)');
}
