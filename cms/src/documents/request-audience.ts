import type { Core, UID } from '@strapi/strapi';
import { CONTRIBUTOR_ROLE_TYPE } from '../contributors/roles';
import { previewClaimsOf } from '../preview/preview-request';
import type { Audience } from './audience';

const EDITOR: Audience = { kind: 'editor' };
const INTERNAL: Audience = { kind: 'internal' };
const PUBLIC: Audience = { kind: 'public' };

type AuthState = { strategy?: { name?: string }; credentials?: { id?: unknown; role?: { type?: unknown } } | null } | undefined;

/**
 * The audience (./audience.ts) of the request being served: an admin sign-in is an editor, no
 * request at all is internal, a signed-in users-permissions user of the contributor role
 * (../contributors) is that contributor, a request carrying a valid, unexpired preview token
 * (X-Preview-Token, ../preview: the site's server rendering a preview link) is a preview of that one
 * document, everything else — API tokens of any type, users of any other role, a tampered or expired
 * preview token — is public.
 */
export function audienceOfRequest(strapi: Core.Strapi): Audience {
  const ctx = strapi.requestContext.get();
  if (!ctx) return INTERNAL;
  const auth = ctx.state?.auth as AuthState;
  const strategy = auth?.strategy?.name;
  if (strategy === 'admin') return EDITOR;
  const user = auth?.credentials;
  if (strategy === 'users-permissions' && user?.role?.type === CONTRIBUTOR_ROLE_TYPE && typeof user.id === 'number') {
    return { kind: 'contributor', userId: user.id };
  }
  const preview = previewClaimsOf(strapi, ctx);
  if (preview) return { kind: 'preview', uid: preview.uid as UID.ContentType, documentId: preview.documentId };
  return PUBLIC;
}
