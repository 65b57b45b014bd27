import { blocksToPlainText, foldVietnamese } from '@lienhiep/vietnamese-text';

/** The hidden, private attribute holding a document's searchable text, folded (`foldVietnamese`). */
export const SEARCH_TEXT_ATTRIBUTE = 'searchText';

/** The fields whose text a visitor can find, per searchable content type; blocks fields are reduced to their plain text. */
export const SEARCH_TEXT_SOURCES = {
  'api::article.article': ['title', 'summary', 'body', 'author'],
  'api::event.event': ['title', 'summary', 'venue', 'description', 'partnerOrganisations'],
  'api::association.association': ['name', 'shortName', 'summary', 'description'],
  'api::honored-intellectual.honored-intellectual': ['fullName', 'field', 'workplace', 'position', 'citation', 'achievements'],
  'api::page.page': ['title', 'summary', 'body'],
} as const satisfies Record<string, readonly string[]>;

export type SearchableUid = keyof typeof SEARCH_TEXT_SOURCES;

export function isSearchableUid(uid: string): uid is SearchableUid {
  return Object.prototype.hasOwnProperty.call(SEARCH_TEXT_SOURCES, uid);
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return blocksToPlainText(value);
}

/**
 * The `searchText` of one document of a searchable type, from its source fields: folded as a visitor's
 * query is (`foldVietnamese`: lower case, no diacritics, "Hội thảo" → "hoi thao"), so the two compare.
 */
export function buildSearchText(uid: SearchableUid, document: Record<string, unknown>): string {
  return foldVietnamese(SEARCH_TEXT_SOURCES[uid].map((field) => fieldText(document[field])).join(' '));
}
