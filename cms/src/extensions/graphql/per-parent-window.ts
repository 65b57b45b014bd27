import type { Core, UID } from '@strapi/strapi';
import { qualifiedTable, tableModelOf, type JoinTable } from '../../database/table-columns';

type Database = Core.Strapi['db'];
type QueryBuilder = ReturnType<Database['entityManager']['createQueryBuilder']>;
type OrderEntry = { column?: string; order?: 'asc' | 'desc' };
type JoinState = { alias: string; orderBy?: Record<string, 'asc' | 'desc'> };


export type RelationDbQuery = Record<string, unknown> & {
  where?: unknown;
  orderBy?: unknown;
  limit?: number;
  offset?: number;
};

/** Target ids of each parent, in the order the relation would list them. */
export type IdsByParent = Map<number, number[]>;

const PARENT = '__parent_id';
const ROW_NUMBER = '__row_number';

function hasSort(orderBy: unknown): boolean {
  if (orderBy == null) return false;
  if (Array.isArray(orderBy)) return orderBy.length > 0;
  if (typeof orderBy === 'object') return Object.keys(orderBy).length > 0;
  return typeof orderBy === 'string' && orderBy !== '';
}

/** The join table of a relation that is stored in one (every non-morph relation in Strapi 5), else undefined. */
export function joinTableOf(strapi: Core.Strapi, parentUID: UID.Schema, attributeName: string): JoinTable | undefined {
  const attribute = tableModelOf(strapi, parentUID).attributes[attributeName];
  if (!attribute?.joinTable || attribute.relation?.startsWith('morph')) return undefined;
  return attribute.joinTable;
}

/** `t0.date` → `date`: the name a selected, aliased column has in the derived table. */
function unaliased(column: string): string {
  return column.slice(column.lastIndexOf('.') + 1);
}

/** Parents per statement: SQLite allows 500 terms in a compound SELECT; this stays well inside. */
const PARENTS_PER_STATEMENT = 50;

/**
 * The ids of each parent's page of a to-many relation, chosen in the database and read through
 * the indexes: for each parent, the query Strapi builds to populate the relation (same filters,
 * join, ordering and DISTINCT, reading only the id and the sort columns) with that parent's
 * `offset`/`limit` applied, so each parent reads only its own page (the newest 3 articles of a
 * category with 2,000 come from the date index, not from numbering all 2,000). The parents' pages
 * are combined with UNION ALL, 50 parents per statement; `ROW_NUMBER()` over each small page gives
 * the order back. Returns undefined when the sort cannot be expressed over that query (a sort on a
 * relation's field or on `status`): the caller then reads the relation whole.
 */
