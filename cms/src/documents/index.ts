import type { Core } from '@strapi/strapi';
import { contentRules } from './content-rules';
import { publishedOnlyForPublic } from './published-only';

/**
 * The Document Service middlewares: every read and write of a document, whoever makes it, passes
 * through them in this order. They live here, not under src/extensions/, which Strapi reserves for
 * plugin overrides (graphql, users-permissions). The search module adds one more after these
 * (`registerSearch`, src/search), so a document's search text is made from its checked fields.
 */
export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  strapi.documents.use(publishedOnlyForPublic(strapi));
  strapi.documents.use(contentRules(strapi));
}
