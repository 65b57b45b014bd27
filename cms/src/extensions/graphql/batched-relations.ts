import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DRAFT_FORBIDDEN_MESSAGE } from '../../documents/published-only';
import type { GraphQLResolveInfo } from 'graphql';
import { batcherFor } from './relation-batcher';
import { selectedColumns } from './selected-columns';

type Attribute = {
  type: string;
  relation?: string;
  target?: UID.Schema;
  multiple?: boolean;
  component?: UID.Component;
  repeatable?: boolean;
};
type Model = { uid: UID.Schema; modelType?: string; attributes: Record<string, Attribute>; options?: { draftAndPublish?: boolean } };
type Resolver = (parent: { id: number }, args: Record<string, unknown>, context: GraphQLContext, info?: GraphQLResolveInfo) => Promise<unknown>;
type GraphQLContext = { state: { auth?: unknown } };
type ResolverMap = Record<string, Record<string, Resolver>>;

const FILE_UID = 'plugin::upload.file' as UID.ContentType;

type PreparedLoad = { sanitizedQuery: unknown; dbQuery: Record<string, unknown>; select?: string[] };

/**
 * Per request and per field of the operation (its AST node) and arguments: the prepared load,
 * shared by every parent row. A list of 20 articles asks for `category` 20 times with the same
 * arguments; they are validated and sanitized once. Keyed by the request's context (its auth).
 */
const preparedLoads = new WeakMap<object, WeakMap<object, Map<string, Promise<PreparedLoad>>>>();

function preparedOnce(context: GraphQLContext, info: GraphQLResolveInfo | undefined, args: Record<string, unknown>, compute: () => Promise<PreparedLoad>): Promise<PreparedLoad> {
  const fieldNode = info?.fieldNodes[0];
  if (!fieldNode) return compute();
  let byField = preparedLoads.get(context);
  if (!byField) {
    byField = new WeakMap();
    preparedLoads.set(context, byField);
  }
  let byArgs = byField.get(fieldNode);
  if (!byArgs) {
    byArgs = new Map();
    byField.set(fieldNode, byArgs);
  }
  const key = JSON.stringify(args);
  let prepared = byArgs.get(key);
  if (!prepared) {
    prepared = compute();
    byArgs.set(key, prepared);
  }
  return prepared;
}

function isMorph(attribute: Attribute): boolean {
  return attribute.type === 'relation' && Boolean(attribute.relation?.startsWith('morph'));
}

/**
 * Resolvers for every relation, media and component field of the API's content types that
 *  - batch the loads of a list page into one query per field (see relation-batcher.ts), and
 *  - only ever return published rows of draft & publish targets: `status: DRAFT` on a nested
 *    relation is refused, as it is on root queries (../../documents/published-only.ts).
 * They keep the GraphQL plugin's argument validation, sanitization and response shapes.
 */
