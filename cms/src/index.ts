import type { Core } from '@strapi/strapi';
import { applyVietnameseAdminLabels } from './bootstrap/admin-labels';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { applyPublicReadPermissions, disableSelfRegistrationOnce } from './bootstrap/public-permissions';
import { ensureReadPathIndexes } from './bootstrap/read-path-indexes';
import { ensureRevalidationWebhook } from './bootstrap/revalidation-webhook';
import { bootstrapContributors, registerContributors } from './contributors';
import { registerDocumentMiddlewares } from './documents';
import { configureEmailDelivery } from './email';
import { bootstrapHistory, registerHistory } from './history';
import { registerFeedImportRoutes } from './import/feeds';
import { registerImportEvent } from './import/import-event';
import { bootstrapNewsroom, bootstrapNewsroomViews, registerNewsroom } from './newsroom';
import { registerGraphqlExtensions } from './extensions/graphql';
import { bootstrapSearch, registerSearch } from './search';
import { registerUploadSecurity } from './security/uploads';
import { cachePublicAbility } from './security/public-ability';
import { rememberCheckedQueries } from './security/checked-queries';
import { registerGraphqlSecurity } from './security/graphql';
import { bootstrapScheduling, registerScheduling } from './scheduling';
import { seedDemoContentOnFirstStart } from './seed';
import { bootstrapVisits, registerVisits } from './visits';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerSearch(strapi);
    registerGraphqlExtensions(strapi);
    registerUploadSecurity(strapi);
    registerGraphqlSecurity(strapi);
    registerVisits(strapi);
    registerContributors(strapi);
    registerNewsroom(strapi);
    registerScheduling(strapi);
    registerHistory(strapi);
    registerFeedImportRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    cachePublicAbility(strapi);
    rememberCheckedQueries(strapi);
    await bootstrapHistory(strapi); // first: every document write from here on keeps a version
    await ensureReadPathIndexes(strapi);
    await applyPublicReadPermissions(strapi);
    await disableSelfRegistrationOnce(strapi);
    await bootstrapContributors(strapi);
    configureEmailDelivery(strapi);
    await applyVietnameseAdminLabels(strapi);
    await bootstrapNewsroom(strapi);
    await bootstrapScheduling(strapi);
    await ensureDevAdmin(strapi);
    await seedDemoContentOnFirstStart(strapi);
    await bootstrapNewsroomViews(strapi);
    await bootstrapSearch(strapi);
    await bootstrapVisits(strapi);
    registerImportEvent(strapi);
    await ensureRevalidationWebhook(strapi);
  },
};
