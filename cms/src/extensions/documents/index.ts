import type { Core } from '@strapi/strapi';
import { contentRules } from './content-rules';
import { publishedOnlyForPublic } from './published-only';

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  strapi.documents.use(publishedOnlyForPublic(strapi));
  strapi.documents.use(contentRules(strapi));
}
