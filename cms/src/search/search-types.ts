import type { SearchableUid } from './search-text';

/** How a hit of one content type is presented: which of its fields are the hit's title, summary, date and image (when it has them). */
export type SearchTypeFields = {
  uid: SearchableUid;
  title: string;
  summary: string;
  date?: string;
  image?: string;
};

/** The searchable content types, by their name in the GraphQL enum `SearchType`, in the order they are queried. */
export const SEARCH_TYPES = {
  article: { uid: 'api::article.article', title: 'title', summary: 'summary', date: 'date', image: 'cover' },
  event: { uid: 'api::event.event', title: 'title', summary: 'summary', date: 'startAt', image: 'cover' },
  association: { uid: 'api::association.association', title: 'name', summary: 'summary', image: 'logo' },
  honoredIntellectual: { uid: 'api::honored-intellectual.honored-intellectual', title: 'fullName', summary: 'citation', image: 'portrait' },
  // Static pages (/gioi-thieu, /so-do-to-chuc…): undated, no picture.
  page: { uid: 'api::page.page', title: 'title', summary: 'summary' },
} as const satisfies Record<string, SearchTypeFields>;

export type SearchType = keyof typeof SEARCH_TYPES;

export const SEARCH_TYPE_NAMES = Object.keys(SEARCH_TYPES) as SearchType[];

export function isSearchType(value: unknown): value is SearchType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SEARCH_TYPES, value);
}
