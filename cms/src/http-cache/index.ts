import type { Core } from '@strapi/strapi';
import { positiveConfigNumber } from '../security/config-number';
import { routePath } from '../security/request-path';
import { PREVIEW_TOKEN_HEADER } from '../preview/preview-request';
import { createAnswerMemo, type AnswerMemo } from './answer-memo';
import { matchesIfNoneMatch, strongEtag } from './validators';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Anything with a credential, any error, any POST: no cache anywhere may keep or reuse it. */
export const NO_STORE = 'private, no-store';
const VARY = ['Accept-Encoding', 'Authorization', 'Cookie', 'X-Preview-Token'];

/**
 * The content-API paths whose anonymous GET answers are public: the GraphQL endpoint and the REST
 * routes of the content types (`/api/articles`, `/api/articles/:id`, `/api/global`), never the
 * custom routes (/api/visits, /api/contributor…, /api/auth…), whose answers are per visitor or change
 * with every visit.
 */
function publicReadPaths(strapi: Core.Strapi) {
  const graphql = routePath(strapi.config.get<string>('plugin::graphql.endpoint', '/graphql'));
  const restPrefix = routePath(strapi.config.get<string>('api.rest.prefix', '/api'));
  const contentTypeRoutes = new Set<string>();
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    const name = contentType.kind === 'singleType' ? contentType.info.singularName : contentType.info.pluralName;
    contentTypeRoutes.add(name.toLowerCase());
  }
  return (requestPath: string): 'graphql' | 'rest' | undefined => {
    const path = routePath(requestPath);
    if (path === graphql) return 'graphql';
    if (!path.startsWith(`${restPrefix}/`)) return undefined;
    const first = path.slice(restPrefix.length + 1).split('/')[0] ?? '';
    return contentTypeRoutes.has(first) ? 'rest' : undefined;
  };
}

/** The answer's bytes when it can be weighed and kept: JSON text (GraphQL) or a JSON object (REST). */
function answerText(ctx: Context): string | undefined {
  const body: unknown = ctx.body;
  if (typeof body === 'string') return body;
  if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && typeof (body as { pipe?: unknown }).pipe !== 'function') {
    const text = JSON.stringify(body);
    ctx.body = text;
    ctx.type = 'application/json';
    return text;
  }
  return undefined;
}

/** A 200 without GraphQL `errors`: the only answers that are public (a partial answer with errors is not). */
function isCleanAnswer(ctx: Context, scope: 'graphql' | 'rest', text: string): boolean {
  if (ctx.status !== 200 || ctx.response.get('Set-Cookie')) return false;
  if (scope === 'rest') return true;
  try {
    const parsed = JSON.parse(text) as { errors?: unknown };
    return parsed.errors === undefined;
  } catch {
    return false;
  }
}

function sendKept(ctx: Context, answer: { body: string; etag: string; type: string }, cacheControl: string, ageSeconds: number) {
  ctx.set('Cache-Control', cacheControl);
  ctx.set('ETag', answer.etag);
  if (ageSeconds > 0) ctx.set('Age', String(ageSeconds));
  if (matchesIfNoneMatch(ctx.get('If-None-Match'), answer.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.status = 200;
  ctx.type = answer.type;
  ctx.body = answer.body;
}

/** Every content change (an editor's create/update/publish/unpublish/delete, a media change, an import) forgets the kept answers. */
function forgetOnContentChange(strapi: Core.Strapi, memo: AnswerMemo) {
  strapi.eventHub.subscribe(async (eventName: string) => {
    if (eventName.startsWith('entry.') || eventName.startsWith('media.')) memo.clear();
  });
}

/**
 * HTTP caching of the content API between us and partners (mounted as global::http-cache):
 * - an anonymous GET that answers 200 without errors (GraphQL query over GET, REST read of a content
 *   type): `Cache-Control: public, max-age=HTTP_CACHE_MAX_AGE, stale-while-revalidate=…`, a strong
 *   `ETag` of the bytes and `304 Not Modified` on a matching `If-None-Match`;
 * - a request with `Authorization`, a cookie or a preview token (X-Preview-Token), any error, and
 *   every POST: `private, no-store`
 *   (shared caches never reuse a POST answer; partners who want caching send queries as GET);
 * - `Vary: Accept-Encoding, Authorization, Cookie, X-Preview-Token` on all of them, so a cache never
 *   hands an anonymous answer to a token holder or the other way round.
 * The last anonymous answers are kept in memory for at most max-age and forgotten at every content
 * change, so a revalidation is a 304 without running the query, and a publish is visible to a partner
 * within max-age (the `Age` header counts the time an answer was kept here).
 */
export function createHttpCache(strapi: Core.Strapi): Core.MiddlewareHandler {
  const maxAge = positiveConfigNumber(strapi, 'security.httpCache.maxAgeSeconds', 30);
  const staleWhileRevalidate = positiveConfigNumber(strapi, 'security.httpCache.staleWhileRevalidateSeconds', 60);
  const publicControl = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
  const scopeOf = publicReadPaths(strapi);
  const memo = createAnswerMemo(maxAge * 1000);
  forgetOnContentChange(strapi, memo);

  return async (ctx, next) => {
    const scope = scopeOf(ctx.path);
    if (!scope) return next();
    for (const header of VARY) ctx.vary(header);
    // A preview token (valid or not) makes a request as private as a credential: a draft it reads
    // is never kept or shared, and it is never answered from what anonymous requests were given.
    const anonymous = !ctx.get('Authorization') && !ctx.get('Cookie') && !ctx.get(PREVIEW_TOKEN_HEADER);
    const cacheable = anonymous && ctx.method === 'GET';
    // A client asking `no-cache` gets the read run again (its answer is kept for the next ones).
    const wantsFresh = /no-cache/i.test(ctx.get('Cache-Control')) || /no-cache/i.test(ctx.get('Pragma'));
    // The URL as the client sent it: the GraphQL guard rewrites a persisted GET's query string (the
    // hash becomes the stored query text) before the answer is made.
    const key = ctx.url;
    if (cacheable && !wantsFresh) {
      const kept = memo.get(key);
      if (kept) return sendKept(ctx, kept, publicControl, Math.floor((Date.now() - kept.storedAt) / 1000));
    }
    const storedAt = Date.now();
    const generation = memo.generation;
    try {
      await next();
    } catch (error) {
      ctx.set('Cache-Control', NO_STORE);
      throw error;
    }
    const allowOrigin = ctx.response.get('Access-Control-Allow-Origin');
    if (allowOrigin && allowOrigin !== '*') ctx.vary('Origin');
    const text = cacheable ? answerText(ctx) : undefined;
    if (text === undefined || !isCleanAnswer(ctx, scope, text)) {
      ctx.set('Cache-Control', NO_STORE);
      return;
    }
    const answer = { body: text, etag: strongEtag(text), type: ctx.response.get('Content-Type') || 'application/json', storedAt };
    memo.set(key, answer, generation);
    sendKept(ctx, answer, publicControl, 0);
  };
}
