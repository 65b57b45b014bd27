import type { Core } from '@strapi/strapi';
import { uploadsHostSources } from '../src/security/uploads/public-url';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
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
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['*']),
      methods: ['GET', 'POST', 'HEAD', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept'],
    },
  },
  'strapi::poweredBy',
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
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  'global::upload-headers',
];
