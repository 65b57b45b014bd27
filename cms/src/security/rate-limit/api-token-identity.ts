import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** What the limiter needs to know about a content-API token. */
export type TokenIdentity = { id: number; expiresAt: number | null };

type CachedLookup = { identity: TokenIdentity | null; until: number };

type ApiTokenService = {
  hash(accessKey: string): string;
  getByAccessKey(hash: string): Promise<{ id: number; kind?: string | null; expiresAt?: string | null } | null | undefined>;
};

/** The bearer token of a request exactly as Strapi's content-API token strategy reads it, or null. */
export function bearerToken(ctx: Context): string | null {
  const header = ctx.get('authorization');
  if (!header) return null;
  const parts = header.split(/\s+/);
  return parts.length === 2 && parts[0].toLowerCase() === 'bearer' ? parts[1] : null;
}

/**
 * Recognises a content-API token (read-only, full-access or custom, made in Settings → API Tokens)
 * through Strapi's own api-token service, remembering each answer (unknown tokens too) for `ttlMs`
 * so the limiter adds no database query per request. Any change to the tokens (create, regenerate,
 * revoke, also `lastUsedAt`) forgets everything at once, in this process; another CMS process would
 * see it within `ttlMs`. Strapi's own authentication still decides every request: an unknown or expired
 * token here only means "counted by address", and Strapi answers 401 as it always does.
 */
export function createApiTokenIdentity(strapi: Core.Strapi, { ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }) {
  const lookups = new Map<string, CachedLookup>();
  const service = () => strapi.service('admin::api-token-content-api') as unknown as ApiTokenService;
  const forgetAll = () => lookups.clear();
  strapi.db.lifecycles.subscribe({
    models: ['admin::api-token'],
    afterCreate: forgetAll,
    afterUpdate: forgetAll,
    afterUpdateMany: forgetAll,
    afterDelete: forgetAll,
    afterDeleteMany: forgetAll,
  });

  async function lookUp(hash: string): Promise<TokenIdentity | null> {
    const token = await service().getByAccessKey(hash);
    if (!token || (token.kind !== 'content-api' && token.kind != null)) return null;
    return { id: token.id, expiresAt: token.expiresAt ? new Date(token.expiresAt).getTime() : null };
  }

  return {
    /** The valid, unexpired content-API token the request carries, or null (none, unknown, expired, a user's JWT…). */
    async of(ctx: Context, now = Date.now()): Promise<TokenIdentity | null> {
      const token = bearerToken(ctx);
      if (token === null || token.length > 512) return null;
      const hash = service().hash(token);
      let cached = lookups.get(hash);
      if (!cached || cached.until <= now) {
        cached = { identity: await lookUp(hash), until: now + ttlMs };
        lookups.delete(hash);
        lookups.set(hash, cached);
        if (lookups.size > maxEntries) lookups.delete(lookups.keys().next().value as string);
      }
      const identity = cached.identity;
      return identity && (identity.expiresAt === null || identity.expiresAt > now) ? identity : null;
    },
  };
}
