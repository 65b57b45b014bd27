import type { Core } from '@strapi/strapi';
import { SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT, scheduledContentTypes } from './schedule-fields';

const PUBLISH = 'plugin::content-manager.explorer.publish';
const FIELD_ACTIONS = ['plugin::content-manager.explorer.read', 'plugin::content-manager.explorer.create', 'plugin::content-manager.explorer.update'];
const SCHEDULE_FIELDS = [SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT];

type PermissionRow = { id: number; action: string; subject: string | null; properties: { fields?: string[] | null } | null; role?: { id: number } | null };

/**
 * Staff roles that may publish a type see and edit its "Đăng lúc" / "Gỡ lúc": Strapi lists a role's
 * fields when the role is made, so a role made before the fields existed (an Editor role on an
 * older database) would not show them. Adds both fields to the read/create/update permissions of
 * every role holding the publish permission on the same type; returns how many permissions changed.
 * Roles without the publish right are left alone (they may not schedule: ./schedule-rules.ts).
 */
export async function grantScheduleFieldsToPublishers(strapi: Core.Strapi): Promise<number> {
  const types = scheduledContentTypes(strapi);
  const permissions = (await strapi.db.query('admin::permission').findMany({
    select: ['id', 'action', 'subject', 'properties'],
    where: { subject: { $in: types }, action: { $in: [PUBLISH, ...FIELD_ACTIONS] } },
    populate: { role: { select: ['id'] } },
  })) as PermissionRow[];
  const publishers = new Set(permissions.filter((p) => p.action === PUBLISH && p.role).map((p) => `${p.role!.id} ${p.subject}`));
  let changed = 0;
  for (const permission of permissions) {
    const fields = permission.properties?.fields;
    if (!FIELD_ACTIONS.includes(permission.action) || !permission.role || !Array.isArray(fields)) continue;
    if (!publishers.has(`${permission.role.id} ${permission.subject}`)) continue;
    const missing = SCHEDULE_FIELDS.filter((field) => !fields.includes(field));
    if (missing.length === 0) continue;
    await strapi.db.query('admin::permission').update({
      where: { id: permission.id },
      data: { properties: { ...permission.properties, fields: [...fields, ...missing] } },
    });
    changed += 1;
  }
  return changed;
}

/**
 * Runs the grant once per database (an administrator who later takes the fields away from a role in
 * Settings → Roles keeps it that way).
 */
export async function grantScheduleFieldsOnce(strapi: Core.Strapi): Promise<void> {
  const marker = strapi.store({ type: 'core', name: 'portal', key: 'schedule-fields-granted' });
  if (await marker.get({})) return;
  await grantScheduleFieldsToPublishers(strapi);
  await marker.set({ value: true });
}
