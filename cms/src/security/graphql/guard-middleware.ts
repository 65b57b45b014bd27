import type { Core } from '@strapi/strapi';
import { checkGraphqlOperation, type GraphqlRequestPayload } from './check-operation';
import { readGraphqlLimits } from './limits';
import { readBodyWithLimit } from './read-body';
import { GraphqlRefusal } from './refusal';
import { routePath } from '../request-path';
import { capturedSchema } from './schema-capture';

type Context = Parameters<Core.MiddlewareHandler>[0];

const notJson = () => new GraphqlRefusal('BAD_REQUEST', 'Thân yêu cầu không phải JSON hợp lệ. The request body is not valid JSON.');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The operation a request carries, or undefined when it carries none this guard can read (Apollo answers those). */
function toPayload(source: unknown): GraphqlRequestPayload | undefined {
  if (!isRecord(source) || typeof source.query !== 'string') return undefined;
  let variables = source.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      throw notJson();
    }
  }
  return { query: source.query, variables: isRecord(variables) ? variables : undefined };
}

async function readPayload(ctx: Context, maxBytes: number): Promise<GraphqlRequestPayload | undefined> {
  if (ctx.method === 'GET') {
    if (ctx.querystring.length > maxBytes) throw new GraphqlRefusal('BODY_SIZE_LIMIT', `Yêu cầu GraphQL quá lớn. The GraphQL request is too large.`, 413);
    return toPayload(ctx.query);
  }
  if (ctx.method !== 'POST') return undefined;
  // strapi::body leaves the GraphQL endpoint to Apollo's own body parser, which skips a body parsed here.
  if (ctx.request.body === undefined && ctx.is('json')) {
    const text = await readBodyWithLimit(ctx.req, maxBytes);
    try {
      ctx.request.body = text.length > 0 ? JSON.parse(text) : {};
    } catch {
      throw notJson();
    }
  }
  return toPayload(ctx.request.body);
}

/**
 * A Koa middleware in front of the GraphQL endpoint: it reads the request (at most maxBodyBytes) and
 * refuses, before Apollo parses or executes anything, every operation over a limit (see check-operation.ts)
 * with a 400/413 and `{ errors: [{ message, extensions: { code } }] }`.
 */
export function createGraphqlGuard(strapi: Core.Strapi): Core.MiddlewareHandler {
  const endpoint = routePath(strapi.config.get<string>('plugin::graphql.endpoint', '/graphql'));
  const limits = readGraphqlLimits(strapi);
  return async (ctx, next) => {
    if (routePath(ctx.path) !== endpoint) return next();
    const schema = capturedSchema();
    try {
      const payload = await readPayload(ctx, limits.maxBodyBytes);
      const refusal = payload && schema ? checkGraphqlOperation(schema, payload, limits) : undefined;
      if (refusal) throw refusal;
    } catch (error) {
      if (!(error instanceof GraphqlRefusal)) throw error;
      strapi.log.info(`GraphQL request refused: ${error.code}`);
      ctx.status = error.status;
      ctx.body = error.toResponseBody();
      return;
    }
    return next();
  };
}
