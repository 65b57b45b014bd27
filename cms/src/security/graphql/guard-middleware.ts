import type { Core } from '@strapi/strapi';
import path from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { checkGraphqlOperation, type GraphqlRequestPayload } from './check-operation';
import { readGraphqlLimits } from './limits';
import { bodyTooLarge, readBodyWithLimit } from './read-body';
import { GraphqlRefusal } from './refusal';
import { routePath } from '../request-path';
import { capturedSchema } from './schema-capture';
import { createAcceptedOperations } from './accepted-operations';
import { createPersistedQueries, persistedQueryHash, persistedQueryNotFound, readPersistedManifest } from './persisted-queries';

type Context = Parameters<Core.MiddlewareHandler>[0];

const notJson = () => new GraphqlRefusal('BAD_REQUEST', 'Thân yêu cầu không phải JSON hợp lệ. The request body is not valid JSON.');

const unsupportedContentType = () =>
  new GraphqlRefusal(
    'CONTENT_TYPE',
    'Yêu cầu POST tới GraphQL phải có Content-Type: application/json. A GraphQL POST request must have Content-Type: application/json.',
    415,
  );

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a request carries: the query text may be absent when `extensions.persistedQuery` names it by hash. */
type IncomingOperation = { query?: string; variables?: Record<string, unknown>; operationName?: string; extensions?: Record<string, unknown> };

/** The operation a POST body carries, as Apollo reads it (variables must be an object there). */
function operationFromBody(body: unknown): IncomingOperation | undefined {
  if (!isRecord(body)) return undefined;
  const extensions = isRecord(body.extensions) ? body.extensions : undefined;
  if (typeof body.query !== 'string' && !extensions?.persistedQuery) return undefined;
  return {
    query: typeof body.query === 'string' ? body.query : undefined,
    variables: isRecord(body.variables) ? body.variables : undefined,
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
    extensions,
  };
}

function parseJsonParameter(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw notJson();
  }
}

/**
 * The operation a GET request carries, read exactly as Apollo reads it: every parameter of the raw
 * query string (URLSearchParams has no parameter cap, unlike Koa's `ctx.query`), `query`,
 * `variables`, `operationName` and `extensions` each given once (Apollo refuses repeats itself).
 */
function operationFromQueryString(querystring: string): IncomingOperation | undefined {
  const params = new URLSearchParams(querystring);
  const once = (name: string) => {
    const values = params.getAll(name);
    return values.length === 1 ? values[0] : undefined;
  };
  const query = once('query');
  const extensions = parseJsonParameter(once('extensions'));
  if (query === undefined && !(isRecord(extensions) && extensions.persistedQuery)) return undefined;
  const variables = parseJsonParameter(once('variables'));
  return {
    query,
    variables: isRecord(variables) ? variables : undefined,
    operationName: once('operationName'),
    extensions: isRecord(extensions) ? extensions : undefined,
  };
}

const getMutation = () =>
  new GraphqlRefusal(
    'METHOD_NOT_ALLOWED',
    'Chỉ truy vấn (query) mới được gửi bằng GET; thao tác thay đổi dữ liệu phải gửi bằng POST. Only queries may be sent with GET; a mutation must be sent with POST.',
    405,
  );

/** A GET runs queries only (it can be cached, linked, prefetched): anything else is a 405 before Apollo. */
function refuseGetNonQuery(payload: GraphqlRequestPayload): void {
  let document;
  try {
    document = parse(payload.query);
  } catch {
    return; // Apollo answers the syntax error itself.
  }
  const operation = getOperationAST(document, payload.operationName);
  if (operation && operation.operation !== 'query') throw getMutation();
}

/**
 * Hands Apollo the operation the guard checked: the query text in place of a bare hash, and
 * `extensions.persistedQuery` removed (Apollo's own persisted queries are off: the guard keeps them).
 */
