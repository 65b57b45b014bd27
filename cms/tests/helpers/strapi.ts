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

let adminToken: string | undefined;

/** An editor's session: a super admin signed in through /admin/login, as in the admin panel. */
export async function adminJwt(): Promise<string> {
  if (adminToken) return adminToken;
  const strapi = instance!;
  const email = 'editor@test.local';
  const password = 'Editor-Test-1234';
  const users = strapi.service('admin::user');
  if ((await users.count({ email })) === 0) {
    const role = await strapi.service('admin::role').getSuperAdmin();
    await users.create({ email, firstname: 'Biên', lastname: 'Tập', password, isActive: true, registrationToken: null, roles: [role.id] });
  }
  const response = await http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  adminToken = response.body.data.token as string;
  return adminToken;
}
