/**
 * Limits on `sort`, shared by REST and GraphQL. Sorting through a relation (`articles.title`,
 * `{ articles: { title: 'asc' } }`) makes the database join and order every related row for every
 * entry, and a few such paths chained through many-to-many relations freeze SQLite for minutes; the
 * site and partners only ever sort on a type's own fields. So a sort may name at most `max` fields,
 * each a field of the type itself.
 */
export type SortRefusalReason = 'SORT_LIMIT' | 'SORT_FIELD';

export const sortLimitMessage = (max: number) =>
  `Chỉ được sắp xếp theo tối đa ${max} trường. Sorting is limited to ${max} fields.`;

export const SORT_FIELD_MESSAGE =
  'Chỉ được sắp xếp theo trường của chính loại nội dung này, không qua quan hệ (ví dụ "date:desc", không phải "articles.title"). Sorting is only allowed on the fields of the content type itself, not through a relation (e.g. "date:desc", not "articles.title").';

type SortEntry = { relational: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields a sort names, in every spelling Strapi accepts: 'a:desc,b', ['a', 'b:desc'],
 * { a: 'asc' }, [{ a: 'asc' }], and the relational { articles: { title: 'asc' } } / 'articles.title'.
 * Collection stops once more than `max` entries are found.
 */
function sortEntries(value: unknown, max: number): SortEntry[] {
  const entries: SortEntry[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0 && entries.length <= max) {
    const item = pending.pop();
    if (typeof item === 'string') {
      for (const part of item.split(',')) {
        const field = (part.split(':')[0] ?? '').trim();
        if (field.length > 0) entries.push({ relational: field.includes('.') });
      }
    } else if (Array.isArray(item)) {
      pending.push(...item);
    } else if (isRecord(item)) {
      for (const [field, direction] of Object.entries(item)) {
        entries.push({ relational: field.includes('.') || (direction !== null && typeof direction === 'object') });
      }
    }
  }
  return entries;
}

/** Why a sort is refused, or undefined when it names at most `max` of the type's own fields. */
export function sortRefusalReason(value: unknown, max: number): SortRefusalReason | undefined {
  if (value === undefined || value === null) return undefined;
  const entries = sortEntries(value, max);
  if (entries.length > max) return 'SORT_LIMIT';
  return entries.some((entry) => entry.relational) ? 'SORT_FIELD' : undefined;
}
