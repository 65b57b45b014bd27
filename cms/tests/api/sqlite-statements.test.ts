import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let isSqlite: boolean;

beforeAll(async () => {
  strapi = await startStrapi();
  isSqlite = strapi.db.dialect.client === 'sqlite';
});
afterAll(stopStrapi);

const TABLE = 'statement_cache_probe';

/** The compiled statements each SQLite connection keeps (src/database/sqlite-statement-cache.ts) answer as compiling them anew. */
describe('kept SQLite statements', () => {
  beforeEach(async () => {
    await strapi.db.connection.schema.dropTableIfExists(TABLE);
    await strapi.db.connection.schema.createTable(TABLE, (table) => {
      table.increments('id');
      table.string('name');
    });
  });
  afterAll(async () => {
    await strapi.db.connection.schema.dropTableIfExists(TABLE);
  });

  it('read what is there now, in and out of transactions, after writes and after the table changes', async () => {
    if (!isSqlite) return; // PostgreSQL's driver is another (pg); nothing is kept there
    const knex = strapi.db.connection;
    // The connection hands back the statement it compiled before for the same text.
    const connection = (await knex.client.acquireConnection()) as { prepare: (sql: string) => unknown };
    try {
      expect(connection.prepare(`select count(*) from ${TABLE}`)).toBe(connection.prepare(`select count(*) from ${TABLE}`));
    } finally {
      await knex.client.releaseConnection(connection);
    }
    const read = () => knex(TABLE).select('*').orderBy('id');
    await knex(TABLE).insert({ name: 'một' });
    expect(await read()).toEqual([{ id: 1, name: 'một' }]);
    await knex(TABLE).insert({ name: 'hai' });
    expect((await read()).map((row: { name: string }) => row.name)).toEqual(['một', 'hai']);

    // Inside a transaction (the same connection), kept statements see its writes.
    await knex.transaction(async (trx) => {
      await trx(TABLE).insert({ name: 'ba' });
      expect((await trx(TABLE).select('*').orderBy('id')).map((row: { name: string }) => row.name)).toEqual(['một', 'hai', 'ba']);
      await trx(TABLE).where({ name: 'ba' }).update({ name: 'bốn' });
    });
    expect((await read()).map((row: { name: string }) => row.name)).toEqual(['một', 'hai', 'bốn']);
    const rolledBack = knex.transaction(async (trx) => {
      await trx(TABLE).insert({ name: 'năm' });
      throw new Error('bỏ');
    });
    await expect(rolledBack).rejects.toThrow('bỏ');
    expect(await read()).toHaveLength(3);

    // A kept `select *` gives the new column once the table has one.
    await knex.schema.alterTable(TABLE, (table) => table.string('note').defaultTo('ghi chú'));
    expect((await read())[0]).toEqual({ id: 1, name: 'một', note: 'ghi chú' });

    // Writes report what they changed, as the driver reports it.
    const updated = await knex(TABLE).update({ note: 'mới' });
    expect(updated).toBe(3);
    const [inserted] = await knex(TABLE).insert({ name: 'sáu' }).returning('id');
    expect((inserted as { id: number }).id ?? inserted).toBe(4);
  });

  it('keep reading right past the number of statements kept', async () => {
    if (!isSqlite) return;
    const knex = strapi.db.connection;
    await knex(TABLE).insert(Array.from({ length: 400 }, (_, index) => ({ name: `tên ${index}` })));
    // 400 different statement texts (the limit is inlined as a binding count: `in (?, ?, …)`), then the first again.
    for (let size = 1; size <= 400; size += 1) {
      const ids = Array.from({ length: size }, (_, index) => index + 1);
      const rows = await knex(TABLE).select('id').whereIn('id', ids);
      expect(rows).toHaveLength(size);
    }
    expect(await knex(TABLE).select('id').whereIn('id', [1])).toEqual([{ id: 1 }]);
  });
});
