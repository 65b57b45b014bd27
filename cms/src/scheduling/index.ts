import type { Core } from '@strapi/strapi';
import { describeScheduleFieldsInAdmin } from './admin-hints';
import { grantScheduleFieldsOnce } from './grant-schedule-fields';
import { scheduleRules } from './schedule-rules';

export { runDueSchedules, type ScheduleRun, type ScheduledDocument } from './run-due-schedules';
export { SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT, SCHEDULE_LABELS, scheduledContentTypes } from './schedule-fields';
export { SCHEDULE_ORDER_MESSAGE } from './schedule-order';
export { grantScheduleFieldsToPublishers } from './grant-schedule-fields';
export { scheduledPublishingCronTasks, SCHEDULED_PUBLISHING_TASK, DEFAULT_SCHEDULER_CRON } from './cron-task';

/**
 * Scheduled publish and unpublish ("Đăng lúc" / "Gỡ lúc"): the rules every save obeys (a Document
 * Service middleware). The ticks come from Strapi's cron (config/cron-tasks.ts → ./cron-task.ts).
 */
export function registerScheduling(strapi: Core.Strapi): void {
  strapi.documents.use(scheduleRules(strapi));
}

/** The edit view explains both fields under them; roles that may publish see them. */
export async function bootstrapScheduling(strapi: Core.Strapi): Promise<void> {
  await describeScheduleFieldsInAdmin(strapi);
  await grantScheduleFieldsOnce(strapi);
}
