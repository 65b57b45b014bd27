import type { Core } from '@strapi/strapi';
import { CONTRIBUTOR_ROLE_TYPE } from '../contributors/roles';
import { REVIEW_STATUS } from '../newsroom/review-queue';
import { markdownToBlocks } from '../rich-text/light-markup';

/** The demo contributor of the README, for the first member association by slug (demo content only). */
export const DEMO_CONTRIBUTOR = {
  email: 'congtacvien@demo.lienhiephoi-laocai.vn',
  password: 'CongTacVien@2026',
  fullName: 'Cộng tác viên mẫu',
} as const;

const USER = 'plugin::users-permissions.user';
const ARTICLE = 'api::article.article';
const DEMO_SUBMISSION_SLUG = 'bai-gui-mau-cua-cong-tac-vien';

/**
 * The demo contributor (signs in on the site with the README's credentials), linked to the first
 * demo association, and one submission of theirs waiting for review (a draft, never published).
 * Nothing is duplicated when run again; an existing account is left as it is.
 */
export async function seedDemoContributor(strapi: Core.Strapi): Promise<{ created: number; existing: number }> {
  const counts = { created: 0, existing: 0 };
  const association = await strapi.documents('api::association.association').findFirst({ status: 'published', sort: 'slug:asc', fields: ['name'] });
  const category = await strapi.documents('api::category.category').findFirst({ status: 'published', sort: 'order:asc', fields: ['name'] });
  if (!association) return counts;

  let user = (await strapi.db.query(USER).findOne({ select: ['id', 'documentId'], where: { email: DEMO_CONTRIBUTOR.email } })) as { id: number; documentId: string } | null;
  if (user) counts.existing += 1;
  else {
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ select: ['id'], where: { type: CONTRIBUTOR_ROLE_TYPE } })) as { id: number };
    user = (await strapi.documents(USER).create({
      data: {
        username: DEMO_CONTRIBUTOR.email,
        email: DEMO_CONTRIBUTOR.email,
        password: DEMO_CONTRIBUTOR.password,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
        fullName: DEMO_CONTRIBUTOR.fullName,
        association: association.documentId,
      },
    } as never)) as unknown as { id: number; documentId: string };
    counts.created += 1;
  }

  const submitted = await strapi.documents(ARTICLE).findFirst({ status: 'draft', filters: { slug: DEMO_SUBMISSION_SLUG }, fields: ['documentId'] });
  if (submitted) counts.existing += 1;
  else {
    await strapi.documents(ARTICLE).create({
      data: {
        slug: DEMO_SUBMISSION_SLUG,
        title: `${association.name}: tập huấn kỹ thuật cho hội viên (bài gửi mẫu)`,
        summary: 'Bài mẫu do cộng tác viên gửi từ cổng thông tin, đang chờ biên tập viên duyệt (dữ liệu mẫu).',
        body: markdownToBlocks(
          [
            '## Nội dung tập huấn',
            'Hội đã tổ chức buổi tập huấn kỹ thuật cho **40 hội viên** tại thành phố Lào Cai.',
            '- Giới thiệu quy trình mới\n- Thực hành tại chỗ\n- Trao đổi kinh nghiệm',
            '_Bài viết là dữ liệu mẫu, gửi bởi tài khoản cộng tác viên mẫu._',
          ].join('\n\n'),
          { sitePaths: false },
        ),
        category: category?.documentId ?? null,
        associations: [association.documentId],
        contributor: user.documentId,
        author: DEMO_CONTRIBUTOR.fullName,
        date: new Date().toISOString(),
        featured: false,
        reviewStatus: REVIEW_STATUS.waiting,
      },
    } as never);
    counts.created += 1;
  }
  return counts;
}
