import type { Core } from '@strapi/strapi';
import type { Audience } from './audience';

const EDITOR: Audience = { kind: 'editor' };
const INTERNAL: Audience = { kind: 'internal' };
const PUBLIC: Audience = { kind: 'public' };

/**
 * The audience (./audience.ts) of the request being served: an admin sign-in is an editor, no
 * request at all is internal, everything else, API tokens of any type and users-permissions users
 * included, is public. `preview` and `contributor` are never returned: nothing issues them yet (the
 * preview token and contributor sign-in come with their own issues, and are recognised here).
 */
export function audienceOfRequest(strapi: Core.Strapi): Audience {
  const ctx = strapi.requestContext.get();
  if (!ctx) return INTERNAL;
  const strategy = (ctx.state?.auth as { strategy?: { name?: string } } | undefined)?.strategy?.name;
  return strategy === 'admin' ? EDITOR : PUBLIC;
}
