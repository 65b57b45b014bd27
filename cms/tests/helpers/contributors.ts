import type { Core } from '@strapi/strapi';
import { http } from './strapi';

/** The secret the site and the CMS share in these tests (the site forwards its visitors' addresses with it). */
export const SITE_SECRET = 'site-and-cms-shared-secret-for-contributor-tests';

export const CONTRIBUTOR_PASSWORD = 'Mat-khau-2026';

let counter = 0;
/** A unique e-mail address for a test account. */
export function uniqueEmail(prefix = 'ctv'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2, 6)}@test.local`;
}

/** A unique visitor address, so tests of one file do not share the per-address counters. */
export function uniqueIp(): string {
  const n = Math.floor(Math.random() * 250) + 1;
  counter += 1;
  return `10.${counter % 250}.${n}.${(Date.now() % 250) + 1}`;
}

/** Headers the site adds when it calls the CMS for a visitor at `ip`. */
export function fromSite(ip: string): Record<string, string> {
  return { 'X-Site-Secret': SITE_SECRET, 'X-Visitor-Ip': ip };
}

export type TestAccount = { id: number; documentId: string; email: string; password: string };

/** The first published member associations, by slug. */
export async function associations(strapi: Core.Strapi): Promise<Array<{ documentId: string; name: string; slug: string }>> {
  return (await strapi.documents('api::association.association').findMany({ status: 'published', sort: 'slug:asc', fields: ['name', 'slug'], limit: 3 })) as never;
}

export async function aCategory(strapi: Core.Strapi): Promise<{ documentId: string; name: string }> {
  const category = await strapi.documents('api::category.category').findFirst({ status: 'published', sort: 'slug:asc', fields: ['name'] });
  if (!category) throw new Error('the test database has no category');
  return category as never;
}

/** A users-permissions account as staff make it in the admin (role by type, `contributor` unless said). */
export async function createAccount(
  strapi: Core.Strapi,
  options: { association?: string; role?: string; blocked?: boolean; requestedAt?: string | null; fullName?: string; email?: string } = {},
): Promise<TestAccount> {
  const email = options.email ?? uniqueEmail();
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: options.role ?? 'contributor' } })) as { id: number };
  const user = (await strapi.documents('plugin::users-permissions.user').create({
    data: {
      username: email,
      email,
      password: CONTRIBUTOR_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: options.blocked ?? false,
      role: role.id,
      fullName: options.fullName ?? 'Nguyễn Văn Cộng Tác',
      association: options.association,
      requestedAt: options.requestedAt ?? null,
    },
  } as never)) as unknown as { id: number; documentId: string };
  return { id: user.id, documentId: user.documentId, email, password: CONTRIBUTOR_PASSWORD };
}

/** POST /api/auth/local through "the site" for a visitor at `ip`. */
export function signIn(identifier: string, password: string, ip: string) {
  return http().post('/api/auth/local').set(fromSite(ip)).send({ identifier, password });
}

/** A contributor's JWT (signs in once, from its own address). */
export async function jwtOf(account: TestAccount): Promise<string> {
  const response = await signIn(account.email, account.password, uniqueIp());
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.jwt as string;
}

export const BODY_MARKUP = [
  '## Kết quả hội thảo',
  '',
  'Hội thảo đã thống nhất **ba giải pháp** chính, xem *chi tiết* tại [trang của hội](https://example.vn/hoi-thao).',
  '',
  '- Ứng dụng giống mới',
  '- Tập huấn cho bà con',
  '',
  '1. Khảo sát',
  '2. Triển khai',
].join('\n');
