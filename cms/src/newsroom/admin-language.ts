import type { Core } from '@strapi/strapi';

/** The admin panel's language for every staff account unless they choose English in their profile. */
export const STAFF_ADMIN_LANGUAGE = 'vi';

/**
 * Every staff account opens the admin in Vietnamese from its first sign-in: a new account gets
 * `preferedLanguage` (Strapi's spelling) `vi` unless one is given, and accounts that never chose a
 * language get it at start. The sign-in page itself, before any account is known, is set to
 * Vietnamese in src/admin/app.tsx. English stays selectable (Profile → Interface language).
 */
export function registerStaffLanguage(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      const data = event.params.data as { preferedLanguage?: string | null };
      if (!data.preferedLanguage) data.preferedLanguage = STAFF_ADMIN_LANGUAGE;
    },
  });
}

export async function applyStaffLanguage(strapi: Core.Strapi): Promise<void> {
  await strapi.db.query('admin::user').updateMany({ where: { preferedLanguage: { $null: true } }, data: { preferedLanguage: STAFF_ADMIN_LANGUAGE } });
}
