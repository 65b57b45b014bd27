import type { Core, UID } from '@strapi/strapi';
import { SCHEDULE_LABELS, SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT, scheduledContentTypes, type ScheduleField } from './schedule-fields';

export type ScheduledDocument = { uid: UID.ContentType; documentId: string };
export type ScheduleRun = {
  /** Documents this process published. */
  published: ScheduledDocument[];
  /** Documents this process took down. */
  unpublished: ScheduledDocument[];
  /** Unpublish schedules of documents that were not published: consumed, nothing else to do. */
  alreadyUnpublished: ScheduledDocument[];
  /** Jobs that failed (e.g. a draft missing a required field): nothing was changed; tried again next tick. */
  failed: Array<ScheduledDocument & { field: ScheduleField; message: string }>;
};

/** Jobs read per content type and kind in one tick; any more are left for the next tick. */
const JOBS_PER_TICK = 100;

type DueRow = { id: number; documentId: string } & Record<string, unknown>;

/**
 * Takes one due job for this process alone: a single UPDATE that clears the schedule on the draft
 * row only while it is still set and due. Of two processes (or two overlapping ticks) reading the
 * same job, exactly one sees one affected row: the database serialises the two writes (a row lock
 * on PostgreSQL, the write lock on SQLite).
 */
async function claim(strapi: Core.Strapi, uid: UID.ContentType, row: DueRow, field: ScheduleField, now: Date): Promise<boolean> {
  const { count } = await strapi.db.query(uid).updateMany({
    where: { id: row.id, publishedAt: null, [field]: { $lte: now } },
    data: { [field]: null },
  });
  return count === 1;
}

type Outcome = 'done' | 'nothing-to-do' | 'taken-by-another';
/** The Document Service's draft & publish actions (every scheduled type has draft & publish). */
type Publishing = {
  publish(params: { documentId: string }): Promise<unknown>;
  unpublish(params: { documentId: string }): Promise<{ entries: unknown[] }>;
};

/**
 * Claims the job and does it in ONE transaction: the claim and the publish (or unpublish) are
 * committed together or not at all. A failed publish (a draft missing a required field) or a crash
 * rolls the claim back, so the job is still there at the next tick; a process that claims second
 * waits for the first one's commit and then finds nothing to claim. The claim is the transaction's
 * first statement, so on SQLite it takes the write lock before reading anything (no lock upgrade
 * between processes, hence no deadlock). The revalidation webhook is sent after the commit.
 */
async function doJob(strapi: Core.Strapi, uid: UID.ContentType, row: DueRow, field: ScheduleField, now: Date): Promise<Outcome> {
  return strapi.db.transaction(async () => {
    if (!(await claim(strapi, uid, row, field, now))) return 'taken-by-another';
    const documents = strapi.documents(uid) as unknown as Publishing;
    if (field === SCHEDULED_PUBLISH_AT) {
      await documents.publish({ documentId: row.documentId });
      return 'done';
    }
    const { entries } = await documents.unpublish({ documentId: row.documentId });
    return entries.length > 0 ? 'done' : 'nothing-to-do';
  });
}

async function runDue(strapi: Core.Strapi, uid: UID.ContentType, field: ScheduleField, now: Date, run: ScheduleRun): Promise<void> {
  const due = (await strapi.db.query(uid).findMany({
    select: ['id', 'documentId', field],
    where: { publishedAt: null, [field]: { $lte: now } },
    orderBy: [{ [field]: 'asc' }, { id: 'asc' }],
    limit: JOBS_PER_TICK,
  })) as DueRow[];
  for (const row of due) {
    const job = { uid, documentId: row.documentId };
    try {
      const outcome = await doJob(strapi, uid, row, field, now);
      if (outcome === 'done') (field === SCHEDULED_PUBLISH_AT ? run.published : run.unpublished).push(job);
      if (outcome === 'nothing-to-do') run.alreadyUnpublished.push(job);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      run.failed.push({ ...job, field, message });
      strapi.log.warn(`[lịch đăng] "${SCHEDULE_LABELS[field]}" của ${uid} ${row.documentId} chưa chạy được, sẽ thử lại ở lần sau: ${message}`);
    }
  }
}

/**
 * One tick of the scheduler: publishes every draft whose "Đăng lúc" has come and takes down every
 * document whose "Gỡ lúc" has come, through the Document Service (so the revalidation webhook purges
 * the site as for a publish by hand). A job whose time passed while the CMS was down runs at the
 * first tick after start. Runs with no HTTP request: the `internal` audience. Safe to run in several
 * processes at once: each job is done by exactly one of them (see `claim`).
 */
export async function runDueSchedules(strapi: Core.Strapi, now: Date = new Date()): Promise<ScheduleRun> {
  const run: ScheduleRun = { published: [], unpublished: [], alreadyUnpublished: [], failed: [] };
  for (const uid of scheduledContentTypes(strapi)) {
    await runDue(strapi, uid, SCHEDULED_PUBLISH_AT, now, run);
    await runDue(strapi, uid, SCHEDULED_UNPUBLISH_AT, now, run);
  }
  const done = run.published.length + run.unpublished.length;
  if (done > 0) strapi.log.info(`[lịch đăng] đã đăng ${run.published.length}, đã gỡ ${run.unpublished.length} theo lịch`);
  return run;
}
