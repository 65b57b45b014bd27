import type { Core, UID } from '@strapi/strapi';
import { buildBatchedRelationResolvers } from './batched-relations';
import { buildRootListResolvers } from './root-lists';
import { sitemapExtension } from './sitemap';

/**
 * The public GraphQL surface: read-only. Staff write in the admin panel (its own REST API);
 * visitors and partners only query. Every content type's create/update/delete mutations are removed
 * from the schema. The mutations plugins add (media library, users-permissions) stay behind their
 * permission scopes, which the public role does not have. The custom queries, `sitemapEntries` and
 * `search` (../../search), only read.
 */
export function registerGraphqlExtensions(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');

  const apiTypes = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::')) as UID.ContentType[];
  for (const uid of apiTypes) extension.shadowCRUD(uid).disableMutations();

  extension.use(({ strapi: instance }: { strapi: Core.Strapi }) => ({
    resolvers: { ...buildBatchedRelationResolvers(instance), Query: buildRootListResolvers(instance) },
  }));
  extension.use(({ strapi: instance }: { strapi: Core.Strapi }) => sitemapExtension(instance));
}
