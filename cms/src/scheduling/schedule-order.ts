import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT } from './schedule-fields';

type Data = Record<string, unknown>;
type Moment = string | number | Date | null | undefined;

export const SCHEDULE_ORDER_MESSAGE =
  '"Gỡ lúc" phải sau "Đăng lúc": bài không thể được gỡ trước khi được đăng (scheduledUnpublishAt must be after scheduledPublishAt).';

function time(value: Moment): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Refuses a save whose "Gỡ lúc" is not after its "Đăng lúc" (a clear 400 in the admin panel). When
 * only one of them is being changed, the other is read from the stored draft.
 */
export async function checkScheduleOrder(strapi: Core.Strapi, uid: UID.ContentType, data: Data, documentId?: string): Promise<void> {
  if (!(SCHEDULED_PUBLISH_AT in data) && !(SCHEDULED_UNPUBLISH_AT in data)) return;
  let publishAt = data[SCHEDULED_PUBLISH_AT] as Moment;
  let unpublishAt = data[SCHEDULED_UNPUBLISH_AT] as Moment;
  if (documentId && (!(SCHEDULED_PUBLISH_AT in data) || !(SCHEDULED_UNPUBLISH_AT in data))) {
    const stored = (await strapi.db.query(uid).findOne({
      select: [SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT],
      where: { documentId, publishedAt: null },
    })) as Record<string, Moment> | null;
    if (!(SCHEDULED_PUBLISH_AT in data)) publishAt = stored?.[SCHEDULED_PUBLISH_AT];
    if (!(SCHEDULED_UNPUBLISH_AT in data)) unpublishAt = stored?.[SCHEDULED_UNPUBLISH_AT];
  }
  const publish = time(publishAt);
  const unpublish = time(unpublishAt);
  if (publish === undefined || unpublish === undefined || unpublish > publish) return;
  throw new errors.ValidationError(SCHEDULE_ORDER_MESSAGE, {
    errors: [{ path: [SCHEDULED_UNPUBLISH_AT], message: SCHEDULE_ORDER_MESSAGE, name: 'ValidationError' }],
  });
}
