import { signPreviewToken } from './preview-token';
import type { PreviewSettings } from './preview-settings';

/**
 * The site's preview page (web/shared/routes.ts, route `preview`) and its token parameter. The CMS
 * cannot import the site's route map; web/tests/unit/routes.test.ts keeps the two alike.
 */
export const PREVIEW_PATH = '/xem-truoc';
export const PREVIEW_TOKEN_PARAM = 'token';

/**
 * The content types the site has a page for, hence a preview. Categories and tags are lists of
 * published articles (nothing of their own to preview), the global settings have no page.
 */
export const PREVIEWABLE_TYPES: ReadonlySet<string> = new Set([
  'api::article.article',
  'api::event.event',
  'api::association.association',
  'api::honored-intellectual.honored-intellectual',
  'api::page.page',
]);

/** What Strapi's content manager passes the preview handler (content-manager/server/preview). */
export type PreviewRequest = { documentId?: string; locale?: string | null; status?: string };

/**
 * Strapi's preview handler (config/admin.ts `preview.config.handler`): the site's preview page for
 * the document the editor has open, with a token for that one document that expires after
 * `ttlSeconds`; null (no preview in the admin) for types without a page on the site.
 */
export function previewUrl(settings: PreviewSettings, uid: string, request: PreviewRequest, nowMs: number = Date.now()): string | null {
  if (!PREVIEWABLE_TYPES.has(uid) || !request.documentId || !settings.secret) return null;
  const token = signPreviewToken(settings.secret, {
    uid,
    documentId: request.documentId,
    locale: request.locale ?? null,
    status: request.status === 'published' ? 'published' : 'draft',
    exp: Math.floor(nowMs / 1000) + settings.ttlSeconds,
  });
  const query = new URLSearchParams({ [PREVIEW_TOKEN_PARAM]: token });
  return `${settings.siteUrl.replace(/\/+$/, '')}${PREVIEW_PATH}?${query}`;
}
