import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { emptyProgress, importFeed, type FeedImportOptions, type FeedImportProgress } from './import-feed';
import type { Feed } from './read-feed';

type Job = { id: string; ownerId: number; progress: FeedImportProgress; startedAt: number };

/** Finished jobs kept for their reports; the oldest go first. */
const KEPT_JOBS = 50;

/**
 * Import jobs started from the admin, in this process's memory: a job's progress is read by the
 * staff member who started it while it runs, and its report stays readable until 50 newer jobs
 * push it out or the CMS restarts (a restart during an import stops it; running the same feed again
 * finishes it, as the import is idempotent). With several CMS processes, the progress is read from
 * the process that runs the job: the admin polls through the same sticky session in practice, and
 * the articles themselves are in the shared database either way.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly strapi: Core.Strapi) {}

  start(ownerId: number, feed: Feed, options: Omit<FeedImportOptions, 'onProgress'>): Job {
    const job: Job = { id: randomUUID(), ownerId, progress: emptyProgress(feed.items.length), startedAt: Date.now() };
    this.jobs.set(job.id, job);
    while (this.jobs.size > KEPT_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
    importFeed(this.strapi, feed, options, job.progress).catch((error: Error) => {
      job.progress.messages.push(`Việc nhập dừng giữa chừng: ${error.message}`);
      this.strapi.log.error(`[import] job ${job.id}: ${error.stack}`);
    });
    return job;
  }

  /** The job, for the staff member who started it only. */
  find(id: string, ownerId: number): Job | undefined {
    const job = this.jobs.get(id);
    return job && job.ownerId === ownerId ? job : undefined;
  }
}
