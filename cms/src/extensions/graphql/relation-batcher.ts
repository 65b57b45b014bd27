import type { Core, UID } from '@strapi/strapi';

type DbQuery = Record<string, unknown> & { limit?: number; offset?: number };
type Parent = { id: number };
type Waiter = { resolve: (value: unknown) => void; reject: (error: unknown) => void };

type PendingBatch = {
  uid: UID.Schema;
  attributeName: string;
  dbQuery: DbQuery;
  waiters: Map<number, Waiter[]>;
};

/**
 * Loads one relation (or media, or component) field for many parents with one database query,
 * instead of the GraphQL plugin's query per parent row (N+1). All loads for the same field and
 * the same arguments issued while a GraphQL response is being resolved are collected until the
 * current I/O phase ends, then fetched together.
 *
 * Per-parent pagination (`limit`, `offset`) is applied after the fetch, so each parent gets exactly
 * what a per-parent query would have returned.
 */
export class RelationBatcher {
  private readonly pending = new Map<string, PendingBatch>();

  constructor(private readonly strapi: Core.Strapi) {}

  load(uid: UID.Schema, attributeName: string, dbQuery: DbQuery, parent: Parent): Promise<unknown> {
    const key = `${uid}\u0000${attributeName}\u0000${JSON.stringify(dbQuery)}`;
    let batch = this.pending.get(key);
    if (!batch) {
      batch = { uid, attributeName, dbQuery, waiters: new Map() };
      this.pending.set(key, batch);
      const scheduled = batch;
      setImmediate(() => {
        this.pending.delete(key);
        void this.flush(scheduled);
      });
    }
    const waiters = batch.waiters;
    return new Promise((resolve, reject) => {
      const list = waiters.get(parent.id) ?? [];
      list.push({ resolve, reject });
      waiters.set(parent.id, list);
    });
  }

  private async flush(batch: PendingBatch): Promise<void> {
    const ids = [...batch.waiters.keys()];
    try {
      const values = await this.fetch(batch, ids);
      for (const id of ids) for (const waiter of batch.waiters.get(id) ?? []) waiter.resolve(values.get(id) ?? null);
    } catch (error) {
      for (const id of ids) for (const waiter of batch.waiters.get(id) ?? []) waiter.reject(error);
    }
  }

  private async fetch(batch: PendingBatch, ids: number[]): Promise<Map<number, unknown>> {
    const { uid, attributeName, dbQuery } = batch;
    const query = this.strapi.db.query(uid as UID.ContentType);
    if (ids.length === 1) {
      const value = await query.load({ id: ids[0] }, attributeName, dbQuery);
      return new Map([[ids[0], value]]);
    }
    const { limit, offset, ...populate } = dbQuery;
    const rows = (await query.findMany({
      select: ['id'],
      where: { id: { $in: ids } },
      populate: { [attributeName]: Object.keys(populate).length > 0 ? populate : true },
    })) as Array<Record<string, unknown> & Parent>;
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
