/**
 * What the admin panel reads from the browser's storage before anyone signs in, set the first time
 * it opens on a browser (a staff member's later choice is never overwritten):
 * - the interface language: Vietnamese (Strapi falls back to English; once signed in, the account's
 *   own language applies — every staff account is created in Vietnamese, src/newsroom/admin-language.ts);
 * - the "Introducing the new Media Library — Read blog post" banner, linking to strapi.io: marked as
 *   dismissed (Strapi keeps that per project id, which this project does not send: "false", and
 *   "undefined" while the panel starts).
 */
const LANGUAGE_KEY = 'strapi-admin-language';
const MEDIA_LIBRARY_BANNER_KEYS = ['STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false', 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:undefined'];

export function applyStaffDefaults(storage: Storage): void {
  if (storage.getItem(LANGUAGE_KEY) === null) storage.setItem(LANGUAGE_KEY, 'vi');
  for (const key of MEDIA_LIBRARY_BANNER_KEYS) storage.setItem(key, 'true');
  document.documentElement.lang = storage.getItem(LANGUAGE_KEY) ?? 'vi';
}
