import type { Core } from '@strapi/strapi';

/** What visitors and partner sites may read without signing in. Nothing else: no writes. */
export const PUBLIC_READ_ACTIONS: Record<string, Array<'find' | 'findOne'>> = {
  'api::article.article': ['find', 'findOne'],
  'api::association.association': ['find', 'findOne'],
  'api::event.event': ['find', 'findOne'],
  'api::honored-intellectual.honored-intellectual': ['find', 'findOne'],
  'api::category.category': ['find', 'findOne'],
  'api::tag.tag': ['find', 'findOne'],
  'api::page.page': ['find', 'findOne'],
  'api::global.global': ['find'],
};

type Permission = { id: number; action: string };

/**
 * Makes the public role exactly read-only on the portal's content types: grants the listed actions,
 * revokes any other action on those types (create, update, delete…). Runs at every start, so a
 * permission changed by mistake in the admin is put back.
 */
export async function applyPublicReadPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const publicRole = (await roles.findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!publicRole) throw new Error('users-permissions public role is missing');

  const wanted = new Set(
    Object.entries(PUBLIC_READ_ACTIONS).flatMap(([uid, actions]) => actions.map((action) => `${uid}.${action}`)),
  );
  const existing = (await permissions.findMany({
    select: ['id', 'action'],
    where: { role: publicRole.id, action: { $startsWith: 'api::' } },
  })) as Permission[];

  const unwanted = existing.filter((permission) => !wanted.has(permission.action));
  if (unwanted.length > 0) await permissions.deleteMany({ where: { id: { $in: unwanted.map((p) => p.id) } } });

  const have = new Set(existing.map((permission) => permission.action));
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: publicRole.id } });
  }
}

/**
 * Contributors from member associations are invited by the union's staff, they do not sign
 * themselves up: self-registration stays off unless an administrator turns it on.
 * Applied once (the first start), so an administrator's later choice is respected.
 */
export async function disableSelfRegistrationOnce(strapi: Core.Strapi): Promise<void> {
  const marker = strapi.store({ type: 'core', name: 'portal', key: 'registration-defaults-applied' });
  if (await marker.get({})) return;
  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get({})) ?? {}) as Record<string, unknown>;
  await advanced.set({ value: { ...settings, allow_register: false } });
  await marker.set({ value: true });
}
