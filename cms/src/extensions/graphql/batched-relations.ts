import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DRAFT_FORBIDDEN_MESSAGE } from '../documents/published-only';
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

function isMorph(attribute: Attribute): boolean {
  return attribute.type === 'relation' && Boolean(attribute.relation?.startsWith('morph'));
}

/**
 * Resolvers for every relation, media and component field of the API's content types that
 *  - batch the loads of a list page into one query per field (see relation-batcher.ts), and
 *  - only ever return published rows of draft & publish targets: `status: DRAFT` on a nested
 *    relation is refused, as it is on root queries (../documents/published-only.ts).
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

    return async (parent: { id: number }, args: Record<string, unknown>, context: GraphQLContext, info?: GraphQLResolveInfo) => {
      const { auth } = context.state;
      if (args.status === 'draft' || args.status === 'DRAFT') throw new errors.ForbiddenError(DRAFT_FORBIDDEN_MESSAGE);
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
