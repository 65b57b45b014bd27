import type { Core } from '@strapi/strapi';
import { previewSettings, previewUrl, siteOrigin, type PreviewRequest } from '../src/preview';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // Strapi's Preview (free): "Open preview" in the edit view of an article, event, association,
  // intellectual or page shows the draft on the site (its /xem-truoc page) with a short-lived token
  // for that one document (src/preview). The admin may frame the site (CSP frame-src, also in
  // config/middlewares.ts); the site lets only the CMS frame its preview page.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [siteOrigin(env('SITE_URL', 'http://localhost:3000'))],
      async handler(uid: string, request: PreviewRequest) {
        return previewUrl(previewSettings(strapi), uid, request);
      },
    },
  },
});
