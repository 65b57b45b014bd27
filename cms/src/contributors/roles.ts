import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS } from '../bootstrap/public-permissions';

/** The users-permissions role of contributors (cộng tác viên) of member associations. */
export const CONTRIBUTOR_ROLE_TYPE = 'contributor';
export const CONTRIBUTOR_ROLE_NAME = 'Cộng tác viên';

/** The contributor API's actions (src/api/contributor): their own profile and submissions, nothing else. */
export const CONTRIBUTOR_API_ACTIONS = ['me', 'submissions', 'submission', 'submit', 'resubmit'].map((action) => `api::contributor.contributor.${action}`);

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

type Role = { id: number; type: string };

/**
 * What a signed-in contributor may do: read what visitors read, their own profile and submissions,
 * change their password. No content type's create/update/delete, no /api/users, no media library,
 * no publishing: their articles are written by the contributor API, as drafts only.
 */
export function contributorActions(): Set<string> {
  return new Set([
    ...Object.entries(PUBLIC_READ_ACTIONS).flatMap(([uid, actions]) => actions.map((action) => `${uid}.${action}`)),
    ...CONTRIBUTOR_API_ACTIONS,
    'plugin::users-permissions.auth.changePassword',
  ]);
}

/** Makes a role's permissions exactly `wanted`: missing ones granted, every other one revoked. */
async function setRolePermissions(strapi: Core.Strapi, roleId: number, wanted: Set<string>): Promise<void> {
  const permissions = strapi.db.query(PERMISSION);
  const existing = (await permissions.findMany({ select: ['id', 'action'], where: { role: roleId } })) as Array<{ id: number; action: string }>;
  const unwanted = existing.filter((permission) => !wanted.has(permission.action));
  if (unwanted.length > 0) await permissions.deleteMany({ where: { id: { $in: unwanted.map((permission) => permission.id) } } });
  const have = new Set(existing.map((permission) => permission.action));
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: roleId } });
  }
}

async function roleOfType(strapi: Core.Strapi, type: string): Promise<Role | null> {
  return (await strapi.db.query(ROLE).findOne({ select: ['id', 'type'], where: { type } })) as Role | null;
}

/**
 * At every start (as the public role's reads, ../bootstrap/public-permissions.ts): the "Cộng tác viên"
 * role exists with exactly `contributorActions()`, and users-permissions' default `authenticated`
 * role has no more than the public role (it is nobody's role here; were staff to give it to a user,
 * that user could do what a visitor does). New users made in the admin get the contributor role
 * unless staff choose another.
 */
export async function applyContributorRoles(strapi: Core.Strapi): Promise<void> {
  let contributor = await roleOfType(strapi, CONTRIBUTOR_ROLE_TYPE);
  if (!contributor) {
    contributor = (await strapi.db.query(ROLE).create({
      data: { type: CONTRIBUTOR_ROLE_TYPE, name: CONTRIBUTOR_ROLE_NAME, description: 'Cộng tác viên của các hội thành viên: gửi tin bài để biên tập viên duyệt.' },
    })) as Role;
  }
  await setRolePermissions(strapi, contributor.id, contributorActions());

  const publicRole = await roleOfType(strapi, 'public');
  const authenticated = await roleOfType(strapi, 'authenticated');
  if (publicRole && authenticated) {
    const publicActions = (await strapi.db.query(PERMISSION).findMany({ select: ['action'], where: { role: publicRole.id } })) as Array<{ action: string }>;
    await setRolePermissions(strapi, authenticated.id, new Set(publicActions.map((permission) => permission.action)));
  }

  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get({})) ?? {}) as Record<string, unknown>;
  if (settings.default_role === undefined || settings.default_role === 'authenticated') {
    await advanced.set({ value: { ...settings, default_role: CONTRIBUTOR_ROLE_TYPE } });
  }
}
