import type { Core } from '@strapi/strapi';

/**
 * Who is asking, as far as drafts are concerned.
 * - `editor`: a request authenticated as an admin user (the Strapi admin panel and its content manager).
 * - `public`: any other HTTP request: visitors, partners with API tokens, users-permissions users,
 *   through REST or GraphQL.
 * - `internal`: no HTTP request at all (seed script, cron jobs, bootstrap).
 */
export type RequestAudience = 'editor' | 'public' | 'internal';

export function getRequestAudience(strapi: Core.Strapi): RequestAudience {
  const ctx = strapi.requestContext.get();
  if (!ctx) return 'internal';
  const strategy = (ctx.state?.auth as { strategy?: { name?: string } } | undefined)?.strategy?.name;
  return strategy === 'admin' ? 'editor' : 'public';
}
