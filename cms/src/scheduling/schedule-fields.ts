import type { Core, UID } from '@strapi/strapi';

/**
 * "Đăng lúc" and "Gỡ lúc": when a document is to be published and taken down. Private attributes of
 * every draft & publish type (not in the REST or GraphQL content API). The DRAFT row's values are the
 * schedule: the editor edits the draft; the published row only carries a copy made at publish time.
 */
export const SCHEDULED_PUBLISH_AT = 'scheduledPublishAt';
export const SCHEDULED_UNPUBLISH_AT = 'scheduledUnpublishAt';
export type ScheduleField = typeof SCHEDULED_PUBLISH_AT | typeof SCHEDULED_UNPUBLISH_AT;

export const SCHEDULE_LABELS: Record<ScheduleField, string> = {
  [SCHEDULED_PUBLISH_AT]: 'Đăng lúc',
  [SCHEDULED_UNPUBLISH_AT]: 'Gỡ lúc',
};

type Model = { options?: { draftAndPublish?: boolean }; attributes: Record<string, { type: string }> };

/** A content type that can be scheduled: draft & publish, with both schedule attributes. */
export function isScheduledType(model: Model | undefined): boolean {
  if (model?.options?.draftAndPublish !== true) return false;
  return model.attributes[SCHEDULED_PUBLISH_AT]?.type === 'datetime' && model.attributes[SCHEDULED_UNPUBLISH_AT]?.type === 'datetime';
}

/** Every content type that can be scheduled, types added later included. */
export function scheduledContentTypes(strapi: Core.Strapi): UID.ContentType[] {
  return (Object.keys(strapi.contentTypes) as UID.ContentType[]).filter((uid) => isScheduledType(strapi.contentTypes[uid] as Model));
}
