import type { Core } from '@strapi/strapi';

/**
 * The three staff roles of the newsroom, on Strapi's built-in admin roles (their codes stay, so
 * Strapi's own rules — the super admin has every permission — hold):
 * - Quản trị (`strapi-super-admin`): everything, including staff accounts, contributors' accounts and settings;
 * - Biên tập viên (`strapi-editor`): reviews and publishes every content type, media library; not the
 *   users-permissions "User" type (contributors' accounts are the administrators' business);
 * - Tác giả (`strapi-author`): writes articles and events and edits their own drafts, never publishes;
 *   reads the reference content an article links to (categories, tags, associations, intellectuals,
 *   pages) so that the relation pickers work.
 */
export const STAFF_ROLES = {
  administrator: { code: 'strapi-super-admin', name: 'Quản trị', description: 'Quản trị cổng thông tin: mọi nội dung, tài khoản nhân viên và cộng tác viên, cài đặt.' },
  editor: { code: 'strapi-editor', name: 'Biên tập viên', description: 'Duyệt và đăng mọi nội dung, kể cả bài của tác giả và cộng tác viên.' },
  author: { code: 'strapi-author', name: 'Tác giả', description: 'Viết bài, sửa bản nháp của mình và gửi duyệt; không tự đăng bài.' },
} as const;

/** Bumped whenever the permission sets below change: the roles are brought to them once per version. */
export const STAFF_ROLES_VERSION = 1;

const AUTHOR_WRITES = ['api::article.article', 'api::event.event'];
const AUTHOR_READS = ['api::category.category', 'api::tag.tag', 'api::association.association', 'api::honored-intellectual.honored-intellectual', 'api::page.page'];
const IS_CREATOR = 'admin::is-creator';
const PUBLISH = 'plugin::content-manager.explorer.publish';
const READ = 'plugin::content-manager.explorer.read';

type Permission = { action: string; subject?: string | null; properties?: { fields?: string[] }; conditions?: string[] };
type Action = { actionId: string; section: string; subjects?: string[] };

/** The content types staff edit: the app's own, as the content manager shows them. */
function editorialSubjects(strapi: Core.Strapi): string[] {
  return Object.values(strapi.contentTypes)
    .filter((contentType) => contentType.uid.startsWith('api::'))
    .filter((contentType) => (contentType.pluginOptions as { 'content-manager'?: { visible?: boolean } } | undefined)?.['content-manager']?.visible !== false)
    .map((contentType) => contentType.uid);
}

function mediaLibrary(conditions: string[]): Permission[] {
  return [
    { action: 'plugin::upload.read', conditions },
    { action: 'plugin::upload.configure-view' },
    { action: 'plugin::upload.assets.create' },
    { action: 'plugin::upload.assets.update', conditions },
    { action: 'plugin::upload.assets.download' },
    { action: 'plugin::upload.assets.copy-link' },
  ];
}

/** Every content-type action on `subjects`, with all their fields (Strapi's own helper). */
function contentTypePermissions(strapi: Core.Strapi, subjects: string[]): Permission[] {
  const actions = (strapi.service('admin::permission') as unknown as { actionProvider: { values(): Action[] } }).actionProvider
    .values()
    .filter((action) => action.section === 'contentTypes');
  const restricted = Object.keys(strapi.contentTypes).filter((uid) => !subjects.includes(uid));
  const contentTypes = strapi.service('admin::content-type') as unknown as {
    getPermissionsWithNestedFields(actions: Action[], options: { restrictedSubjects: string[] }): Permission[];
  };
  return contentTypes.getPermissionsWithNestedFields(actions, { restrictedSubjects: restricted }).map((permission) => ({ ...permission }));
}

export function editorPermissions(strapi: Core.Strapi): Permission[] {
  return [...contentTypePermissions(strapi, editorialSubjects(strapi)), ...mediaLibrary([])];
}

export function authorPermissions(strapi: Core.Strapi): Permission[] {
  const writes = contentTypePermissions(strapi, AUTHOR_WRITES.filter((uid) => uid in strapi.contentTypes))
    .filter((permission) => permission.action !== PUBLISH)
    .map((permission) => ({ ...permission, conditions: [IS_CREATOR] }));
  const reads = contentTypePermissions(strapi, AUTHOR_READS.filter((uid) => uid in strapi.contentTypes)).filter((permission) => permission.action === READ);
  return [...writes, ...reads, ...mediaLibrary([IS_CREATOR])];
}

type Role = { id: number; code: string; name: string; description: string };

/**
 * Names the roles in Vietnamese and, once per STAFF_ROLES_VERSION, gives the editor and author roles
 * their permission sets (a Quản trị may still adjust them in Settings → Roles; the next version of
 * this file brings them back to the project's definition, and says so in its commit).
 */
export async function applyStaffRoles(strapi: Core.Strapi): Promise<void> {
  const roles = (await strapi.db.query('admin::role').findMany({ select: ['id', 'code', 'name', 'description'] })) as Role[];
  for (const definition of Object.values(STAFF_ROLES)) {
    const role = roles.find((candidate) => candidate.code === definition.code);
    if (role && (role.name !== definition.name || role.description !== definition.description)) {
      await strapi.db.query('admin::role').update({ where: { id: role.id }, data: { name: definition.name, description: definition.description } });
    }
  }
  const marker = strapi.store({ type: 'core', name: 'portal', key: 'staff-roles-version' });
  if ((await marker.get({})) === STAFF_ROLES_VERSION) return;
  const roleService = strapi.service('admin::role') as unknown as { assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown> };
  const editor = roles.find((role) => role.code === STAFF_ROLES.editor.code);
  const author = roles.find((role) => role.code === STAFF_ROLES.author.code);
  if (!editor || !author) return;
  await roleService.assignPermissions(editor.id, editorPermissions(strapi));
  await roleService.assignPermissions(author.id, authorPermissions(strapi));
  await marker.set({ value: STAFF_ROLES_VERSION });
  strapi.log.info('[newsroom] staff roles Quản trị, Biên tập viên, Tác giả set up.');
}
