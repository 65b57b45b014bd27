import { removeVietnameseDiacritics } from '../utils/slugify';

/** The hidden, private attribute holding a document's normalised searchable text. */
export const SEARCH_TEXT_ATTRIBUTE = 'searchText';

/** The fields whose text a visitor can find, per searchable content type; blocks fields are reduced to their plain text. */
export const SEARCH_TEXT_SOURCES = {
  'api::article.article': ['title', 'summary', 'body', 'author'],
  'api::event.event': ['title', 'summary', 'venue', 'description', 'partnerOrganisations'],
  'api::association.association': ['name', 'shortName', 'summary', 'description'],
  'api::honored-intellectual.honored-intellectual': ['fullName', 'field', 'workplace', 'position', 'citation', 'achievements'],
} as const satisfies Record<string, readonly string[]>;

export type SearchableUid = keyof typeof SEARCH_TEXT_SOURCES;

export function isSearchableUid(uid: string): uid is SearchableUid {
  return Object.prototype.hasOwnProperty.call(SEARCH_TEXT_SOURCES, uid);
}

/**
 * Text as it is stored in `searchText` and compared with a visitor's query: lower case, Vietnamese
 * diacritics removed ("Hội thảo" → "hoi thao", "đ" → "d"), punctuation turned into spaces and runs of
 * spaces collapsed, so that every word is preceded by exactly one space or the start of the text.
 */
export function normaliseSearchText(text: string): string {
  return removeVietnameseDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type BlockNode = { text?: unknown; children?: unknown };

/** The plain text of Strapi "blocks" rich text (paragraphs, headings, lists, quotes, links, code), blocks separated by a space. */
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
    const { text, children } = node as BlockNode;
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

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return blocksToPlainText(value);
}

/** The `searchText` of one document of a searchable type, from its source fields. */
export function buildSearchText(uid: SearchableUid, document: Record<string, unknown>): string {
  return normaliseSearchText(SEARCH_TEXT_SOURCES[uid].map((field) => fieldText(document[field])).join(' '));
}
