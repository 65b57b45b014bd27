import type { Core } from '@strapi/strapi';
import { checkGraphqlOperation, type GraphqlRequestPayload } from './check-operation';
import { readGraphqlLimits } from './limits';
import { bodyTooLarge, readBodyWithLimit } from './read-body';
import { GraphqlRefusal } from './refusal';
import { routePath } from '../request-path';
import { capturedSchema } from './schema-capture';
import { createAcceptedOperations } from './accepted-operations';

type Context = Parameters<Core.MiddlewareHandler>[0];

const notJson = () => new GraphqlRefusal('BAD_REQUEST', 'Thân yêu cầu không phải JSON hợp lệ. The request body is not valid JSON.');

const unsupportedContentType = () =>
  new GraphqlRefusal(
    'CONTENT_TYPE',
    'Yêu cầu POST tới GraphQL phải có Content-Type: application/json. A GraphQL POST request must have Content-Type: application/json.',
    415,
  );

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The operation a POST body carries, as Apollo reads it (variables must be an object there). */
function payloadFromBody(body: unknown): GraphqlRequestPayload | undefined {
  if (!isRecord(body) || typeof body.query !== 'string') return undefined;
  return {
    query: body.query,
    variables: isRecord(body.variables) ? body.variables : undefined,
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
  };
}

/**
 * The operation a GET request carries, read exactly as Apollo reads it: every parameter of the raw
 * query string (URLSearchParams has no parameter cap, unlike Koa's `ctx.query`), `query`,
 * `variables` and `operationName` each given once (Apollo refuses repeats itself).
 */
function payloadFromQueryString(querystring: string): GraphqlRequestPayload | undefined {
  const params = new URLSearchParams(querystring);
  const once = (name: string) => {
    const values = params.getAll(name);
    return values.length === 1 ? values[0] : undefined;
  };
  const query = once('query');
  if (query === undefined) return undefined;
  const rawVariables = once('variables');
  let variables: unknown;
  if (rawVariables !== undefined) {
    try {
      variables = JSON.parse(rawVariables);
    } catch {
      throw notJson();
    }
  }
  return { query, variables: isRecord(variables) ? variables : undefined, operationName: once('operationName') };
}

/** The media type of a request without its parameters (`application/json; charset=utf-8` → `application/json`). */
const mediaType = (ctx: Context) => (ctx.get('Content-Type').split(';')[0] ?? '').trim().toLowerCase();

/**
 * A POST body, read by the guard itself (at most maxBytes, else 413) and only when it is
 * `application/json`: every other content type is a 415, so Apollo's body parser (JSON only, and
 * skipping a body parsed here) never decodes anything the guard did not check.
 */
async function readJsonBody(ctx: Context, maxBytes: number): Promise<unknown> {
  if (mediaType(ctx) !== 'application/json') throw unsupportedContentType();
  // strapi::body leaves the GraphQL endpoint to Apollo's own body parser, which skips a body parsed here.
  if (ctx.request.body === undefined) {
    const text = await readBodyWithLimit(ctx.req, maxBytes);
    try {
      ctx.request.body = text.length > 0 ? JSON.parse(text) : {};
    } catch {
      throw notJson();
    }
  }
  return ctx.request.body;
}

async function readPayload(ctx: Context, maxBytes: number): Promise<GraphqlRequestPayload | undefined> {
  if (Buffer.byteLength(ctx.querystring) > maxBytes) throw bodyTooLarge(maxBytes);
  if (ctx.method === 'GET') return payloadFromQueryString(ctx.querystring);
  if (ctx.method === 'POST') return payloadFromBody(await readJsonBody(ctx, maxBytes));
  return undefined;
}

/**
 * A Koa middleware in front of the GraphQL endpoint: it reads the request exactly as Apollo will
 * (POST: an `application/json` body of at most maxBodyBytes, anything else refused; GET: the raw query
 * string) and refuses, before Apollo parses or executes anything, every operation over a limit (see
 * check-operation.ts) with a 400/413/415 and `{ errors: [{ message, extensions: { code } }] }`.
 */
export function createGraphqlGuard(strapi: Core.Strapi): Core.MiddlewareHandler {
  const endpoint = routePath(strapi.config.get<string>('plugin::graphql.endpoint', '/graphql'));
  const limits = readGraphqlLimits(strapi);
  const accepted = createAcceptedOperations();
  return async (ctx, next) => {
    if (routePath(ctx.path) !== endpoint) return next();
    const schema = capturedSchema();
    try {
      const payload = await readPayload(ctx, limits.maxBodyBytes);
      if (payload && schema && !accepted.has(payload)) {
        const refusal = checkGraphqlOperation(schema, payload, limits);
        if (refusal) throw refusal;
        accepted.remember(payload);
      }
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
