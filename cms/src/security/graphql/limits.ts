import type { Core } from '@strapi/strapi';
import { positiveConfigNumber } from '../config-number';

/** Everything the GraphQL guard refuses beyond, read once from config/security.ts and the plugin's config. */
export type GraphqlLimits = {
  maxAliases: number;
  /** Budget of `fields × list sizes` for one operation (see cost-limit.ts). */
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  /** Deepest selection (fragments flattened), the plugin's GRAPHQL_DEPTH_LIMIT. */
  maxDepth: number;
  /** Deepest object nesting inside one argument or variable (filters: { not: { not: … } }). */
  maxInputDepth: number;
  /** Largest `pagination.limit` / `pageSize`, the plugin's GRAPHQL_MAX_LIMIT. */
  maxListSize: number;
  /** What a list without a page size costs: the plugin's GRAPHQL_DEFAULT_LIMIT. */
  defaultListSize: number;
  maxBodyBytes: number;
  /** Fields one `sort` may name (each a field of the type itself, never through a relation). */
  maxSortFields: number;
  /** Deepest introspection selection (`__schema { types { fields { type { ofType … } } } }`). */
  maxIntrospectionDepth: number;
};

export function readGraphqlLimits(strapi: Core.Strapi): GraphqlLimits {
  const number = (key: string, fallback: number) => positiveConfigNumber(strapi, key, fallback);
  return {
    maxAliases: number('security.graphql.maxAliases', 30),
    maxCost: number('security.graphql.maxCost', 25000),
    maxTokens: number('security.graphql.maxTokens', 3000),
    maxDirectives: number('security.graphql.maxDirectives', 20),
    maxInputDepth: number('security.graphql.maxFilterDepth', 8),
    maxBodyBytes: number('security.graphql.maxBodyBytes', 100 * 1024),
    maxSortFields: number('security.graphql.maxSortFields', 3),
    maxIntrospectionDepth: number('security.graphql.maxIntrospectionDepth', 16),
    maxDepth: number('plugin::graphql.depthLimit', 8),
    maxListSize: number('plugin::graphql.maxLimit', 100),
    defaultListSize: number('plugin::graphql.defaultLimit', 10),
  };
}
