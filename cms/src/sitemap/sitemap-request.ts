import { errors } from '@strapi/utils';
import { isSitemapType, type SitemapType } from './sitemap-types';

/** The sitemap protocol's limit of URLs in one sitemap file: one page of entries fills at most one file. */
export const MAX_SITEMAP_PAGE_SIZE = 50_000;

export type SitemapRequest = { type: SitemapType; afterId: number; pageSize: number };
export type SitemapInput = { type?: unknown; after?: unknown; pageSize?: unknown };

function invalid(field: string, message: string): never {
  throw new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
}

/**
 * Checks a sitemap read: a known type, a cursor from a previous page (or none: the first page), a page
 * size of 1–50,000 (the default). Refusals are ValidationErrors (400 BAD_USER_INPUT), in Vietnamese then English.
 */
export function parseSitemapRequest(input: SitemapInput): SitemapRequest {
  if (!isSitemapType(input.type)) invalid('type', 'Loại nội dung không được hỗ trợ. Unsupported content type.');
  let afterId = 0;
  if (input.after !== undefined && input.after !== null) {
    if (typeof input.after !== 'string' || !/^[1-9]\d{0,14}$/.test(input.after)) invalid('after', 'Con trỏ trang (after) không hợp lệ: hãy dùng nextCursor của trang trước. The cursor (after) must be the nextCursor of the previous page.');
    afterId = Number(input.after);
  }
  const pageSize = input.pageSize ?? MAX_SITEMAP_PAGE_SIZE;
  if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_SITEMAP_PAGE_SIZE) {
    invalid('pageSize', `Số mục mỗi trang (pageSize) phải từ 1 đến ${MAX_SITEMAP_PAGE_SIZE}. The page size (pageSize) must be between 1 and ${MAX_SITEMAP_PAGE_SIZE}.`);
  }
  return { type: input.type, afterId, pageSize };
}
