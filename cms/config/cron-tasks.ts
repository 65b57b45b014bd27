import type { Core } from '@strapi/strapi';
import { scheduledPublishingCronTasks } from '../src/scheduling/cron-task';

/**
 * Strapi's cron tasks (used by config/server.ts): the scheduler of "Đăng lúc" / "Gỡ lúc"
 * (src/scheduling; SCHEDULER_ENABLED, SCHEDULER_CRON).
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  ...scheduledPublishingCronTasks(env),
});
