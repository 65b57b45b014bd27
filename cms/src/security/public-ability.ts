import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;
type AuthState = { strategy?: { name?: string }; credentials?: unknown; ability?: unknown };
type Route = { info?: { type?: string }; config?: { auth?: false | { strategies?: unknown } } };
type AuthService = { authenticate: (ctx: Context, next: Next) => Promise<unknown> };

/** What an anonymous content-API request is allowed: Strapi's users-permissions answer for the Public role. */
type PublicAuth = { strategy: AuthState['strategy']; ability: unknown; until: number };

/** How long a process trusts its copy without hearing of a change (another CMS process may have made it). */
const DEFAULT_TTL_MS = 10_000;

/** A request Strapi authenticates with the content API's default strategies and no credential at all. */
function isAnonymousDefault(ctx: Context): boolean {
  const route = ctx.state.route as Route | undefined;
  if (route?.info?.type !== 'content-api') return false;
  const auth = route.config?.auth;
  if (auth === false || (auth && auth.strategies !== undefined)) return false;
  return !ctx.get('authorization');
}

/**
 * Strapi authenticates every anonymous content-API request by reading the Public role's permissions
 * from the database and building a permission ability from them: a query and some hundred objects
 * per request, the same answer every time. This keeps the answer Strapi gave (its own strategy and
 * ability, taken from a real authentication) and hands it to the next anonymous requests, until a
 * permission or role changes (forgotten at once in this process) or `ttlMs` passes (another CMS
 * process's change). Requests with any Authorization header, and routes with their own auth
 * settings, go through Strapi's authentication untouched.
 */
export function cachePublicAbility(strapi: Core.Strapi, ttlMs = DEFAULT_TTL_MS): void {
  const auth = strapi.get('auth') as AuthService;
  const authenticate = auth.authenticate.bind(auth);
  let kept: PublicAuth | undefined;
  let changes = 0;
  const forget = () => {
    kept = undefined;
    changes += 1;
  };
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.permission', 'plugin::users-permissions.role'],
    afterCreate: forget,
    afterCreateMany: forget,
    afterUpdate: forget,
    afterUpdateMany: forget,
    afterDelete: forget,
    afterDeleteMany: forget,
  });

  auth.authenticate = async (ctx, next) => {
    if (!isAnonymousDefault(ctx)) return authenticate(ctx, next);
    if (kept && kept.until > Date.now()) {
      ctx.state.isAuthenticated = true;
      ctx.state.auth = { strategy: kept.strategy, credentials: null, ability: kept.ability };
      return next();
    }
    const changesBefore = changes;
    return authenticate(ctx, () => {
      const state = ctx.state.auth as AuthState | undefined;
      // Kept only when nothing changed meanwhile, and only Strapi's public answer (no user, an ability).
      if (changes === changesBefore && state?.strategy?.name === 'users-permissions' && state.credentials === null && state.ability) {
        kept = { strategy: state.strategy, ability: state.ability, until: Date.now() + ttlMs };
      }
      return next();
    });
  };
}
