import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The preview link's token: what one editor may see of ONE draft, for a short while. Signed by the
 * CMS (HMAC-SHA256 with the preview secret, ./preview-settings.ts) and checked by the CMS alone: the
 * site only reads which document it names (to choose the page), and passes the token back to the
 * CMS with its queries (X-Preview-Token), which reads drafts only for a valid, unexpired signature.
 *
 * Form: `v1.<claims as base64url JSON>.<base64url HMAC of "v1.<claims>">`.
 */
export type PreviewClaims = {
  /** The content type, `api::article.article`. */
  uid: string;
  documentId: string;
  /** The locale the editor previews (the portal has one: null or 'vi'). */
  locale: string | null;
  /** Which version the editor looks at in the admin: 'draft' or 'published'. */
  status: 'draft' | 'published';
  /** Expiry, in seconds since the epoch. */
  exp: number;
};

const VERSION = 'v1';
/** A real token is ~250 characters; anything far longer is not one, and is not hashed. */
export const PREVIEW_TOKEN_MAX_LENGTH = 1024;

function signature(secret: string, signed: string): Buffer {
  return createHmac('sha256', secret).update(signed).digest();
}

/** A token for `claims`, signed with `secret`. */
export function signPreviewToken(secret: string, claims: PreviewClaims): string {
  const body = `${VERSION}.${Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url')}`;
  return `${body}.${signature(secret, body).toString('base64url')}`;
}

function isClaims(value: unknown): value is PreviewClaims {
  const claims = value as Partial<PreviewClaims> | null;
  return (
    typeof claims === 'object' &&
    claims !== null &&
    typeof claims.uid === 'string' &&
    typeof claims.documentId === 'string' &&
    claims.documentId.length > 0 &&
    (claims.locale === null || typeof claims.locale === 'string') &&
    (claims.status === 'draft' || claims.status === 'published') &&
    typeof claims.exp === 'number' &&
    Number.isFinite(claims.exp)
  );
}

/**
 * The claims of `token` when its signature is `secret`'s and it has not expired at `nowMs`; null for
 * anything else (tampered, expired, signed with another secret, malformed, absurdly long).
 */
export function verifyPreviewToken(secret: string, token: string, nowMs: number = Date.now()): PreviewClaims | null {
  if (!secret || token.length > PREVIEW_TOKEN_MAX_LENGTH) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return null;
  const [version, encodedClaims, encodedSignature] = parts as [string, string, string];
  const given = Buffer.from(encodedSignature, 'base64url');
  const expected = signature(secret, `${version}.${encodedClaims}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(encodedClaims, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isClaims(claims) || claims.exp * 1000 <= nowMs) return null;
  return claims;
}