export async function idsOfEachParentPage(
  strapi: Core.Strapi,
  targetUID: UID.ContentType,
  joinTable: JoinTable,
  parentIds: number[],
  dbQuery: RelationDbQuery,
): Promise<IdsByParent | undefined> {
  const { limit, offset, where, orderBy } = dbQuery;
  const knex = strapi.db.connection;

  /**
   * Strapi's populate query for the relation, built once (the query builder is the costly part),
   * without the parent; undefined when the sort is deep. With a sort of its own, the relation is a
   * semi-join (`EXISTS` on the join table, added per parent), so the database walks the target's
   * sort index and stops after the page instead of reading every related row; without one, the
   * join table's own order needs the join itself.
   */
  const base = (() => {
    const qb: QueryBuilder = strapi.db.entityManager.createQueryBuilder(targetUID);
    const joinOrder = !hasSort(orderBy) && joinTable.orderBy ? joinTable.orderBy : undefined;
    qb.init({ where, orderBy, select: ['id'] });
    let parentColumn: string | undefined;
    if (joinOrder) {
      const alias = qb.getAlias();
      parentColumn = `${alias}.${joinTable.joinColumn.name}`;
      qb.join({
        alias,
        referencedTable: joinTable.name,
        referencedColumn: joinTable.inverseJoinColumn.name,
        rootColumn: joinTable.inverseJoinColumn.referencedColumn,
        rootTable: qb.alias,
        on: joinTable.on,
        orderBy: joinOrder,
      }).addSelect(`${parentColumn} as ${PARENT}`);
    }
    const inner = qb.getKnexQuery();
    if (qb.shouldUseDeepSort()) return undefined;
    const rootOrder = qb.state.orderBy as OrderEntry[];
    if (rootOrder.some((entry) => typeof entry.column !== 'string')) return undefined;
    // Without a join Strapi selects no sort column (it does for its DISTINCT): the numbering needs them.
    if (!joinOrder && !qb.shouldUseDistinct()) inner.select(rootOrder.map((entry) => entry.column!).filter((column) => unaliased(column) !== 'id'));
    // The same order as Strapi's query: the join table's order first (when no sort is asked), then
    // the requested sort, then the id, as a single-parent load with a limit does.
    const joins = qb.state.joins as JoinState[];
    const order: Array<{ column: string; order: 'asc' | 'desc' }> = [
      ...joins.flatMap((join) => Object.entries(join.orderBy ?? {}).map(([column, direction]) => ({ column, order: direction }))),
      ...rootOrder.map((entry) => ({ column: unaliased(entry.column!), order: entry.order ?? 'asc' })),
    ];
    if (!order.some((entry) => entry.column === 'id')) {
      order.push({ column: 'id', order: 'asc' });
      inner.orderBy(`${qb.alias}.id`, 'asc');
    }
    if (offset && offset > 0) inner.offset(offset);
    if (limit !== undefined && limit >= 0) inner.limit(limit);
    else if (offset && offset > 0) inner.limit(Number.MAX_SAFE_INTEGER);
    return { inner, order, parentColumn, rootAlias: qb.alias };
  })();
  if (!base) return undefined;

  /** One parent's page, numbered in its order. */
  const pageOf = (parentId: number) => {
    const inner = base.inner.clone();
    if (base.parentColumn) {
      inner.where(base.parentColumn, parentId);
    } else {
      const link = knex
        .select(knex.raw('1'))
        .from({ link: qualifiedTable(strapi, joinTable.name) })
        .whereRaw('?? = ??', [`link.${joinTable.inverseJoinColumn.name}`, `${base.rootAlias}.${joinTable.inverseJoinColumn.referencedColumn}`])
        .andWhere(`link.${joinTable.joinColumn.name}`, parentId);
      for (const [column, value] of Object.entries(joinTable.on ?? {})) link.andWhere(`link.${column}`, value as string);
      inner.whereExists(link).select(knex.raw('? as ??', [parentId, PARENT]));
    }
    return knex
      .select('page.id', `page.${PARENT}`)
      .rowNumber(ROW_NUMBER, (window) => {
        for (const entry of base.order) window.orderBy(`page.${entry.column}`, entry.order);
      })
      .from(inner.as('page'));
  };

  const ids: IdsByParent = new Map();
  for (let start = 0; start < parentIds.length; start += PARENTS_PER_STATEMENT) {
    const pages = parentIds.slice(start, start + PARENTS_PER_STATEMENT).map(pageOf);
    const [first, ...others] = pages;
    const statement = others.length > 0 ? knex.select('*').from(first.as('p0')).unionAll(others.map((page, i) => knex.select('*').from(page.as(`p${i + 1}`)))) : first;
    const rows = (await statement) as Array<{ id: number | string; [PARENT]: number | string; [ROW_NUMBER]: number | string }>;
    rows.sort((a, b) => Number(a[PARENT]) - Number(b[PARENT]) || Number(a[ROW_NUMBER]) - Number(b[ROW_NUMBER]));
    for (const row of rows) {
      const parentId = Number(row[PARENT]);
      const list = ids.get(parentId) ?? [];
      list.push(Number(row.id));
      ids.set(parentId, list);
    }
  }
  return ids;
}
