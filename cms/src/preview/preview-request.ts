import type { Core } from '@strapi/strapi';
import type { PreviewSettings } from './preview-settings';
import { verifyPreviewToken, type PreviewClaims } from './preview-token';
import { PREVIEWABLE_TYPES } from './preview-link';

/**
 * The header the site's server sends the token of a preview link in, with its GraphQL queries for
 * that page. Not a CORS-allowed header: browsers never send it to the CMS.
 */
export const PREVIEW_TOKEN_HEADER = 'x-preview-token';

type RequestContext = { get(name: string): string };

/** Verified once per request: the Document Service asks for every read. */
const claimsOfRequest = new WeakMap<object, PreviewClaims | null>();

/** The preview settings from config/security.ts. */
export function previewSettings(strapi: Core.Strapi): PreviewSettings {
  return strapi.config.get<PreviewSettings>('security.preview');
}

/**
 * The claims of the request's preview token (X-Preview-Token) when its signature is valid and it
 * has not expired, for a type the site previews; null otherwise (no token, or one that is
 * tampered, expired or signed with another key: such a request is simply public).
 */
export function previewClaimsOf(strapi: Core.Strapi, ctx: RequestContext & object): PreviewClaims | null {
  if (claimsOfRequest.has(ctx)) return claimsOfRequest.get(ctx) ?? null;
  const token = ctx.get(PREVIEW_TOKEN_HEADER);
  let claims: PreviewClaims | null = null;
  if (token) {
    const verified = verifyPreviewToken(previewSettings(strapi)?.secret ?? '', token);
    claims = verified && PREVIEWABLE_TYPES.has(verified.uid) && strapi.contentTypes[verified.uid as never] ? verified : null;
  }
  claimsOfRequest.set(ctx, claims);
  return claims;
}
