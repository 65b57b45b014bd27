import type { Core } from '@strapi/strapi';
import { contentRules } from './content-rules';
import { fillSearchText } from '../extensions/documents/fill-search-text';
import { publishedOnlyForPublic } from './published-only';

/**
 * The Document Service middlewares: every read and write of a document, whoever makes it, passes
 * through them in this order. They live here, not under src/extensions/, which Strapi reserves for
 * plugin overrides (graphql, users-permissions).
 */
export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  strapi.documents.use(publishedOnlyForPublic(strapi));
  strapi.documents.use(contentRules(strapi));
  strapi.documents.use(fillSearchText(strapi));
}
