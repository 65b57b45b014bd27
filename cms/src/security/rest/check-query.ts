import { jsonDepth } from '../json-depth';
import { SORT_FIELD_MESSAGE, sortLimitMessage, sortRefusalReason } from '../sort-limit';
import type { RestLimits } from './limits';
import { measurePopulate } from './populate-shape';
import { RestRefusal } from './refusal';

type ParsedQuery = Record<string, unknown>;

function pageSizeRefusal(query: ParsedQuery, max: number): RestRefusal | undefined {
  const pagination = query.pagination;
  if (!pagination || typeof pagination !== 'object') return undefined;
  for (const key of ['pageSize', 'limit'] as const) {
    const raw = (pagination as Record<string, unknown>)[key];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (Number.isFinite(value) && (value > max || value < 0)) {
      return new RestRefusal('PAGE_SIZE_LIMIT', `pagination[${key}] phải từ 0 đến ${max} (nhận ${String(raw)}). pagination[${key}] must be between 0 and ${max} (got ${String(raw)}).`);
    }
  }
  return undefined;
}

/** Checks a parsed content-API query string against the REST limits; returns the first refusal. */
export function checkRestQuery(query: ParsedQuery, limits: RestLimits): RestRefusal | undefined {
  const filterRefusal = new RestRefusal(
    'FILTER_NESTING_LIMIT',
    `filters lồng nhau quá ${limits.maxFilterDepth} cấp (ví dụ $not/$and/$or lồng nhau). filters are nested deeper than ${limits.maxFilterDepth} levels (e.g. nested $not/$and/$or).`,
  );
  if (jsonDepth(query.filters, limits.maxFilterDepth) > limits.maxFilterDepth) return filterRefusal;

  const sortReason = sortRefusalReason(query.sort, limits.maxSortFields);
  if (sortReason === 'SORT_LIMIT') return new RestRefusal('SORT_LIMIT', sortLimitMessage(limits.maxSortFields));
  if (sortReason === 'SORT_FIELD') return new RestRefusal('SORT_FIELD', SORT_FIELD_MESSAGE);

  if (query.populate !== undefined) {
    const shape = measurePopulate(query.populate, limits.maxPopulateDepth);
    if (shape.depth > limits.maxPopulateDepth) {
      return new RestRefusal(
        'POPULATE_DEPTH_LIMIT',
        `populate lồng sâu quá ${limits.maxPopulateDepth} cấp quan hệ; hãy dùng GraphQL (/graphql) cho dữ liệu lồng sâu hơn. populate is nested deeper than ${limits.maxPopulateDepth} relation levels; use GraphQL (/graphql) for deeper data.`,
      );
    }
    if (shape.nestedWildcard) {
      return new RestRefusal('POPULATE_WILDCARD', 'populate=* chỉ dùng được ở cấp đầu tiên; hãy liệt kê các quan hệ cần lấy. populate=* is only allowed at the top level; name the relations you need.');
    }
    if (shape.relations > limits.maxPopulatedRelations) {
      return new RestRefusal(
        'POPULATE_RELATIONS_LIMIT',
        `populate yêu cầu quá ${limits.maxPopulatedRelations} quan hệ. populate asks for more than ${limits.maxPopulatedRelations} relations.`,
      );
    }
    if (shape.filterDepth > limits.maxFilterDepth) return filterRefusal;
  }
  return pageSizeRefusal(query, limits.maxPageSize);
}
