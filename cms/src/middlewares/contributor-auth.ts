import type { Core } from '@strapi/strapi';
import { createContributorAuthGuard } from '../contributors/auth-guard';

/** global::contributor-auth: limits and Vietnamese answers of users-permissions' sign-in and password routes (src/contributors). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => createContributorAuthGuard(strapi);
