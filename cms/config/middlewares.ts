import type { Core } from '@strapi/strapi';
import { uploadsHostSources } from '../src/security/uploads/public-url';
import { isContentApiPath, ownOrigin } from '../src/security/cors-origins';
import { siteOrigin } from '../src/preview/preview-settings';

/** Log levels, most severe first (winston's npm levels, as Strapi's logger uses them). */
const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'];

/**
 * The access log (a line per request, at `http`) only when the log level shows it: at `warn` or
 * `info` winston would still build and filter every line (config/logger.ts).
 */
const logsRequests = (level: string): boolean => LOG_LEVELS.indexOf(level) < 0 || LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf('http');

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  ...(logsRequests(env('STRAPI_LOG_LEVEL', 'http')) ? ['strapi::logger'] : []),
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:', ...uploadsHostSources(env('UPLOADS_PUBLIC_URL', ''))],
          'media-src': ["'self'", 'data:', 'blob:', ...uploadsHostSources(env('UPLOADS_PUBLIC_URL', ''))],
          // The admin's preview panel frames the site's preview page (config/admin.ts `preview`).
          'frame-src': ["'self'", siteOrigin(env('SITE_URL', 'http://localhost:3000'))],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  { name: 'global::content-api-cors', config: { origins: env.array('CORS_ORIGINS', ['*']) } },
  {
    name: 'strapi::cors',
    config: {
      // The content API (/api, /graphql) may be read from the origins in CORS_ORIGINS (any by default);
      // everything else, /admin above all, answers only its own origin (PUBLIC_URL). Never with
      // credentials: partners send API tokens, not cookies.
      origin: (ctx: { path: string }) => (isContentApiPath(ctx.path) ? env.array('CORS_ORIGINS', ['*']) : ownOrigin(env('PUBLIC_URL', ''))),
      credentials: false,
      methods: ['GET', 'POST', 'HEAD', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept'],
      expose: ['ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy'],
    },
  },
  // Per-token and per-address budgets of the content API, before any body is read (src/security/rate-limit).
  'global::rate-limit',
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      formLimit: '256kb',
      jsonLimit: '1mb',
      textLimit: '256kb',
      formidable: { maxFileSize: env.int('UPLOAD_SIZE_LIMIT', 20 * 1024 * 1024) },
    },
  },
  // Cache-Control, ETag/304 and Vary on content-API answers; anonymous GET answers kept ≤ max-age (src/http-cache).
  'global::http-cache',
  // Refuse abusive content-API requests before any resolver or controller runs (src/security).
  'global::graphql-guard',
  'global::rest-guard',
  // Sign-in and password routes of contributors: attempt limits, Vietnamese answers (src/contributors).
  'global::contributor-auth',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  'global::upload-headers',
];
