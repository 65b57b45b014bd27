import type { Core, UID } from '@strapi/strapi';
import { qualifiedTable } from '../../database/table-columns';
import { idsOfEachParentPage, joinTableOf, type RelationDbQuery } from './per-parent-window';

type Parent = { id: number };
type Row = Record<string, unknown> & { id: number };
type Waiter = { resolve: (value: unknown) => void; reject: (error: unknown) => void };

/** What to load: a relation (or media, or component) field of a parent type, with the target's columns to read. */
export type RelationLoad = {
  parentUID: UID.Schema;
  attributeName: string;
  targetUID: UID.Schema;
  /** A to-many field: each parent gets a list, paged by `limit`/`offset`. */
  toMany: boolean;
  dbQuery: RelationDbQuery;
  /** Target attributes to read; undefined reads every column. */
  select?: string[];
};

type PendingBatch = RelationLoad & { waiters: Map<number, Waiter[]> };

function isPaged(dbQuery: RelationDbQuery): boolean {
  return (dbQuery.limit !== undefined && dbQuery.limit >= 0) || (dbQuery.offset !== undefined && dbQuery.offset > 0);
}

function settle(batch: PendingBatch, values: Map<number, unknown>): void {
  for (const [id, waiters] of batch.waiters) for (const waiter of waiters) waiter.resolve(values.get(id) ?? null);
}

function fail(batch: PendingBatch, error: unknown): void {
  for (const waiters of batch.waiters.values()) for (const waiter of waiters) waiter.reject(error);
}

/**
 * Batches that can be populated from one read of their parent rows: the same parent type and the same
 * parent ids, each field once (the same field asked twice with other arguments is read apart).
 */
function groupByParentRows(batches: PendingBatch[]): PendingBatch[][] {
  const groups: PendingBatch[][] = [];
  const open = new Map<string, PendingBatch[][]>();
  for (const batch of batches) {
    const key = `${batch.parentUID}\u0000${[...batch.waiters.keys()].sort((a, b) => a - b).join(',')}`;
    const candidates = open.get(key) ?? [];
    let group = candidates.find((members) => members.every((member) => member.attributeName !== batch.attributeName));
    if (!group) {
      group = [];
      candidates.push(group);
      open.set(key, candidates);
      groups.push(group);
    }
    group.push(batch);
  }
  return groups;
}

/**
 * Loads one relation (or media, or component) field for many parents with a bounded number of
 * queries, instead of the GraphQL plugin's query per parent row (N+1). All loads for the same field
 * and the same arguments issued while a GraphQL response is being resolved are collected until the
 * current I/O phase ends, then fetched together.
 *
 * A page of a to-many relation (`limit`, `offset`) is chosen per parent in the database (each
 * parent's page walked along the sort index, see per-parent-window.ts) unless every parent's links
 * fit one page (an article's few tags), so the rows read stay parents × limit whatever the size of
 * the related table; only the columns the GraphQL selection asks for are read.
 */
export class RelationBatcher {
  private readonly pending = new Map<string, PendingBatch>();
  private flushScheduled = false;

  constructor(private readonly strapi: Core.Strapi) {}

  load(request: RelationLoad, parent: Parent): Promise<unknown> {
    const { parentUID, attributeName, dbQuery, select } = request;
    const key = [parentUID, attributeName, JSON.stringify(dbQuery), select?.join(',') ?? '*'].join('\u0000');
    let batch = this.pending.get(key);
    if (!batch) {
      batch = { ...request, waiters: new Map() };
      this.pending.set(key, batch);
      this.scheduleFlush();
    }
    const waiters = batch.waiters;
    return new Promise((resolve, reject) => {
      const list = waiters.get(parent.id) ?? [];
      list.push({ resolve, reject });
      waiters.set(parent.id, list);
    });
  }

  /** Every load asked for until the current I/O phase ends is fetched together. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      const batches = [...this.pending.values()];
      this.pending.clear();
      void this.flush(batches);
    });
  }

  /**
   * A page per parent where a parent links more rows than a page holds; every other field populated
   * from the database, and the fields of the same parent rows (a list's cover, category and
   * associations) populated from one read of those rows.
   */
  private async flush(batches: PendingBatch[]): Promise<void> {
    const populated: PendingBatch[] = [];
    await Promise.all(
      batches.map(async (batch) => {
        try {
          const ids = [...batch.waiters.keys()];
          const paged = batch.toMany && isPaged(batch.dbQuery) && !(await this.everyParentFitsOnePage(batch, ids)) ? await this.fetchEachParentPage(batch, ids) : undefined;
          if (paged) settle(batch, paged);
          else populated.push(batch);
        } catch (error) {
          fail(batch, error);
        }
      }),
    );
    await Promise.all(
      groupByParentRows(populated).map(async (group) => {
        try {
          const values = await this.populate(group);
          group.forEach((batch, index) => settle(batch, values[index]));
        } catch (error) {
          for (const batch of group) fail(batch, error);
        }
      }),
    );
  }

