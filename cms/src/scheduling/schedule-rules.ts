import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isScheduledType, SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT, type ScheduleField } from './schedule-fields';
import { checkScheduleOrder } from './schedule-order';

type Params = { data?: Record<string, unknown>; documentId?: string };
type Ability = { can(action: string, subject: string): boolean };

export const SCHEDULE_FORBIDDEN_MESSAGE =
  'Chỉ người có quyền xuất bản mới đặt được "Đăng lúc" / "Gỡ lúc". Only staff who may publish can schedule a publish or an unpublish.';

const timeOf = (value: unknown): number | null => (value == null || value === '' ? null : new Date(value as string).getTime());

/**
 * Scheduling a publish is publishing later: a staff member whose role may not publish the type (an
 * author, issue 11's "Tác giả") cannot set or change either time, whatever fields the role may edit
 * (saving a draft an editor scheduled, with the times unchanged, is fine).
 */
async function refuseScheduleWithoutPublishRight(strapi: Core.Strapi, uid: UID.ContentType, data: Record<string, unknown>, documentId?: string): Promise<void> {
  const fields = [SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT].filter((field) => field in data);
  if (fields.length === 0) return;
  const ability = strapi.requestContext.get()?.state?.userAbility as Ability | undefined;
  if (!ability || ability.can('plugin::content-manager.explorer.publish', uid)) return;
  const stored = documentId
    ? ((await strapi.db.query(uid).findOne({ select: fields, where: { documentId, publishedAt: null } })) as Record<string, unknown> | null)
    : null;
  if (fields.every((field) => timeOf(data[field]) === timeOf(stored?.[field]))) return;
  // A PolicyError (a ForbiddenError): Strapi's router turns a plain ForbiddenError into a bare "Forbidden".
  throw new errors.PolicyError(SCHEDULE_FORBIDDEN_MESSAGE, { code: 'schedule_needs_publish_right' });
}

/**
 * Clears a schedule the document has just gone through, on its draft and published rows alike, so it
 * never fires again (an unpublish schedule left on a draft would otherwise take the document down
 * again after its next publish). `updateMany` leaves `updatedAt` alone: the document does not turn
 * "modified" in the admin panel.
 */
async function consumeSchedule(strapi: Core.Strapi, uid: UID.ContentType, documentId: string | undefined, field: ScheduleField): Promise<void> {
  if (!documentId) return;
  await strapi.db.query(uid).updateMany({ where: { documentId, [field]: { $notNull: true } }, data: { [field]: null } });
}

/**
 * The schedule's rules on every write, by the admin panel or the scheduler alike: only staff who may
 * publish set a schedule; "Gỡ lúc" must be after "Đăng lúc"; a publish (by hand or on schedule)
 * consumes "Đăng lúc", an unpublish consumes "Gỡ lúc".
 */
export function scheduleRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!isScheduledType(strapi.getModel(context.uid as UID.ContentType))) return next();
    const uid = context.uid as UID.ContentType;
    const params = (context.params ?? {}) as Params;
    switch (context.action) {
      case 'create':
      case 'update':
        if (params.data) {
          await refuseScheduleWithoutPublishRight(strapi, uid, params.data, params.documentId);
          await checkScheduleOrder(strapi, uid, params.data, params.documentId);
        }
        return next();
      case 'publish': {
        const result = await next();
        await consumeSchedule(strapi, uid, params.documentId, SCHEDULED_PUBLISH_AT);
        return result;
      }
      case 'unpublish': {
        const result = await next();
        await consumeSchedule(strapi, uid, params.documentId, SCHEDULED_UNPUBLISH_AT);
        return result;
      }
      default:
        return next();
    }
  };
}
