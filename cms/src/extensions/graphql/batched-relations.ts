import type { Core, Schema, Struct, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { GraphQLResolveInfo } from 'graphql';
import { readRuleFor } from '../../documents/audience';
import { DRAFT_FORBIDDEN_MESSAGE } from '../../documents/published-only';
import { audienceOfRequest } from '../../documents/request-audience';
import { isPreviewedDraft, loadPreviewedDraftRelation } from './preview-relations';
import { batcherFor } from './relation-batcher';
import { selectedColumns } from './selected-columns';

type Attribute = Schema.Attribute.AnyAttribute;
type Parent = { id: number; documentId?: unknown; publishedAt?: unknown };
type Resolver = (parent: Parent, args: Record<string, unknown>, context: GraphQLContext, info?: GraphQLResolveInfo) => Promise<unknown>;
type GraphQLContext = { state: { auth?: unknown } };
type ResolverMap = Record<string, Record<string, Resolver>>;

const FILE_UID: UID.ContentType = 'plugin::upload.file';

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

/** A relation to one content type (not polymorphic): its target, and whether a parent has many. */
function relationTarget(attribute: Attribute): { target: UID.ContentType; toMany: boolean } | undefined {
  if (attribute.type !== 'relation' || !('target' in attribute) || attribute.relation.startsWith('morph')) return undefined;
  return { target: attribute.target, toMany: attribute.relation.endsWith('Many') };
}

/** What a relation or media field loads: the target type, and whether a parent has many. */
type RelationField = { targetUID: UID.ContentType; toMany: boolean; isMedia: boolean };

/** The relation or media field's target, when it is one this module resolves (API types and files). */
function relationFieldOf(attribute: Attribute): RelationField | undefined {
  if (attribute.type === 'media') return { targetUID: FILE_UID, toMany: attribute.multiple === true, isMedia: true };
  const relation = relationTarget(attribute);
  if (!relation || !(relation.target.startsWith('api::') || relation.target === FILE_UID)) return undefined;
  return { targetUID: relation.target, toMany: relation.toMany, isMedia: false };
}

/**
 * Resolvers for every relation, media and component field of the API's content types that
 *  - batch the loads of a list page into one query per field (see relation-batcher.ts), and
 *  - read draft & publish targets as the request's audience may (../../documents/audience.ts):
 *    published rows only for everyone the content API serves. `status: DRAFT` on a nested relation
 *    is refused, as it is on root queries (../../documents/published-only.ts): no audience reads
 *    drafts through a relation (a preview shows its one draft with the published documents it links to:
 *    preview-relations.ts).
 * They keep the GraphQL plugin's argument validation, sanitization and response shapes.
 */
export function buildBatchedRelationResolvers(strapi: Core.Strapi): ResolverMap {
  const graphql = strapi.plugin('graphql');
  const { naming } = graphql.service('utils');
  const { transformArgs } = graphql.service('builders').utils;
  const { toEntityResponse, toEntityResponseCollection } = graphql.service('format').returnTypes;

  const relationResolver = (parentUID: UID.Schema, attributeName: string, { targetUID, toMany, isMedia }: RelationField) => {
    const target = strapi.getModel(targetUID);

    // Media files are small rows the upload plugin may need whole (signing private URLs).
    const narrowColumns = !isMedia && targetUID.startsWith('api::');

    /** The field's arguments validated, sanitized and turned into a database query, and the columns to read. */
    const prepare = async (args: Record<string, unknown>, context: GraphQLContext, info?: GraphQLResolveInfo): Promise<PreparedLoad> => {
      const { auth } = context.state;
      const { status: _status, hasPublishedVersion: _h, publicationFilter: _p, ...rest } = args;
      const transformedArgs = transformArgs(rest, { contentType: target, usePagination: true });
      await strapi.contentAPI.validate.query(transformedArgs, target, { auth });
      const sanitizedQuery = await strapi.contentAPI.sanitize.query(transformedArgs, target, { auth });
      const dbQuery = strapi.get('query-params').transform(targetUID, sanitizedQuery) as Record<string, unknown>;
      if (readRuleFor(audienceOfRequest(strapi), target).kind !== 'any-version') {
        const where = dbQuery.where as Record<string, unknown> | undefined;
        dbQuery.where = where ? { $and: [where, { publishedAt: { $notNull: true } }] } : { publishedAt: { $notNull: true } };
      }
      const isConnection = info?.fieldName.endsWith('_connection') ?? false;
      const select = narrowColumns ? selectedColumns(info, target, isConnection) : undefined;
      return { sanitizedQuery, dbQuery, select };
    };

    return async (parent: Parent, args: Record<string, unknown>, context: GraphQLContext, info?: GraphQLResolveInfo) => {
      if (args.status === 'draft' || args.status === 'DRAFT') throw new errors.ForbiddenError(DRAFT_FORBIDDEN_MESSAGE);
      const { sanitizedQuery, dbQuery, select } = await preparedOnce(context, info, args, () => prepare(args, context, info));
      const load = { parentUID, attributeName, targetUID, toMany, dbQuery, select };
      // A preview's draft links to drafts of related documents: it shows their published versions (preview-relations.ts).
      const previewedDraft = !isMedia && target.options?.draftAndPublish === true && isPreviewedDraft(audienceOfRequest(strapi), parentUID, parent);
      let data = previewedDraft
        ? await loadPreviewedDraftRelation(strapi, { ...load, targetUID: targetUID as UID.ContentType }, parent.id)
        : await batcherFor(strapi, context).load(load, parent);
      if (isMedia && data) {
        const { signFileUrls } = strapi.plugin('upload').service('file');
        data = Array.isArray(data) ? await Promise.all(data.map((file) => signFileUrls(file))) : await signFileUrls(data);
      }
      const responseInfo = { args: sanitizedQuery, resourceUID: targetUID };
      return toMany ? toEntityResponseCollection(data ?? [], responseInfo) : toEntityResponse(data, responseInfo);
    };
  };

  const componentResolver = (parentUID: UID.Schema, attributeName: string, componentUID: UID.Component, repeatable: boolean): Resolver => {
    const component = strapi.getModel(componentUID);
    return async (parent, args, context) => {
      const { auth } = context.state;
      const transformedArgs = transformArgs(args, { contentType: component, usePagination: true });
      await strapi.contentAPI.validate.query(transformedArgs, component, { auth });
      const sanitizedQuery = await strapi.contentAPI.sanitize.query(transformedArgs, component, { auth });
      const dbQuery = strapi.get('query-params').transform(componentUID, sanitizedQuery) as Record<string, unknown>;
      return batcherFor(strapi, context).load({ parentUID, attributeName, targetUID: componentUID, toMany: repeatable, dbQuery }, parent);
    };
  };

  const models: Struct.Schema[] = [
    ...Object.values(strapi.contentTypes).filter((model) => model.uid.startsWith('api::')),
    ...Object.values(strapi.components),
  ];

  const resolvers: ResolverMap = {};
  for (const model of models) {
    const typeName = (model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model)) as string;
    const fields: Record<string, Resolver> = {};
    for (const [name, attribute] of Object.entries(model.attributes)) {
      // i18n's `localizations` is only in the schema for localized types; none are localized yet.
      if (name === 'localizations') continue;
      if (attribute.type === 'component') {
        fields[name] = componentResolver(model.uid, name, attribute.component, attribute.repeatable === true);
        continue;
      }
      const relation = relationFieldOf(attribute);
      if (!relation) continue;
      const resolve = relationResolver(model.uid, name, relation);
      if (relation.toMany) {
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
