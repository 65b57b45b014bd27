import { MAX_PAGE_SIZE as SEARCH_MAX_PAGE_SIZE } from '../../search/search-request';
import { MAX_SITEMAP_PAGE_SIZE } from '../../sitemap/sitemap-request';
import { MOST_READ_LIMIT_MESSAGE } from '../../visits/graphql-extension';
import { MAX_MOST_READ_LIMIT } from '../../visits/most-read';

/**
 * Custom queries whose plain `pageSize` (or `limit`) argument has a maximum of its own, enforced by their resolver
 * (not the plugin's maxLimit, which bounds `pagination`): the most rows each can return, so the cost
 * rule weighs them at what they really read.
 */
export const OWN_PAGE_SIZES: ReadonlyMap<string, number> = new Map([
  ['Query.search', SEARCH_MAX_PAGE_SIZE],
  ['Query.sitemapEntries', MAX_SITEMAP_PAGE_SIZE],
  ['Query.mostReadArticles', MAX_MOST_READ_LIMIT],
]);

/**
 * Custom queries whose plain `limit` is refused outside its bounds before the query runs (a 400, as
 * `pagination` past the maximum is), with the message their resolver would give.
 */
export const REFUSED_LIMITS: ReadonlyMap<string, { argument: string; min: number; max: number; message: string }> = new Map([
  ['Query.mostReadArticles', { argument: 'limit', min: 1, max: MAX_MOST_READ_LIMIT, message: MOST_READ_LIMIT_MESSAGE }],
]);
