import type { Core } from '@strapi/strapi';

/**
 * On a machine with no administrator yet, creates the super admin from DEV_ADMIN_EMAIL and
 * DEV_ADMIN_PASSWORD (written to .env by scripts/ensure-env.mjs on first start), so a newcomer
 * can sign in to /admin at once. Does nothing once any administrator exists, or when the
 * variables are unset (production: create the first admin through /admin).
 */
export async function ensureDevAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.DEV_ADMIN_EMAIL;
  const password = process.env.DEV_ADMIN_PASSWORD;
  if (!email || !password) return;

  const userService = strapi.service('admin::user');
  if ((await userService.count()) > 0) return;

  const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdminRole) return;

  await userService.create({
    email,
    firstname: process.env.DEV_ADMIN_FIRSTNAME ?? 'Quản trị',
    lastname: process.env.DEV_ADMIN_LASTNAME ?? 'Cổng thông tin',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdminRole.id],
  });
  strapi.log.info(`Created the development administrator ${email} (password in cms/.env).`);
}