export function buildBatchedRelationResolvers(strapi: Core.Strapi): ResolverMap {
  const graphql = strapi.plugin('graphql');
  const { naming } = graphql.service('utils');
  const { transformArgs } = graphql.service('builders').utils;
  const { toEntityResponse, toEntityResponseCollection } = graphql.service('format').returnTypes;

  const relationResolver = (parentUID: UID.Schema, attributeName: string, attribute: Attribute) => {
    const isMedia = attribute.type === 'media';
    const targetUID = (isMedia ? FILE_UID : attribute.target) as UID.ContentType;
    const target = strapi.getModel(targetUID) as unknown as Model;
    const isToMany = isMedia ? Boolean(attribute.multiple) : Boolean(attribute.relation?.endsWith('Many'));
    const targetHasDrafts = target.options?.draftAndPublish === true;

    // Media files are small rows the upload plugin may need whole (signing private URLs).
    const narrowColumns = !isMedia && targetUID.startsWith('api::');

    /** The field's arguments validated, sanitized and turned into a database query, and the columns to read. */
    const prepare = async (args: Record<string, unknown>, context: GraphQLContext, info?: GraphQLResolveInfo): Promise<PreparedLoad> => {
      const { auth } = context.state;
      const { status: _status, hasPublishedVersion: _h, publicationFilter: _p, ...rest } = args;
      const transformedArgs = transformArgs(rest, { contentType: target, usePagination: true });
      await strapi.contentAPI.validate.query(transformedArgs, target as never, { auth } as never);
      const sanitizedQuery = await strapi.contentAPI.sanitize.query(transformedArgs, target as never, { auth } as never);
      const dbQuery = strapi.get('query-params').transform(targetUID, sanitizedQuery) as Record<string, unknown>;
      if (targetHasDrafts) {
        const where = dbQuery.where as Record<string, unknown> | undefined;
        dbQuery.where = where ? { $and: [where, { publishedAt: { $notNull: true } }] } : { publishedAt: { $notNull: true } };
      }
      const isConnection = info?.fieldName.endsWith('_connection') ?? false;
      const select = narrowColumns ? selectedColumns(info, target, isConnection) : undefined;
      return { sanitizedQuery, dbQuery, select };
    };

    return async (parent: { id: number }, args: Record<string, unknown>, context: GraphQLContext, info?: GraphQLResolveInfo) => {
      if (args.status === 'draft' || args.status === 'DRAFT') throw new errors.ForbiddenError(DRAFT_FORBIDDEN_MESSAGE);
      const { sanitizedQuery, dbQuery, select } = await preparedOnce(context, info, args, () => prepare(args, context, info));
      let data = await batcherFor(strapi, context).load({ parentUID, attributeName, targetUID, toMany: isToMany, dbQuery, select }, parent);
      if (isMedia && data) {
        const { signFileUrls } = strapi.plugin('upload').service('file');
        data = Array.isArray(data) ? await Promise.all(data.map((file) => signFileUrls(file))) : await signFileUrls(data);
      }
      const responseInfo = { args: sanitizedQuery, resourceUID: targetUID };
      return isToMany ? toEntityResponseCollection(data ?? [], responseInfo) : toEntityResponse(data, responseInfo);
    };
  };

  const componentResolver = (parentUID: UID.Schema, attributeName: string, attribute: Attribute): Resolver => {
    const component = strapi.getModel(attribute.component as UID.Component) as unknown as Model;
    return async (parent, args, context) => {
      const { auth } = context.state;
      const transformedArgs = transformArgs(args, { contentType: component, usePagination: true });
      await strapi.contentAPI.validate.query(transformedArgs, component as never, { auth } as never);
      const sanitizedQuery = await strapi.contentAPI.sanitize.query(transformedArgs, component as never, { auth } as never);
      const dbQuery = strapi.get('query-params').transform(component.uid, sanitizedQuery) as Record<string, unknown>;
      return batcherFor(strapi, context).load({ parentUID, attributeName, targetUID: component.uid, toMany: attribute.repeatable === true, dbQuery }, parent);
    };
  };

  const models: Model[] = [
    ...(Object.values(strapi.contentTypes) as unknown as Model[]).filter((model) => model.uid.startsWith('api::')),
    ...(Object.values(strapi.components) as unknown as Model[]),
  ];

  const resolvers: ResolverMap = {};
  for (const model of models) {
    const typeName = (model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model)) as string;
    const fields: Record<string, Resolver> = {};
    for (const [name, attribute] of Object.entries(model.attributes)) {
      // i18n's `localizations` is only in the schema for localized types; none are localized yet.
      if (name === 'localizations') continue;
      if (attribute.type === 'component') {
        fields[name] = componentResolver(model.uid, name, attribute);
        continue;
      }
      const isRelation = attribute.type === 'relation' && attribute.target && !isMorph(attribute);
      if (attribute.type !== 'media' && !isRelation) continue;
      if (isRelation && !attribute.target!.startsWith('api::') && attribute.target !== FILE_UID) continue;
      const resolve = relationResolver(model.uid, name, attribute);
      const toMany = attribute.type === 'media' ? Boolean(attribute.multiple) : Boolean(attribute.relation?.endsWith('Many'));
      if (toMany) {
        fields[`${name}_connection`] = resolve;
        fields[name] = async (...params) => ((await resolve(...params)) as { nodes?: unknown[] }).nodes ?? [];
      } else {
        fields[name] = async (...params) => ((await resolve(...params)) as { value: unknown }).value;
      }
    }
    if (Object.keys(fields).length > 0) resolvers[typeName] = fields;
  }
  return resolvers;
}
