import { routePath } from './request-path';

/** The content API: REST under /api and GraphQL at /graphql (config/api.ts, config/plugins.ts). */
export function isContentApiPath(requestPath: string): boolean {
  const path = routePath(requestPath);
  return path === '/graphql' || path === '/api' || path.startsWith('/api/');
}

/** The CMS's own origin from its public URL, as the only origin allowed outside the content API. */
export function ownOrigin(publicUrl: string): string[] {
  try {
    return publicUrl ? [new URL(publicUrl).origin] : [];
  } catch {
    return [];
  }
}

/**
 * strapi::cors echoes the caller's Origin even when every origin is allowed. For the content API
 * read from any origin (CORS_ORIGINS=*) without credentials, the answer says `*` instead: the same
 * for every partner's page, so a shared HTTP cache keeps one copy. Runs around strapi::cors (its
 * preflight answers included); other paths and a configured list of origins are left as they are.
 */
export function anyOriginForContentApi(corsOrigins: string[]) {
  const anyOrigin = corsOrigins.includes('*');
  return async (ctx: { path: string; response: { get(name: string): string }; set(name: string, value: string): void }, next: () => Promise<unknown>) => {
    await next();
    if (anyOrigin && isContentApiPath(ctx.path) && ctx.response.get('Access-Control-Allow-Origin')) ctx.set('Access-Control-Allow-Origin', '*');
  };
}
