import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MAX_MOST_READ_LIMIT, MOST_READ_DAYS, mostReadPublishedArticles, type MostReadRanking } from './most-read';

export const DEFAULT_MOST_READ_LIMIT = 5;

/** `limit`: 1–20, 5 when absent; anything else is a 400 (BAD_USER_INPUT) in Vietnamese then English. */
export function parseMostReadLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return DEFAULT_MOST_READ_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_MOST_READ_LIMIT) {
    const message = `Số bài đọc nhiều (limit) phải từ 1 đến ${MAX_MOST_READ_LIMIT}. The number of most read articles (limit) must be between 1 and ${MAX_MOST_READ_LIMIT}.`;
    throw new errors.ValidationError(message, { errors: [{ path: ['limit'], message, name: 'ValidationError' }] });
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
