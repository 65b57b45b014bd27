import type { Core } from '@strapi/strapi';
import { applyResetPasswordEmail, watchAccountApprovals } from './account-emails';
import { refuseGraphqlAuthMutations } from './graphql';
import { applyContributorRoles } from './roles';

/**
 * Contributor sign-in (issue 9): accounts of the "Cộng tác viên" role linked to a member association
 * (users-permissions, extended in ../extensions/users-permissions), who submit articles as drafts
 * through the contributor API (../api/contributor) and read their own drafts (the `contributor`
 * audience, ../documents/audience.ts). Sign-in and password routes are guarded by ./auth-guard.ts
 * (the `global::contributor-auth` middleware).
 */
export function registerContributors(strapi: Core.Strapi): void {
  refuseGraphqlAuthMutations(strapi);
}

export async function bootstrapContributors(strapi: Core.Strapi): Promise<void> {
  await applyContributorRoles(strapi);
  await applyResetPasswordEmail(strapi);
  watchAccountApprovals(strapi);
}