  /** The fields of `group` (one parent type, the same parent rows, each field once) read with the parent rows. */
  private async populate(group: PendingBatch[]): Promise<Map<number, unknown>[]> {
    const { parentUID } = group[0];
    const ids = [...group[0].waiters.keys()];
    const populate: Record<string, unknown> = {};
    for (const { attributeName, dbQuery, select } of group) {
      const { limit: _limit, offset: _offset, ...fieldQuery } = select ? { ...dbQuery, select } : dbQuery;
      populate[attributeName] = Object.keys(fieldQuery).length > 0 ? fieldQuery : true;
    }
    // One parent or many, the same statements: what a page reads does not depend on how its loads fell into batches.
    const rows = (await this.strapi.db.query(parentUID as UID.ContentType).findMany({ select: ['id'], where: { id: { $in: ids } }, populate })) as Row[];
    return group.map(({ attributeName, dbQuery: { limit, offset } }) => {
      const values = new Map<number, unknown>();
      for (const row of rows) {
        const value = row[attributeName];
        if (Array.isArray(value)) {
          const start = offset ?? 0;
          values.set(row.id, value.slice(start, limit === undefined || limit < 0 ? undefined : start + limit));
        } else {
          values.set(row.id, value ?? null);
        }
      }
      return values;
    });
  }

  /**
   * True when no parent links more rows than its first page holds (an article's 2 tags with the
   * default limit of 10): then reading every parent's related rows at once, in one plain query, reads
   * no more than the pages would, and is cheaper than a page per parent. Counted on the join table's
   * index alone; links to rows the filters leave out only make the count larger, never wrong.
   */
  private async everyParentFitsOnePage(batch: PendingBatch, ids: number[]): Promise<boolean> {
    const { limit, offset } = batch.dbQuery;
    if ((offset !== undefined && offset > 0) || limit === undefined || limit < 0) return false;
    const joinTable = joinTableOf(this.strapi, batch.parentUID, batch.attributeName);
    if (!joinTable) return false;
    const knex = this.strapi.db.connection;
    const parentColumn = joinTable.joinColumn.name;
    const counts = knex(qualifiedTable(this.strapi, joinTable.name)).select(parentColumn).count({ links: '*' }).whereIn(parentColumn, ids).groupBy(parentColumn);
    for (const [column, value] of Object.entries(joinTable.on ?? {})) counts.andWhere(column, value as string);
    const rows = (await counts) as Array<{ links: number | string }>;
    return rows.every((row) => Number(row.links) <= limit);
  }

  /** Each parent's page chosen in the database, then the chosen rows read once each. Undefined when not expressible. */
  private async fetchEachParentPage(batch: PendingBatch, ids: number[]): Promise<Map<number, unknown> | undefined> {
    const { parentUID, attributeName, targetUID, dbQuery, select } = batch;
    const joinTable = joinTableOf(this.strapi, parentUID, attributeName);
    if (!joinTable) return undefined;
    const target = targetUID as UID.ContentType;
    const idsByParent = await idsOfEachParentPage(this.strapi, target, joinTable, ids, dbQuery);
    if (!idsByParent) return undefined;

    const wanted = [...new Set([...idsByParent.values()].flat())];
    // Read even when no parent has a related row, so a page costs the same queries whatever its data.
    const rows = (await this.strapi.db.query(target).findMany({ ...(select ? { select } : {}), where: { id: { $in: wanted } } })) as Row[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const values = new Map<number, unknown>();
    for (const id of ids) {
      const page = (idsByParent.get(id) ?? []).map((targetId) => byId.get(targetId)).filter((row): row is Row => row !== undefined);
      values.set(id, page);
    }
    return values;
  }
}

const batchers = new WeakMap<object, RelationBatcher>();

/** One batcher per GraphQL request, so nothing is shared between visitors. */
export function batcherFor(strapi: Core.Strapi, requestContext: object): RelationBatcher {
  let batcher = batchers.get(requestContext);
  if (!batcher) {
    batcher = new RelationBatcher(strapi);
    batchers.set(requestContext, batcher);
  }
  return batcher;
}
