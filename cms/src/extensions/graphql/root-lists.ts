import type { Core, Struct, UID } from '@strapi/strapi';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedColumns } from './selected-columns';

type Resolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => Promise<unknown>;
type FindMany = (parent: unknown, args: Record<string, unknown>, context: unknown) => Promise<unknown[]>;

/** Columns every entity row keeps: the relation resolvers load by `id`, previews tell drafts by `publishedAt`. */
const ALWAYS_READ = new Set(['id', 'documentId']);

/**
 * The root list queries of the API's collection types (`articles`, `articles_connection`, …),
 * exactly as the GraphQL plugin resolves them (arguments validated and sanitized, published only
 * unless the audience may read drafts, `pageInfo` counted apart), except that the database reads
 * only the columns the operation selects. The plugin reads every column (`t0.*`): for a list of 20
 * article titles, 20 rich-text bodies and search texts read, parsed and sanitized for nothing.
 */
export function buildRootListResolvers(strapi: Core.Strapi): Record<string, Resolver> {
  const graphql = strapi.plugin('graphql');
  const { naming } = graphql.service('utils');
  const { transformArgs } = graphql.service('builders').utils;
  const { toEntityResponseCollection } = graphql.service('format').returnTypes;
  const extension = graphql.service('extension');

  const resolvers: Record<string, Resolver> = {};
  const collectionTypes = Object.values(strapi.contentTypes).filter((model) => model.uid.startsWith('api::') && model.kind === 'collectionType') as Struct.ContentTypeSchema[];
  for (const contentType of collectionTypes) {
    if (!extension.shadowCRUD(contentType.uid).isActionEnabled('find')) continue;
    const { findMany } = graphql.service('builders').get('content-api').buildQueriesResolvers({ contentType }) as { findMany: FindMany };
    const draftAndPublish = contentType.options?.draftAndPublish === true;

    const argsFor = (args: Record<string, unknown>, info: GraphQLResolveInfo, isConnection: boolean) => {
      const transformedArgs = transformArgs(args, { contentType, usePagination: true }) as Record<string, unknown>;
      const columns = selectedColumns(info, contentType, isConnection)?.filter((name) => !ALWAYS_READ.has(name));
      if (!columns) return { transformedArgs, readArgs: transformedArgs };
      const fields = [...columns, ...(draftAndPublish && !columns.includes('publishedAt') ? ['publishedAt'] : [])];
      return { transformedArgs, readArgs: { ...transformedArgs, fields } };
    };

    resolvers[naming.getFindQueryName(contentType) as string] = async (parent, args, context, info) => {
      const { readArgs } = argsFor(args, info, false);
      return findMany(parent, readArgs, context);
    };
    resolvers[naming.getFindConnectionQueryName(contentType) as string] = async (parent, args, context, info) => {
      const { transformedArgs, readArgs } = argsFor(args, info, true);
      const nodes = await findMany(parent, readArgs, context);
      return toEntityResponseCollection(nodes, { args: transformedArgs, resourceUID: contentType.uid as UID.ContentType });
    };
  }
  return resolvers;
}
