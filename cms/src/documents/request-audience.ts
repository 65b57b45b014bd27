import type { Core } from '@strapi/strapi';
import { CONTRIBUTOR_ROLE_TYPE } from '../contributors/roles';
import type { Audience } from './audience';

const EDITOR: Audience = { kind: 'editor' };
const INTERNAL: Audience = { kind: 'internal' };
const PUBLIC: Audience = { kind: 'public' };

type AuthState = { strategy?: { name?: string }; credentials?: { id?: unknown; role?: { type?: unknown } } | null } | undefined;

/**
 * The audience (./audience.ts) of the request being served: an admin sign-in is an editor, no
 * request at all is internal, a signed-in users-permissions user of the contributor role
 * (../contributors) is that contributor, everything else — API tokens of any type, users of any other
 * role — is public. `preview` is never returned yet: nothing issues preview tokens (issue 11).
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
  return PUBLIC;
}
