import type { Core } from '@strapi/strapi';
import { contentRules } from './content-rules';
import { fillSearchText } from './fill-search-text';
import { publishedOnlyForPublic } from './published-only';

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  strapi.documents.use(publishedOnlyForPublic(strapi));
  strapi.documents.use(contentRules(strapi));
  strapi.documents.use(fillSearchText(strapi));
}
