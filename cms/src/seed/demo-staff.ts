import type { Core } from '@strapi/strapi';
import { STAFF_ROLES } from '../newsroom/staff-roles';

/** The README's demo staff accounts, one per role (demo content only: never in production). */
export const DEMO_STAFF = [
  { role: STAFF_ROLES.administrator.code, email: 'quantri@demo.lienhiephoi-laocai.vn', password: 'QuanTri@2026', firstname: 'Quản trị', lastname: 'Mẫu' },
  { role: STAFF_ROLES.editor.code, email: 'bientap@demo.lienhiephoi-laocai.vn', password: 'BienTap@2026', firstname: 'Biên tập viên', lastname: 'Mẫu' },
  { role: STAFF_ROLES.author.code, email: 'tacgia@demo.lienhiephoi-laocai.vn', password: 'TacGia@2026', firstname: 'Tác giả', lastname: 'Mẫu' },
] as const;

/** Creates the demo staff accounts that do not exist yet (an existing account is left as it is). */
export async function seedDemoStaff(strapi: Core.Strapi): Promise<{ created: number; existing: number }> {
  const counts = { created: 0, existing: 0 };
  const users = strapi.service('admin::user') as unknown as {
    exists(where: { email: string }): Promise<boolean>;
    create(data: Record<string, unknown>): Promise<unknown>;
  };
  for (const account of DEMO_STAFF) {
    if (await users.exists({ email: account.email })) {
      counts.existing += 1;
      continue;
    }
    const role = (await strapi.db.query('admin::role').findOne({ select: ['id'], where: { code: account.role } })) as { id: number } | null;
    if (!role) continue;
    await users.create({ email: account.email, firstname: account.firstname, lastname: account.lastname, password: account.password, isActive: true, registrationToken: null, roles: [role.id] });
    counts.created += 1;
  }
  return counts;
}
