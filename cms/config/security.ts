import type { Core } from '@strapi/strapi';
import { previewSecret, previewTtlSeconds } from '../src/preview/preview-settings';

/**
 * Limits on what one anonymous request may ask of the public API, and how often (read by src/security).
 * GraphQL's depth and page-size limits stay in config/plugins.ts (GRAPHQL_DEPTH_LIMIT, GRAPHQL_MAX_LIMIT),
 * REST's page size in config/api.ts.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  graphql: {
    maxAliases: env.int('GRAPHQL_MAX_ALIASES', 30),
    maxCost: env.int('GRAPHQL_MAX_COST', 25000),
    maxTokens: env.int('GRAPHQL_MAX_TOKENS', 3000),
    maxDirectives: env.int('GRAPHQL_MAX_DIRECTIVES', 20),
    maxFilterDepth: env.int('GRAPHQL_MAX_FILTER_DEPTH', 8),
    maxBodyBytes: env.int('GRAPHQL_MAX_BODY_BYTES', 100 * 1024),
    maxSortFields: env.int('GRAPHQL_MAX_SORT_FIELDS', 3),
    maxIntrospectionDepth: env.int('GRAPHQL_MAX_INTROSPECTION_DEPTH', 16),
    // The site's operations as persisted documents (graphql-codegen, hash → query), registered at start
    // so the site can send hashes only; relative to cms/. Empty: none (they register on first use).
    persistedManifest: env('GRAPHQL_PERSISTED_MANIFEST', '../web/shared/graphql/generated/persisted-documents.json'),
  },
  // HTTP caching of anonymous public reads (GraphQL GET, REST GET of content types): src/http-cache.
  httpCache: {
    maxAgeSeconds: env.int('HTTP_CACHE_MAX_AGE', 30),
    staleWhileRevalidateSeconds: env.int('HTTP_CACHE_STALE_WHILE_REVALIDATE', 60),
  },
  rest: {
    maxPopulateDepth: env.int('REST_MAX_POPULATE_DEPTH', 2),
    maxPopulatedRelations: env.int('REST_MAX_POPULATED_RELATIONS', 10),
    maxFilterDepth: env.int('REST_MAX_FILTER_DEPTH', 8),
    maxQueryStringBytes: env.int('REST_MAX_QUERY_STRING_BYTES', 4096),
    maxSortFields: env.int('REST_MAX_SORT_FIELDS', 3),
  },
  // Fair use of the content API (/graphql, /api): per valid API token, else per address, over a
  // sliding window (src/security/rate-limit). The site's own server (X-Site-Secret) is not counted.
  rateLimit: {
    enabled: env.bool('RATE_LIMIT_ENABLED', true),
    windowSeconds: env.int('RATE_LIMIT_WINDOW_SECONDS', 60),
    anonymousPerMinute: env.int('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 120),
    tokenPerMinute: env.int('RATE_LIMIT_TOKEN_PER_MINUTE', 1200),
    maxKeys: env.int('RATE_LIMIT_MAX_KEYS', 100000),
  },
  // Draft preview links (src/preview, config/admin.ts): signed with PREVIEW_SECRET (else a key derived
  // from ADMIN_JWT_SECRET), valid PREVIEW_TOKEN_TTL_SECONDS, shown on the site at SITE_URL.
  preview: {
    secret: previewSecret(env('PREVIEW_SECRET', ''), env('ADMIN_JWT_SECRET', '')),
    ttlSeconds: previewTtlSeconds(env.int('PREVIEW_TOKEN_TTL_SECONDS', 900)),
    siteUrl: env('SITE_URL', 'http://localhost:3000'),
  },
});
