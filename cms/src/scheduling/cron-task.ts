import type { Core } from '@strapi/strapi';
import { runDueSchedules } from './run-due-schedules';

export const SCHEDULED_PUBLISHING_TASK = 'scheduledPublishing';
/** Every minute, at second 0: a schedule runs within a minute of its time. */
export const DEFAULT_SCHEDULER_CRON = '* * * * *';

type Env = Core.Config.Shared.ConfigParams['env'];
type CronTask = { task: (context: { strapi: Core.Strapi }) => Promise<void>; options: { rule: string } };

/**
 * The scheduler's task for Strapi's cron (config/server.ts `cron.tasks`), on when SCHEDULER_ENABLED
 * is not false, ticking on SCHEDULER_CRON (cron syntax, seconds optional; every minute by default).
 */
export function scheduledPublishingCronTasks(env: Env): Record<string, CronTask> {
  if (!env.bool('SCHEDULER_ENABLED', true)) return {};
  return {
    [SCHEDULED_PUBLISHING_TASK]: {
      task: async ({ strapi }) => {
        await runDueSchedules(strapi);
      },
      options: { rule: env('SCHEDULER_CRON', DEFAULT_SCHEDULER_CRON) },
    },
  };
}
