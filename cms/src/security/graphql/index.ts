import type { Core } from '@strapi/strapi';
import { createSafeErrorFormatter } from './format-error';
import { readGraphqlLimits } from './limits';
import { captureSchemaPlugin } from './schema-capture';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

export { createGraphqlGuard } from './guard-middleware';

/**
 * Hardens the GraphQL plugin's Apollo server (call from register, before the plugin's bootstrap builds it):
 * errors never carry internals; the schema is handed to the guard (mounted as global::graphql-guard in
 * config/middlewares.ts); persisted queries are the guard's (it resolves a hash to the text and
 * checks it, so Apollo's own store, which would run a stored text unchecked, is off); simple GETs
 * allowed (see csrfPrevention); CORS is left to the global strapi::cors (no credentials); Apollo's own body
 * parser reads JSON only, with the same size limit as the guard (which refuses every other content
 * type with a 415 and parses the body itself, so Apollo runs exactly what the guard checked).
 */
export function registerGraphqlSecurity(strapi: Core.Strapi): void {
  const key = 'plugin::graphql.apolloServer';
  const configured = strapi.config.get<Record<string, unknown>>(key, {});
  const maxBodyBytes = readGraphqlLimits(strapi).maxBodyBytes;
  strapi.config.set(key, {
    ...configured,
    formatError: createSafeErrorFormatter(strapi.log),
    // Apollo's cache-control plugin weighs a cache hint on every field it resolves, for a header the
    // content API sets itself (src/http-cache): off. The GraphQL plugin appends these to its own.
    plugins: [...(Array.isArray(configured.plugins) ? configured.plugins : []), captureSchemaPlugin, ApolloServerPluginCacheControlDisabled()],
    cors: false,
    // Apollo's automatic persisted queries would run a stored query with variables the guard never
    // saw: the guard keeps the hash → query store itself and hands Apollo the full text.
    persistedQueries: false,
    // Apollo blocks a GET without a preflight-forcing header against cross-site request forgery. A
    // forged request here can only read: every credential is an Authorization header (API tokens,
    // JWTs), never a cookie the browser would add; CORS never allows credentials; a GET cannot run a
    // mutation (the guard answers 405); a POST must be application/json (the guard answers 415
    // otherwise), which a cross-site form cannot send without a preflight. So a plain GET, the one
    // shape browsers, partners' caches and CDNs can cache, is allowed for queries.
    csrfPrevention: false,
    bodyParserConfig: { enableTypes: ['json'], jsonLimit: maxBodyBytes },
  });
}
