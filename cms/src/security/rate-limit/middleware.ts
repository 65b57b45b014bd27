import type { Core } from '@strapi/strapi';
import { isContentApiPath } from '../cors-origins';
import { routePath } from '../request-path';
import { isFromSite } from '../site-visitor';
import { createApiTokenIdentity } from './api-token-identity';
import { addressKey } from './client-address';
import { rateLimitBody, rateLimitMessage } from './refusal';
import { readRateLimitSettings } from './settings';
import { createMemoryRateLimitStore, type RateLimitDecision, type RateLimitStore } from './store';

type Context = Parameters<Core.MiddlewareHandler>[0];

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** IETF draft headers (draft-ietf-httpapi-ratelimit-headers): the budget, what is left, when it comes back. */
function setRateLimitHeaders(ctx: Context, decision: RateLimitDecision, windowMs: number) {
  ctx.set('RateLimit-Limit', String(decision.limit));
  ctx.set('RateLimit-Remaining', String(decision.remaining));
  ctx.set('RateLimit-Reset', String(seconds(decision.remaining > 0 ? decision.windowEndsInMs : decision.retryAfterMs)));
  ctx.set('RateLimit-Policy', `${decision.limit};w=${Math.round(windowMs / 1000)}`);
}

/**
 * Fair use of the content API (`/graphql`, `/api/…`): each caller gets a budget of requests over a
 * sliding window (settings.ts, RATE_LIMIT_* variables), counted per valid content-API token (registered
 * partners: the higher budget) or else per address (IPv6 per /64; the socket's address, or
 * X-Forwarded-For only when IS_PROXIED=true, as Koa decides). Over budget: 429 with `Retry-After`,
 * a Vietnamese and English message and a GraphQL- or REST-shaped body; every counted answer carries
 * `RateLimit-*` headers. The site's own server (X-Site-Secret = REVALIDATE_SECRET) is not counted:
 * it serves every visitor from its page cache, and the addresses it forwards (X-Visitor-Ip) are
 * trusted only with that secret, so they give nobody else a fresh budget. CORS preflights never reach
 * here (strapi::cors answers them). Runs before the body is read, so a refused request costs a map look-up.
 */
export function createRateLimiter(strapi: Core.Strapi, store?: RateLimitStore): Core.MiddlewareHandler {
  const settings = readRateLimitSettings(strapi);
  const counters = store ?? createMemoryRateLimitStore({ maxKeys: settings.maxKeys });
  const tokens = createApiTokenIdentity(strapi, { ttlMs: 60_000, maxEntries: 10_000 });
  const graphqlEndpoint = routePath(strapi.config.get<string>('plugin::graphql.endpoint', '/graphql'));
  return async (ctx, next) => {
    if (!settings.enabled || ctx.method === 'OPTIONS' || !isContentApiPath(ctx.path) || isFromSite(ctx)) return next();
    const token = await tokens.of(ctx);
    const key = token ? `token:${token.id}` : `ip:${addressKey(ctx.request.ip)}`;
    const decision = await counters.hit(key, token ? settings.tokenLimit : settings.anonymousLimit, settings.windowMs);
    setRateLimitHeaders(ctx, decision, settings.windowMs);
    if (decision.allowed) return next();
    const retryAfterSeconds = seconds(decision.retryAfterMs);
    strapi.log.debug(`Rate limit: ${token ? 'token' : 'address'} over ${decision.limit} requests`);
    ctx.set('Retry-After', String(retryAfterSeconds));
    // One client's refusal must never be stored by a shared cache and served to others.
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 429;
    ctx.body = rateLimitBody(routePath(ctx.path) === graphqlEndpoint ? 'graphql' : 'rest', rateLimitMessage(retryAfterSeconds, token !== null), retryAfterSeconds);
  };
}