function rewriteForApollo(ctx: Context, incoming: IncomingOperation, query: string): void {
  const { persistedQuery: _handled, ...extensions } = incoming.extensions ?? {};
  const hasExtensions = Object.keys(extensions).length > 0;
  if (ctx.method === 'POST') {
    const body: Record<string, unknown> = { ...(ctx.request.body as Record<string, unknown>), query };
    if (hasExtensions) body.extensions = extensions;
    else delete body.extensions;
    ctx.request.body = body;
    return;
  }
  const params = new URLSearchParams(ctx.querystring);
  params.set('query', query);
  if (hasExtensions) params.set('extensions', JSON.stringify(extensions));
  else params.delete('extensions');
  ctx.querystring = params.toString();
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

async function readOperation(ctx: Context, maxBytes: number): Promise<IncomingOperation | undefined> {
  if (Buffer.byteLength(ctx.querystring) > maxBytes) throw bodyTooLarge(maxBytes);
  if (ctx.method === 'GET') return operationFromQueryString(ctx.querystring);
  if (ctx.method === 'POST') return operationFromBody(await readJsonBody(ctx, maxBytes));
  return undefined;
}

/** The site's operations (graphql-codegen's persisted documents), trusted from the start; none when the file is absent. */
function trustedOperations(strapi: Core.Strapi): Map<string, string> {
  const configured = strapi.config.get<string>('security.graphql.persistedManifest', '');
  if (!configured) return new Map();
  const file = path.resolve(strapi.dirs.app.root, configured);
  try {
    const trusted = readPersistedManifest(file);
    strapi.log.info(`GraphQL: ${trusted.size} persisted operations of the site registered (${file}).`);
    return trusted;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    strapi.log.warn(`GraphQL: persisted operations not read from ${file} (${reason}); they register on first use instead.`);
    return new Map();
  }
}

/**
 * A Koa middleware in front of the GraphQL endpoint: it reads the request exactly as Apollo will
 * (POST: an `application/json` body of at most maxBodyBytes, anything else refused; GET: the raw query
 * string), resolves a persisted query's hash to its text (Apollo's APQ protocol: an unknown hash is
 * PERSISTED_QUERY_NOT_FOUND, hash + query registers it once the checks pass), refuses a GET that is not
 * a query (405), and refuses, before Apollo parses or executes anything, every operation over a limit
 * (see check-operation.ts) with a 400/413/415 and `{ errors: [{ message, extensions: { code } }] }`.
 * A stored query is weighed with each request's variables exactly like a posted one.
 */
export function createGraphqlGuard(strapi: Core.Strapi): Core.MiddlewareHandler {
  const endpoint = routePath(strapi.config.get<string>('plugin::graphql.endpoint', '/graphql'));
  const limits = readGraphqlLimits(strapi);
  const accepted = createAcceptedOperations();
  const persisted = createPersistedQueries(trustedOperations(strapi));
  return async (ctx, next) => {
    if (routePath(ctx.path) !== endpoint) return next();
    const schema = capturedSchema();
    try {
      const incoming = await readOperation(ctx, limits.maxBodyBytes);
      if (incoming) {
        const hash = persistedQueryHash(incoming.extensions);
        if (hash !== undefined && incoming.query !== undefined) persisted.verify(hash, incoming.query);
        const query = incoming.query ?? persisted.lookup(hash as string);
        if (query === undefined) throw persistedQueryNotFound();
        const payload: GraphqlRequestPayload = { query, variables: incoming.variables, operationName: incoming.operationName };
        if (schema && !accepted.has(payload, ctx.method)) {
          const refusal = checkGraphqlOperation(schema, payload, limits);
          if (refusal) throw refusal;
          // Parsed again only once within every limit (the checks bound what parsing may cost).
          if (ctx.method === 'GET') refuseGetNonQuery(payload);
          accepted.remember(payload, ctx.method);
        }
        if (hash !== undefined) {
          if (incoming.query !== undefined) persisted.register(hash, query);
          rewriteForApollo(ctx, incoming, query);
        }
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
