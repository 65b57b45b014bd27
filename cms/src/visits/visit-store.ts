import type { Core } from '@strapi/strapi';
import { addDays, vietnamDate } from '@lienhiep/vietnamese-text';
import { newDailySalt, visitorId } from './visitor-id';

/** Strapi's knex connection (SQLite or PostgreSQL). */
type Knex = Core.Strapi['db']['connection'];

/** One beacon from a visitor's browser: who (before hashing), when, and the article read, if any. */
export type Visit = { ip: string; userAgent: string; at: Date; articleDocumentId?: string };

/** The public figures of "Thống kê truy cập". */
export type VisitFigures = { online: number; today: number; week: number; total: number };

/** An article and how many distinct visitors read it in a period. */
export type ArticleReads = { articleDocumentId: string; readers: number };

/**
 * Where visits are counted. One small interface, so a shared store (Redis, for several site and CMS
 * processes) can replace the database one without touching the counter's callers.
 */
export interface VisitStore {
  /** Counts a visit: at most once per visitor and day, and once per visitor, day and article read. */
  record(visit: Visit): Promise<void>;
  /** Online now (active in the last 5 minutes), today, this week (Monday to Sunday) and in all, in Vietnam days. */
  figures(now: Date): Promise<VisitFigures>;
  /** Distinct visitors per day from `fromDay` to `toDay` (yyyy-mm-dd, Vietnam days), every day listed. */
  dailyVisitors(fromDay: string, toDay: string): Promise<Array<{ day: string; visitors: number }>>;
  /** The most read articles from `fromDay` on, by distinct visitors per day. */
  mostRead(fromDay: string, limit: number): Promise<ArticleReads[]>;
  /** Folds the raw rows of days before `today` into per-day totals, deletes them and past salts. */
  prune(now: Date): Promise<void>;
}

export const ONLINE_WINDOW_MS = 5 * 60_000;

const TABLES = {
  salts: 'visit_salts',
  visitors: 'visit_visitors',
  dayTotals: 'visit_day_totals',
  reads: 'visit_article_reads',
  readTotals: 'visit_article_read_days',
} as const;

/** Creates the counter's tables when missing (plain tables Strapi's schema sync leaves alone). */
export async function ensureVisitTables(knex: Knex): Promise<void> {
  // knex.schema makes a new builder on each access: one builder reused would run its earlier statements again.
  const schema = () => knex.schema;
  if (!(await schema().hasTable(TABLES.salts))) {
    await schema().createTable(TABLES.salts, (table) => {
      table.string('day', 10).primary();
      table.string('salt', 64).notNullable();
    });
  }
  if (!(await schema().hasTable(TABLES.visitors))) {
    await schema().createTable(TABLES.visitors, (table) => {
      table.string('day', 10).notNullable();
      table.string('visitor', 64).notNullable();
      table.bigInteger('last_seen_at').notNullable();
      table.primary(['day', 'visitor']);
      table.index(['last_seen_at'], `${TABLES.visitors}_last_seen_idx`);
    });
  }
  if (!(await schema().hasTable(TABLES.dayTotals))) {
    await schema().createTable(TABLES.dayTotals, (table) => {
      table.string('day', 10).primary();
      table.integer('visitors').notNullable();
    });
  }
  if (!(await schema().hasTable(TABLES.reads))) {
    await schema().createTable(TABLES.reads, (table) => {
      table.string('day', 10).notNullable();
      table.string('visitor', 64).notNullable();
      table.string('article', 64).notNullable();
      table.primary(['day', 'article', 'visitor']);
    });
  }
  if (!(await schema().hasTable(TABLES.readTotals))) {
    await schema().createTable(TABLES.readTotals, (table) => {
      table.string('day', 10).notNullable();
      table.string('article', 64).notNullable();
      table.integer('readers').notNullable();
      table.primary(['day', 'article']);
    });
  }
}

/** Monday of the Vietnam week holding `day` (weeks run Monday to Sunday). */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** A grouped count as knex returns it (a string on PostgreSQL). */
type DayCount = { day: string; count: number | string };

const count = (rows: Array<Record<string, unknown>>, column = 'count'): number => Number(rows[0]?.[column] ?? 0);

