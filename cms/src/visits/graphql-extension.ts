import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MAX_MOST_READ_LIMIT, MOST_READ_DAYS, mostReadPublishedArticles, type MostReadRanking } from './most-read';

export const DEFAULT_MOST_READ_LIMIT = 5;

/** Why a `limit` is refused, in Vietnamese then English (the GraphQL guard and the resolver say the same). */
export const MOST_READ_LIMIT_MESSAGE = `Số bài đọc nhiều (limit) phải từ 1 đến ${MAX_MOST_READ_LIMIT}. The number of most read articles (limit) must be between 1 and ${MAX_MOST_READ_LIMIT}.`;

/**
 * `limit`: 1–20, 5 when absent. The GraphQL guard refuses other values with a 400 before the query runs
 * (security/graphql/own-limit-rule.ts); this check stands for callers that skip the guard.
 */
export function parseMostReadLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return DEFAULT_MOST_READ_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_MOST_READ_LIMIT) {
    throw new errors.ValidationError(MOST_READ_LIMIT_MESSAGE, { errors: [{ path: ['limit'], message: MOST_READ_LIMIT_MESSAGE, name: 'ValidationError' }] });
  }
  return limit;
}

const typeDefs = /* GraphQL */ `
  extend type Query {
    """
    "Đọc nhiều": the published articles with the most distinct readers in the last ${MOST_READ_DAYS} days
    (Vietnam days, today included; a reader counts once per article and day), most read first.
    Fewer than \`limit\`, or none, when few were read. Refreshed every few minutes.
    limit: 1-${MAX_MOST_READ_LIMIT}.
    """
    mostReadArticles(limit: Int = ${DEFAULT_MOST_READ_LIMIT}): [Article!]!
  }
`;

/** `Query.mostReadArticles` (see ./index.ts): public and read-only, published articles only. */
export function mostReadExtension(strapi: Core.Strapi, ranking: () => MostReadRanking) {
  return {
    typeDefs,
    resolvers: {
      Query: {
        mostReadArticles: (_parent: unknown, args: { limit?: unknown }) => mostReadPublishedArticles(strapi, ranking(), parseMostReadLimit(args.limit)),
      },
    },
    resolversConfig: {
      'Query.mostReadArticles': { auth: false },
    },
  };
}
