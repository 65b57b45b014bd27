import type { Core, UID } from '@strapi/strapi';

type Database = Core.Strapi['db'];
type QueryBuilder = ReturnType<Database['entityManager']['createQueryBuilder']>;
type OrderEntry = { column?: string; order?: 'asc' | 'desc' };
type JoinState = { alias: string; orderBy?: Record<string, 'asc' | 'desc'> };

type JoinTable = {
  name: string;
  joinColumn: { name: string; referencedColumn: string };
  inverseJoinColumn: { name: string; referencedColumn: string };
  on?: Record<string, unknown>;
  orderBy?: Record<string, 'asc' | 'desc'>;
};

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
  const attribute = strapi.db.metadata.get(parentUID).attributes[attributeName] as { joinTable?: JoinTable; relation?: string };
  if (!attribute?.joinTable || attribute.relation?.startsWith('morph')) return undefined;
  return attribute.joinTable;
}

/** `t0.date` → `date`: the name a selected, aliased column has in the derived table. */
function unaliased(column: string): string {
  return column.slice(column.lastIndexOf('.') + 1);
}

/**
 * The ids of each parent's page of a to-many relation, chosen in the database: one query numbers
 * each parent's related rows with `ROW_NUMBER() OVER (PARTITION BY <parent> ORDER BY <the requested
 * sort>)` and returns only the rows inside `offset`/`limit`. The inner query is the one Strapi builds
 * to populate the relation (same filters, join, ordering and DISTINCT), reading only the id and the
 * sort columns. Returns undefined when the sort cannot be expressed over that inner query (a sort on
 * a relation's field or on `status`): the caller then reads the relation whole.
 */
export async function idsOfEachParentPage(
  strapi: Core.Strapi,
  targetUID: UID.ContentType,
  joinTable: JoinTable,
  parentIds: number[],
  dbQuery: RelationDbQuery,
): Promise<IdsByParent | undefined> {
  const { limit, offset, where, orderBy } = dbQuery;
  const qb: QueryBuilder = strapi.db.entityManager.createQueryBuilder(targetUID);
  const alias = qb.getAlias();
  const parentColumn = `${alias}.${joinTable.joinColumn.name}`;
  const joinOrder = !hasSort(orderBy) && joinTable.orderBy ? joinTable.orderBy : undefined;
  qb.init({ where, orderBy, select: ['id'] })
    .join({
      alias,
      referencedTable: joinTable.name,
      referencedColumn: joinTable.inverseJoinColumn.name,
      rootColumn: joinTable.inverseJoinColumn.referencedColumn,
      rootTable: qb.alias,
      on: joinTable.on,
      orderBy: joinOrder,
    })
    .addSelect(`${parentColumn} as ${PARENT}`)
    .where({ [parentColumn]: parentIds });

  const inner = qb.getKnexQuery();
  if (qb.shouldUseDeepSort()) return undefined;
  const rootOrder = qb.state.orderBy as OrderEntry[];
  if (rootOrder.some((entry) => typeof entry.column !== 'string')) return undefined;

  // The same order as Strapi's query: the join table's order first (when no sort is asked), then the
  // requested sort, then the id, as a single-parent load with a limit does.
  const joins = qb.state.joins as JoinState[];
  const order: Array<{ column: string; order: 'asc' | 'desc' }> = [
    ...joins.flatMap((join) => Object.entries(join.orderBy ?? {}).map(([column, direction]) => ({ column, order: direction }))),
    ...rootOrder.map((entry) => ({ column: unaliased(entry.column!), order: entry.order ?? 'asc' })),
  ];
  if (!order.some((entry) => entry.column === 'id')) order.push({ column: 'id', order: 'asc' });
  // Ordering columns are in the inner select already (Strapi selects them for its DISTINCT).
  inner.clear('order');
  const knex = strapi.db.connection;
  const numbered = knex
    .select(`pages.id`, `pages.${PARENT}`)
    .rowNumber(ROW_NUMBER, (window) => {
      for (const entry of order) window.orderBy(`pages.${entry.column}`, entry.order);
      window.partitionBy(`pages.${PARENT}`);
    })
    .from(inner.as('pages'));
  const first = offset && offset > 0 ? offset : 0;
  const page = knex.select('numbered.id', `numbered.${PARENT}`).from(numbered.as('numbered')).where(`numbered.${ROW_NUMBER}`, '>', first);
  if (limit !== undefined && limit >= 0) page.andWhere(`numbered.${ROW_NUMBER}`, '<=', first + limit);
  page.orderBy([{ column: `numbered.${PARENT}` }, { column: `numbered.${ROW_NUMBER}` }]);

  const rows = (await page) as Array<{ id: number | string; [PARENT]: number | string }>;
  const ids: IdsByParent = new Map();
  for (const row of rows) {
    const parentId = Number(row[PARENT]);
    const list = ids.get(parentId) ?? [];
    list.push(Number(row.id));
    ids.set(parentId, list);
  }
  return ids;
}