/** The counter kept in the CMS database (SQLite or PostgreSQL): exact under concurrent beacons. */
export function databaseVisitStore(knex: Knex): VisitStore {
  const salts = new Map<string, Promise<string>>();

  /** The day's salt: made once (the first writer wins, every process reads the same one). */
  function saltOf(day: string): Promise<string> {
    let salt = salts.get(day);
    if (!salt) {
      salt = (async () => {
        await knex(TABLES.salts).insert({ day, salt: newDailySalt() }).onConflict('day').ignore();
        const row = await knex(TABLES.salts).where({ day }).first<{ salt: string } | undefined>('salt');
        if (!row) throw new Error(`no visit salt for ${day}`);
        return row.salt;
      })();
      salt.catch(() => salts.delete(day));
      salts.set(day, salt);
      for (const known of salts.keys()) if (known < addDays(day, -1)) salts.delete(known);
    }
    return salt;
  }

  async function rawDaily(fromDay: string, toDay: string): Promise<Map<string, number>> {
    // knex types a count() as the count alone, without the grouped columns selected beside it.
    const rows = (await knex(TABLES.visitors).select('day').count({ count: '*' }).whereBetween('day', [fromDay, toDay]).groupBy('day')) as DayCount[];
    return new Map(rows.map((row) => [String(row.day), Number(row.count)]));
  }

  async function folded(fromDay: string, toDay: string): Promise<Map<string, number>> {
    const rows = await knex(TABLES.dayTotals).select('day', 'visitors').whereBetween('day', [fromDay, toDay]);
    return new Map(rows.map((row: { day: string; visitors: number }) => [row.day, Number(row.visitors)]));
  }

  return {
    async record({ ip, userAgent, at, articleDocumentId }) {
      const day = vietnamDate(at);
      const visitor = visitorId(await saltOf(day), ip, userAgent);
      await knex(TABLES.visitors).insert({ day, visitor, last_seen_at: at.getTime() }).onConflict(['day', 'visitor']).merge(['last_seen_at']);
      if (articleDocumentId) await knex(TABLES.reads).insert({ day, visitor, article: articleDocumentId }).onConflict(['day', 'article', 'visitor']).ignore();
    },

    async figures(now) {
      const today = vietnamDate(now);
      const monday = weekStart(today);
      const [online, week, foldedWeek, rawAll, foldedAll] = await Promise.all([
        knex(TABLES.visitors).count({ count: '*' }).where('last_seen_at', '>=', now.getTime() - ONLINE_WINDOW_MS),
        rawDaily(monday, today),
        folded(monday, today),
        knex(TABLES.visitors).count({ count: '*' }),
        knex(TABLES.dayTotals).sum({ count: 'visitors' }),
      ]);
      const weekTotal = [...week.values(), ...foldedWeek.values()].reduce((sum, n) => sum + n, 0);
      return { online: count(online), today: week.get(today) ?? 0, week: weekTotal, total: count(rawAll) + count(foldedAll) };
    },

    async dailyVisitors(fromDay, toDay) {
      const [raw, totals] = await Promise.all([rawDaily(fromDay, toDay), folded(fromDay, toDay)]);
      const days: Array<{ day: string; visitors: number }> = [];
      for (let day = fromDay; day <= toDay; day = addDays(day, 1)) days.push({ day, visitors: (raw.get(day) ?? 0) + (totals.get(day) ?? 0) });
      return days;
    },

    async mostRead(fromDay, limit) {
      // Today's raw reads and the folded days, summed per article (a week holds a few hundred articles at most).
      const [raw, totals] = await Promise.all([
        knex(TABLES.reads).select('article').count({ readers: '*' }).where('day', '>=', fromDay).groupBy('article') as Promise<Array<{ article: string; readers: number | string }>>,
        knex(TABLES.readTotals).select('article').sum({ readers: 'readers' }).where('day', '>=', fromDay).groupBy('article') as Promise<Array<{ article: string; readers: number | string }>>,
      ]);
      const readers = new Map<string, number>();
      for (const row of [...raw, ...totals]) readers.set(row.article, (readers.get(row.article) ?? 0) + Number(row.readers));
      return [...readers]
        .map(([articleDocumentId, count]) => ({ articleDocumentId, readers: count }))
        .sort((x, y) => y.readers - x.readers || x.articleDocumentId.localeCompare(y.articleDocumentId))
        .slice(0, limit);
    },

    async prune(now) {
      const today = vietnamDate(now);
      await knex.transaction(async (trx) => {
        const days = (await trx(TABLES.visitors).select('day').count({ count: '*' }).where('day', '<', today).groupBy('day')) as DayCount[];
        for (const row of days) {
          await trx(TABLES.dayTotals).insert({ day: String(row.day), visitors: Number(row.count) }).onConflict('day').merge({ visitors: trx.raw('?? + excluded.visitors', [`${TABLES.dayTotals}.visitors`]) });
        }
        await trx(TABLES.visitors).where('day', '<', today).delete();
        const reads = (await trx(TABLES.reads).select('day', 'article').count({ count: '*' }).where('day', '<', today).groupBy('day', 'article')) as Array<DayCount & { article: string }>;
        for (const row of reads) {
          await trx(TABLES.readTotals)
            .insert({ day: String(row.day), article: String(row.article), readers: Number(row.count) })
            .onConflict(['day', 'article'])
            .merge({ readers: trx.raw('?? + excluded.readers', [`${TABLES.readTotals}.readers`]) });
        }
        await trx(TABLES.reads).where('day', '<', today).delete();
        // Yesterday's salt is gone: that day's hashes can no longer be linked to anyone.
        await trx(TABLES.salts).where('day', '<', today).delete();
      });
      for (const day of salts.keys()) if (day < today) salts.delete(day);
    },
  };
}
