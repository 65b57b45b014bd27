import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { IMAGE_EXTENSIONS } from './allowed-types';

export const UPLOADS_PATH_PREFIX = '/uploads/';
export const UPLOADS_CSP = "default-src 'none'; sandbox";
export const UPLOADS_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The path of the file a request is served, as koa-static (`strapi::public`) resolves it: percent-decoded
 * once and with `.`/`..` segments and repeated slashes resolved, so `/%75ploads/x.pdf`,
 * `/uploads%2fx.pdf`, `/./uploads/x.pdf` and `/x/../uploads/x.pdf` are all `/uploads/x.pdf`.
 * A path that does not decode is served by nobody; it is kept as it is.
 */
export function servedFilePath(requestPath: string): string {
  let decoded = requestPath;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return requestPath;
  }
  return path.posix.normalize(decoded.replace(/\\/g, '/'));
}

/** RFC 6266 `attachment` with an ASCII fallback and the exact name in RFC 8187 `filename*`. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^A-Za-z0-9._-]/g, '_') || 'download';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Headers for everything under /uploads/ however the path is spelled (see servedFilePath), whoever serves it (the upload plugin's static route or
 * `strapi::public`) and whenever the file was stored (before the content check existed too):
 *  - nosniff, and a CSP that forbids every fetch and sandboxes the document (no script, no same
 *    origin), replacing the admin's CSP from `strapi::security`;
 *  - anything that is not an image is a download (`Content-Disposition: attachment`);
 *  - file names are hashed, so a stored file never changes under its URL: cached for a year.
 */
export const applyUploadHeaders: Core.MiddlewareHandler = async (ctx, next) => {
  const filePath = servedFilePath(ctx.path);
  if (!filePath.startsWith(UPLOADS_PATH_PREFIX)) return next();
  await next();
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', UPLOADS_CSP);
  const isFileResponse = ctx.status === 200 || ctx.status === 206 || ctx.status === 304;
  if (!isFileResponse) return;
  ctx.set('Cache-Control', UPLOADS_CACHE_CONTROL);
  const fileName = path.posix.basename(filePath);
  if (!IMAGE_EXTENSIONS.has(path.extname(fileName).toLowerCase())) ctx.set('Content-Disposition', attachmentDisposition(fileName));
};
