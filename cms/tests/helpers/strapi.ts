import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import request from 'supertest';

const appDir = path.join(__dirname, '..', '..');
let instance: Core.Strapi | undefined;

/**
 * Boots the app compiled by scripts/run-tests.js (dist/) against the seeded test database and
 * mounts its HTTP server, so tests talk to it over real HTTP.
 */
export async function startStrapi(): Promise<Core.Strapi> {
  if (instance) return instance;
  instance = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false } as never).load();
  instance.log.level = 'error';
  instance.server.mount();
  return instance;
}

export async function stopStrapi(): Promise<void> {
  if (!instance) return;
  await instance.destroy();
  instance = undefined;
}

export function http() {
  if (!instance) throw new Error('startStrapi() first');
  return request(instance.server.httpServer);
}

export type GraphQLResult<T = Record<string, unknown>> = {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; error?: { name?: string; message?: string } } }>;
};

/** Posts a GraphQL operation to /graphql as an anonymous visitor (or with the given token). */
export async function graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>> {
  const req = http().post('/graphql').set('Content-Type', 'application/json');
  if (token) req.set('Authorization', `Bearer ${token}`);
  const response = await req.send({ query, variables });
  return { status: response.status, data: response.body?.data, errors: response.body?.errors };
}

const adminTokens = new Map<string, string>();

/** Strapi's built-in admin roles, by code. */
export type AdminRoleCode = 'strapi-super-admin' | 'strapi-editor' | 'strapi-author';

/**
 * A staff member's session with the given built-in role, signed in through /admin/login as in the
 * admin panel. Each user signs in once per test file (the sign-in is rate limited).
 */
export async function adminJwtForRole(roleCode: AdminRoleCode): Promise<string> {
  const cached = adminTokens.get(roleCode);
  if (cached) return cached;
  const strapi = instance!;
  const email = roleCode === 'strapi-super-admin' ? 'editor@test.local' : `${roleCode}@test.local`;
  const password = 'Editor-Test-1234';
  const users = strapi.service('admin::user');
  if ((await users.count({ email })) === 0) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
    if (!role) throw new Error(`admin role ${roleCode} is missing`);
    await users.create({ email, firstname: 'Biên', lastname: 'Tập', password, isActive: true, registrationToken: null, roles: [role.id] });
  }
  const response = await http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  const token = response.body.data.token as string;
  adminTokens.set(roleCode, token);
  return token;
}

/** An editor's session: a super admin signed in through /admin/login, as in the admin panel. */
export function adminJwt(): Promise<string> {
  return adminJwtForRole('strapi-super-admin');
}

export type ApiTokenType = 'read-only' | 'full-access' | 'custom';

/** A content-API token created the way Settings → API Tokens does; returns the secret to send. */
export async function createApiToken(type: ApiTokenType, permissions: string[] = []): Promise<string> {
  const strapi = instance!;
  const token = (await strapi.service('admin::api-token').create({
    name: `test ${type} ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`,
    description: '',
    type,
    kind: 'content-api',
    lifespan: null,
    ...(type === 'custom' ? { permissions } : {}),
  })) as { accessKey: string };
  return token.accessKey;
}
