import type { Core } from '@strapi/strapi';

/** Statements kept per connection; the least recently used is finalized first. */
const MAX_STATEMENTS = 256;

type Statement = { reader: boolean; all: (bindings: unknown[]) => unknown; run: (bindings: unknown[]) => { lastInsertRowid: number | bigint; changes: number } };
type Connection = { prepare: (sql: string) => Statement };
type QueryObject = { sql?: string; bindings?: unknown[]; response?: unknown; context?: { lastID: number | bigint; changes: number } };
type BetterSqliteClient = {
  driverName?: string;
  _formatBindings: (bindings?: unknown[]) => unknown[];
  _query: (connection: Connection, obj: QueryObject) => Promise<QueryObject>;
};

const caches = new WeakMap<Connection, Map<string, Statement>>();

/** The connection's prepared statement for `sql`, compiled once and reused (most recent last in the map). */
function statementFor(connection: Connection, sql: string): Statement {
  let cache = caches.get(connection);
  if (!cache) {
    cache = new Map();
    caches.set(connection, cache);
  }
  let statement = cache.get(sql);
  if (statement) {
    cache.delete(sql);
  } else {
    statement = connection.prepare(sql);
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
  }
  cache.set(sql, statement);
  return statement;
}

/**
 * knex's better-sqlite3 driver compiles every statement again on every query (`connection.prepare`):
 * for the partner list that is a tenth of the request's CPU. The same SQL text (with `?` bindings)
 * comes back on every request of a page, so each connection keeps its compiled statements. SQLite
 * recompiles a kept statement itself when the schema changes under it.
 */
export function cacheSqliteStatements(strapi: Core.Strapi): void {
  const client = strapi.db.connection.client as unknown as BetterSqliteClient;
  if (client.driverName !== 'better-sqlite3') return;
  // On the driver's prototype: a transaction's client is made from it (knex's makeTxClient), not from this instance.
  const driver = Object.getPrototypeOf(client) as BetterSqliteClient;
  driver._query = async function (this: BetterSqliteClient, connection, obj) {
    if (!obj.sql) throw new Error('The query is empty');
    if (!connection) throw new Error('No connection provided');
    const statement = statementFor(connection, obj.sql);
    const bindings = this._formatBindings(obj.bindings);
    if (statement.reader) {
      obj.response = statement.all(bindings);
      return obj;
    }
    const response = statement.run(bindings);
    obj.response = response;
    obj.context = { lastID: response.lastInsertRowid, changes: response.changes };
    return obj;
  };
}
