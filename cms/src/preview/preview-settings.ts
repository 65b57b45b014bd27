import { createHmac } from 'node:crypto';

/** How the preview links are made (read from config/security.ts, `security.preview`). */
export type PreviewSettings = {
  /** The HMAC key of preview tokens. */
  secret: string;
  /** How long a preview link works, in seconds. */
  ttlSeconds: number;
  /** The site's public address (SITE_URL), where previews are shown. */
  siteUrl: string;
};

export const PREVIEW_TTL_DEFAULT_SECONDS = 15 * 60;
const PREVIEW_TTL_MAX_SECONDS = 24 * 60 * 60;
/** The label that makes the derived preview key differ from every other use of ADMIN_JWT_SECRET. */
const DERIVED_KEY_LABEL = 'lienhiep-laocai preview-token v1';

/**
 * The preview tokens' key: PREVIEW_SECRET when set (cms/scripts/ensure-env.mjs generates one on
 * first start; change it to void every outstanding link), else a key derived from ADMIN_JWT_SECRET
 * with a label of its own (so a machine without PREVIEW_SECRET still has a secret no one else knows).
 */
export function previewSecret(previewSecretSetting: string, adminJwtSecret: string): string {
  if (previewSecretSetting) return previewSecretSetting;
  if (!adminJwtSecret) return '';
  return createHmac('sha256', adminJwtSecret).update(DERIVED_KEY_LABEL).digest('base64url');
}

/** PREVIEW_TOKEN_TTL_SECONDS, kept between one second and a day (15 minutes when unset or not a number). */
export function previewTtlSeconds(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return PREVIEW_TTL_DEFAULT_SECONDS;
  return Math.min(Math.floor(value), PREVIEW_TTL_MAX_SECONDS) || 1;
}

/** The origin of the site's address (for the admin's CSP frame-src and Strapi's preview allowedOrigins). */
export function siteOrigin(siteUrl: string): string {
  try {
    return new URL(siteUrl).origin;
  } catch {
    return 'http://localhost:3000';
  }
}
