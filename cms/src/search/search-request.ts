import { errors } from '@strapi/utils';
import { parseSearchTerms, type SearchTerms } from './ranking';
import { isSearchType, SEARCH_TYPE_NAMES, type SearchType } from './search-types';

export const MAX_QUERY_LENGTH = 100;
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

export type SearchRequest = {
  /** The query as the visitor typed it, trimmed. */
  query: string;
  terms: SearchTerms;
  types: SearchType[];
  page: number;
  pageSize: number;
};

export type SearchInput = { query?: unknown; types?: unknown; page?: unknown; pageSize?: unknown };

function invalid(field: string, message: string): never {
  throw new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
}

function positiveInteger(field: string, value: unknown, fallback: number, message: string): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) invalid(field, message);
  return value;
}

/**
 * Checks a visitor's search and fills in the defaults: a query of 1–100 characters with at least one
 * letter or digit, page ≥ 1, page size 1–50 (larger sizes are reduced to 50), every type when none
 * is named. Refusals are ValidationErrors with a Vietnamese message.
 */
export function parseSearchRequest(input: SearchInput): SearchRequest {
  const query = typeof input.query === 'string' ? input.query.normalize('NFC').trim() : '';
  if (query === '') invalid('query', 'Vui lòng nhập từ khóa tìm kiếm.');
  if ([...query].length > MAX_QUERY_LENGTH) invalid('query', `Từ khóa tìm kiếm không được dài quá ${MAX_QUERY_LENGTH} ký tự.`);
  const terms = parseSearchTerms(query);
  if (terms.tokens.length === 0) invalid('query', 'Từ khóa tìm kiếm cần có ít nhất một chữ cái hoặc chữ số.');

  const requested = Array.isArray(input.types) ? input.types : [];
  const unknown = requested.find((type) => !isSearchType(type));
  if (unknown !== undefined) invalid('types', `Loại nội dung "${String(unknown)}" không được hỗ trợ.`);
  const types = requested.length > 0 ? SEARCH_TYPE_NAMES.filter((type) => requested.includes(type)) : SEARCH_TYPE_NAMES;

  const page = positiveInteger('page', input.page, 1, 'Số trang (page) phải là số nguyên từ 1 trở lên.');
  const pageSize = Math.min(
    positiveInteger('pageSize', input.pageSize, DEFAULT_PAGE_SIZE, 'Số kết quả mỗi trang (pageSize) phải là số nguyên từ 1 trở lên.'),
    MAX_PAGE_SIZE,
  );
  return { query, terms, types, page, pageSize };
}
