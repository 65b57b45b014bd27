import type { Core } from '@strapi/strapi';
import { restrictUploadContentApi } from './content-api-access';
import { storeUploadUrlsOnPublicHost } from './public-url';
import { guardUploadService } from './upload-guard';

/**
 * Uploads are checked by content against an allowlist (upload-guard.ts), served with headers that
 * keep them from running as pages on the CMS origin (serve-headers.ts, registered as the
 * `global::upload-headers` middleware), and the media library's content API is closed to all but
 * deliberately granted tokens (content-api-access.ts). In production, new files can be stored with
 * URLs on a separate uploads host (public-url.ts, UPLOADS_PUBLIC_URL).
 */
export function registerUploadSecurity(strapi: Core.Strapi): void {
  guardUploadService(strapi);
  restrictUploadContentApi(strapi);
  storeUploadUrlsOnPublicHost(strapi);
}
