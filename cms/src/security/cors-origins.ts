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
