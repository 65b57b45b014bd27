import { isRoutePath, type DocumentType } from '../routes';

/**
 * The token of a draft preview link (`/xem-truoc?token=…`, made by the CMS: cms/src/preview). The
 * CMS signs it and alone checks it: the site only reads which document it names, to choose the page
 * to render, and sends it back to the CMS with that page's queries (X-Preview-Token), which reads
 * the draft only for a valid, unexpired signature. A token whose claims were altered reads nothing.
 */
export type PreviewTarget = {
  type: PreviewableType;
  documentId: string;
  /** Which version the editor looks at in the admin. */
  status: 'DRAFT' | 'PUBLISHED';
  /** Expiry, in seconds since the epoch. */
  exp: number;
};

/** The site's document types that have a page of their own, by the CMS's content-type uid. */
export const PREVIEW_TYPES = {
  'api::article.article': 'article',
  'api::event.event': 'event',
  'api::association.association': 'association',
  'api::honored-intellectual.honored-intellectual': 'honoredIntellectual',
  'api::page.page': 'page',
} as const satisfies Record<string, DocumentType>;

export type PreviewableType = (typeof PREVIEW_TYPES)[keyof typeof PREVIEW_TYPES];

/** What a page's loader needs to read a previewed document: the token to send and the version to ask for. */
export type PreviewRead = { token: string; status: 'DRAFT' | 'PUBLISHED' };

/** The longest token accepted in a URL (a real one is ~250 characters). */
export const PREVIEW_TOKEN_MAX_LENGTH = 1024;
/** The shape of a token: `v1.<base64url>.<base64url>`. */
const TOKEN_SHAPE = /^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function isPreviewTokenShaped(token: string | null | undefined): token is string {
  return typeof token === 'string' && token.length <= PREVIEW_TOKEN_MAX_LENGTH && TOKEN_SHAPE.test(token);
}

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

/**
 * The document a preview token names, or null when it is not shaped like one, names a type the
 * site has no page for, or has expired at `nowMs`. Its signature is NOT checked here (the CMS does).
 */
export function previewTargetOf(token: string | null | undefined, nowMs: number = Date.now()): PreviewTarget | null {
  if (!isPreviewTokenShaped(token)) return null;
  let claims: { uid?: unknown; documentId?: unknown; status?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(decodeBase64Url(token.split('.')[1]!)) as typeof claims;
  } catch {
    return null;
  }
  const type = typeof claims.uid === 'string' ? PREVIEW_TYPES[claims.uid as keyof typeof PREVIEW_TYPES] : undefined;
  if (!type || typeof claims.documentId !== 'string' || !claims.documentId || typeof claims.exp !== 'number') return null;
  if (claims.exp * 1000 <= nowMs) return null;
  return { type, documentId: claims.documentId, status: claims.status === 'published' ? 'PUBLISHED' : 'DRAFT', exp: claims.exp };
}

/** True for the preview page's path (a request's path, with or without its query). */
export function isPreviewPath(path: string): boolean {
  return isRoutePath('preview', path.split('?')[0] ?? '/');
}
