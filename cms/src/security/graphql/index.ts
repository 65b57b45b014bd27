import type { Core } from '@strapi/strapi';
import { createSafeErrorFormatter } from './format-error';
import { readGraphqlLimits } from './limits';
import { captureSchemaPlugin } from './schema-capture';

export { createGraphqlGuard } from './guard-middleware';

/**
 * Hardens the GraphQL plugin's Apollo server (call from register, before the plugin's bootstrap builds it):
 * errors never carry internals; the schema is handed to the guard (mounted as global::graphql-guard in
 * config/middlewares.ts); no automatic persisted queries (a hash-only request would slip past the
 * guard); CORS is left to the global strapi::cors (no credentials); Apollo's own body
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
    plugins: [...(Array.isArray(configured.plugins) ? configured.plugins : []), captureSchemaPlugin],
    cors: false,
    // Automatic persisted queries would run a stored query with new variables the guard never saw.
    persistedQueries: false,
    bodyParserConfig: { enableTypes: ['json'], jsonLimit: maxBodyBytes },
  });
}
