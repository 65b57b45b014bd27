import type { Core } from '@strapi/strapi';
import { applyStaffLanguage, registerStaffLanguage } from './admin-language';
import { removeMarketplace } from './admin-noise';
import { applyNewsroomListViews } from './list-views';
import { reviewQueue } from './review-queue';
import { applyStaffRoles } from './staff-roles';
import { foldStaffSearch } from './staff-search';

/**
 * The newsroom in the Strapi admin (issue 11), all of it in this folder:
 * - ./staff-roles.ts: Quản trị, Biên tập viên, Tác giả and what each may do;
 * - ./admin-language.ts: every staff account in Vietnamese from its first sign-in;
 * - ./admin-noise.ts: no Marketplace (the banner and the sign-in page language: src/admin/app.tsx);
 * - ./list-views.ts: lists newest first, 20 a page, with the columns a newsroom reads;
 * - ./staff-search.ts: the search box ignores case and diacritics;
 * - ./review-queue.ts: "gửi duyệt", the review queue and its e-mails to reviewers.
 */
export function registerNewsroom(strapi: Core.Strapi): void {
  registerStaffLanguage(strapi);
  strapi.documents.use(foldStaffSearch());
  strapi.documents.use(reviewQueue(strapi));
}

/** Bootstrap phase, before the demo content (whose staff accounts need the roles). */
export async function bootstrapNewsroom(strapi: Core.Strapi): Promise<void> {
  await applyStaffRoles(strapi);
  await applyStaffLanguage(strapi);
  await removeMarketplace(strapi);
}

/** After the demo content and every label: the list views. */
export async function bootstrapNewsroomViews(strapi: Core.Strapi): Promise<void> {
  await applyNewsroomListViews(strapi);
}
