import type { Modules } from '@strapi/strapi';
import { foldVietnamese } from '@lienhiep/vietnamese-text';
import { isSearchableUid } from '../search/search-text';

const LISTING_ACTIONS = new Set(['findMany', 'findFirst', 'count']);

/**
 * The content manager's search box (`_q`, also REST's `_q`) ignores case and diacritics for
 * Vietnamese on SQLite and PostgreSQL alike: "HỘI THẢO", "hội thảo" and "hoi thao" find the same
 * documents. Strapi matches `_q` with LIKE/ILIKE on every text column, which folds neither "Ộ" (SQLite
 * folds ASCII only) nor diacritics; the searchable types keep their text folded in `searchText`
 * (src/search), so the query is folded the same way and found there. Other types keep Strapi's search.
 */
export function foldStaffSearch(): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!LISTING_ACTIONS.has(context.action) || !isSearchableUid(context.uid)) return next();
    const params = context.params as { _q?: unknown };
    if (typeof params._q === 'string' && params._q.trim() !== '') {
      const folded = foldVietnamese(params._q);
      if (folded !== '') params._q = folded;
    }
    return next();
  };
}
