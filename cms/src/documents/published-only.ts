import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readRuleFor, type ReadableModel, type ReadRule } from './audience';
import { audienceOfRequest } from './request-audience';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

export const DRAFT_FORBIDDEN_MESSAGE =
  'Bản nháp chỉ biên tập viên mới xem được. Drafts are readable by editors only.';

type ReadParams = Record<string, unknown>;

function asksForDrafts(params: ReadParams): boolean {
  return typeof params.status === 'string' && params.status.toLowerCase() === 'draft';
}

/**
 * A read's Document Service parameters narrowed to what `rule` allows: published versions unless
 * drafts are asked for and the rule allows some (then only those, by an added filter); asking for
 * drafts the rule does not allow is refused with a clear 403 rather than silently answered.
 * Strapi's publication filters (`hasPublishedVersion`, `publicationFilter`) are dropped: they choose
 * among versions, which is the rule's decision alone.
 */
export function restrictReadParams(params: ReadParams, rule: ReadRule): ReadParams {
  if (rule.kind === 'any-version') return params;
  const { hasPublishedVersion: _hasPublishedVersion, publicationFilter: _publicationFilter, ...rest } = params;
  if (!asksForDrafts(rest)) return { ...rest, status: 'published' };
  if (rule.kind === 'published-only') throw new errors.ForbiddenError(DRAFT_FORBIDDEN_MESSAGE);
  // Always under `$and`: findOne puts its own `documentId` into the query's top level, where it would
  // replace a rule's `{ documentId }` filter (a preview token could then read any draft by its id).
  return { ...rest, status: 'draft', filters: { $and: rest.filters ? [rest.filters, rule.drafts] : [rule.drafts] } };
}

/**
 * Every read made through the Document Service, whoever makes it (REST and GraphQL content APIs,
 * plugins, scripts), reads only what its audience's rule allows (./audience.ts), for every content
 * type with draft & publish, including types added later: visitors and partners read published
 * content only. Relations loaded by the GraphQL plugin bypass the Document Service; see
 * ../extensions/graphql/batched-relations.ts, which applies the same rule.
 */
export function publishedOnlyForPublic(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next();
    const model: ReadableModel | undefined = strapi.getModel(context.uid as UID.ContentType);
    if (!model) return next();
    const rule = readRuleFor(audienceOfRequest(strapi), model);
    if (rule.kind === 'any-version') return next();
    (context as { params: unknown }).params = restrictReadParams((context.params ?? {}) as ReadParams, rule);
    return next();
  };
}
