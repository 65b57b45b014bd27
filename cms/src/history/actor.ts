import type { Core } from '@strapi/strapi';

/** Who made a change: a staff member, a contributor, a partner's API token, or the system itself. */
export type ActorKind = 'admin' | 'contributor' | 'api-token' | 'system';

export type Actor = { kind: ActorKind; id: number | null; name: string; email: string | null };

/** Writes made without a request: seed, import script, scheduled jobs, bootstrap. */
export const SYSTEM_ACTOR: Actor = { kind: 'system', id: null, name: 'hệ thống', email: null };

type AdminUser = { id?: unknown; firstname?: unknown; lastname?: unknown; username?: unknown; email?: unknown };
type SiteUser = { id?: unknown; username?: unknown; fullName?: unknown; email?: unknown };
type AuthState = { strategy?: { name?: string }; credentials?: (AdminUser & SiteUser & { name?: unknown }) | null } | undefined;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const idOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

/** "Nguyễn Văn An" from an admin user: the username when set, else first and last name, else the e-mail. */
export function adminDisplayName(user: AdminUser): string {
  return text(user.username) || [text(user.firstname), text(user.lastname)].filter(Boolean).join(' ') || text(user.email) || 'Quản trị viên';
}

/** The author of the write being made, from the request being served (none: the system). */
export function actorOfRequest(strapi: Core.Strapi): Actor {
  const ctx = strapi.requestContext.get();
  if (!ctx) return SYSTEM_ACTOR;
  const auth = ctx.state?.auth as AuthState;
  const strategy = auth?.strategy?.name;
  const credentials = auth?.credentials ?? null;
  if (strategy === 'admin' && credentials) {
    return { kind: 'admin', id: idOf(credentials.id), name: adminDisplayName(credentials), email: text(credentials.email) || null };
  }
  if (strategy === 'users-permissions' && credentials) {
    const name = text(credentials.fullName) || text(credentials.username) || text(credentials.email) || 'Cộng tác viên';
    return { kind: 'contributor', id: idOf(credentials.id), name, email: text(credentials.email) || null };
  }
  if (strategy === 'api-token' && credentials) {
    return { kind: 'api-token', id: idOf(credentials.id), name: `API token "${text(credentials.name) || '?'}"`, email: null };
  }
  return SYSTEM_ACTOR;
}
