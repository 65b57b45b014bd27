/** Statements kept per connection; the least recently used is dropped first. */
const MAX_STATEMENTS = 256;

type SqliteConnection = { prepare: (sql: string) => unknown };

/**
 * knex's better-sqlite3 driver compiles every statement again on every query (`connection.prepare`):
 * for the partner list that was a tenth of the request's CPU. The same SQL text (with `?` bindings)
 * comes back on every request of a page, so each connection (config/database.ts, pool `afterCreate`)
 * hands back the statement it compiled before for the same text. SQLite recompiles a kept statement
 * itself when the schema changes under it; knex only runs statements to completion (`all`, `run`), so
 * one is never in use twice at once.
 */
export function keepCompiledStatements<T extends SqliteConnection>(connection: T): T {
  const compile = connection.prepare.bind(connection);
  const kept = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement !== undefined) {
      kept.delete(sql); // most recently used last
    } else {
      statement = compile(sql);
      if (kept.size >= MAX_STATEMENTS) kept.delete(kept.keys().next().value as string);
    }
    kept.set(sql, statement);
    return statement;
  };
  return connection;
}
