import type { Core } from '@strapi/strapi';
import { readPathIndexes } from '../../src/bootstrap/read-path-indexes';
import { publishedSitemapEntries } from '../../src/sitemap/published-entries';
import { startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let isPostgres: boolean;

beforeAll(async () => {
  strapi = await startStrapi();
  isPostgres = strapi.db.dialect.client === 'postgres';
});
afterAll(stopStrapi);

async function indexNames(): Promise<Set<string>> {
  const knex = strapi.db.connection;
  const rows = isPostgres
    ? ((await knex.raw('SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()')).rows as Array<{ name: string }>)
    : ((await knex.raw("SELECT name FROM sqlite_master WHERE type = 'index'")) as Array<{ name: string }>);
  return new Set(rows.map((row) => row.name));
}

/** The SQL (and bindings) Strapi sends for a query, captured from knex, then its plan as text. */
async function planOf(run: () => Promise<unknown>): Promise<string> {
  const knex = strapi.db.connection;
  let captured: { sql: string; bindings: unknown[] } | undefined;
  const listener = (query: { sql: string; bindings?: unknown[] }) => {
    captured ??= { sql: query.sql, bindings: query.bindings ?? [] };
  };
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.off('query', listener);
  }
  if (!captured) throw new Error('no query captured');
  const { sql, bindings } = captured;
  if (isPostgres) {
    // On a test database of a few dozen rows a scan and a sort are cheapest; the question is
    // whether an index can serve the filter and the order at all.
    return knex.transaction(async (trx) => {
      for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) await trx.raw(`SET LOCAL ${setting} = off`);
      // knex reports PostgreSQL's numbered placeholders ($1, $2…, in order); raw() takes `?`.
      const result = await trx.raw(`EXPLAIN ${sql.replace(/\$\d+/g, '?')}`, bindings as never);
      return (result.rows as Array<{ 'QUERY PLAN': string }>).map((row) => row['QUERY PLAN']).join('\n');
    });
  }
  const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as never)) as Array<{ detail: string }>;
  return rows.map((row) => row.detail).join('\n');
}

describe('indexes for the read paths of the site and partner sites', () => {
  it('exist after start, on every type with a slug and on the relation join tables', async () => {
    const names = await indexNames();
    const expected = readPathIndexes(strapi).READ_PATH_INDEXES.map((index) => index.name);
    expect(expected.length).toBeGreaterThan(20);
    for (const name of expected) expect(names).toContain(name);
  });

  it('are created by a migration Strapi records, and applying them again changes nothing', async () => {
    const migrations = (await strapi.db.connection('strapi_migrations').select('name')) as Array<{ name: string }>;
    expect(migrations.map((row) => row.name)).toContain('2026.11.26T00.00.00.read-path-indexes.js');
    const before = await indexNames();
    await readPathIndexes(strapi).ensureReadPathIndexes(strapi.db.connection);
    expect(await indexNames()).toEqual(before);
  });

  it('serve the latest 20 published articles without a full scan or a sort', async () => {
    const plan = await planOf(() =>
      strapi.db.query('api::article.article').findMany({ select: ['id', 'title'], where: { publishedAt: { $notNull: true } }, orderBy: { date: 'desc' }, limit: 20 }),
    );
    expect(plan).toMatch(/articles_published_date_idx/);
    if (isPostgres) expect(plan).not.toMatch(/Sort|Seq Scan/);
    else expect(plan).not.toMatch(/TEMP B-TREE|SCAN (t0|articles)\b(?! USING)/);
  });

  it('look up an article by its slug through the slug index', async () => {
    const plan = await planOf(() =>
      strapi.db.query('api::article.article').findOne({ select: ['id'], where: { slug: 'mot-bai-viet', publishedAt: { $notNull: true } } }),
    );
    expect(plan).toMatch(/articles_slug_idx/);
    if (isPostgres) expect(plan).not.toMatch(/Seq Scan/);
    else expect(plan).not.toMatch(/SCAN (t0|articles)\b(?! USING)/);
  });

  it("serve the sitemap's read of every published slug from the index alone, in order", async () => {
    const plan = await planOf(() => publishedSitemapEntries(strapi, 'article', 0, 50_000));
    // PostgreSQL may walk the primary key instead on a test database of a few dozen rows: in row order all the same.
    if (isPostgres) expect(plan).not.toMatch(/Sort|Seq Scan/);
    else expect(plan).toMatch(/SEARCH t USING COVERING INDEX articles_published_sitemap_idx/);
    if (!isPostgres) expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
