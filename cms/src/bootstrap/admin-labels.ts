import type { Core } from '@strapi/strapi';
import { SCHEDULE_LABELS } from '../scheduling/schedule-fields';

/** Vietnamese field labels in the admin panel; the API keeps the English ids. */
export const VIETNAMESE_LABELS: Record<string, Record<string, string>> = {
  'content_types::api::article.article': {
    title: 'Tiêu đề', slug: 'Đường dẫn (slug)', date: 'Ngày đăng', summary: 'Sapo (tóm tắt)', cover: 'Ảnh đại diện',
    body: 'Nội dung', gallery: 'Thư viện ảnh', author: 'Tác giả', source: 'Nguồn', category: 'Chuyên mục', tags: 'Thẻ',
    associations: 'Hội thành viên liên quan', event: 'Sự kiện liên quan', honoredIntellectuals: 'Trí thức liên quan',
    featured: 'Tin nổi bật (banner trang chủ)', seo: 'SEO',
    contributor: 'Cộng tác viên gửi bài', reviewNote: 'Ghi chú của biên tập viên cho cộng tác viên (cần sửa)',
    reviewStatus: 'Trạng thái duyệt',
    ...SCHEDULE_LABELS,
  },
  'content_types::plugin::users-permissions.user': {
    username: 'Tên đăng nhập', email: 'Email', fullName: 'Họ và tên', phone: 'Điện thoại', association: 'Hội thành viên',
    role: 'Vai trò', blocked: 'Bị khóa (bỏ chọn để duyệt tài khoản đăng ký)', confirmed: 'Đã xác nhận email', password: 'Mật khẩu',
    requestMessage: 'Lời nhắn khi đăng ký', requestedAt: 'Ngày đăng ký', approvedAt: 'Ngày duyệt', provider: 'Nguồn tài khoản',
  },
  'content_types::api::association.association': {
    name: 'Tên hội', shortName: 'Tên viết tắt', slug: 'Đường dẫn (slug)', logo: 'Biểu trưng (logo)', field: 'Lĩnh vực hoạt động',
    summary: 'Giới thiệu ngắn', description: 'Giới thiệu', foundedYear: 'Năm thành lập', currentTerm: 'Nhiệm kỳ hiện tại',
    leadership: 'Lãnh đạo', memberCount: 'Số hội viên', contact: 'Liên hệ', operatingStatus: 'Tình trạng hoạt động',
    statusNote: 'Ghi chú tình trạng', articles: 'Tin bài', events: 'Sự kiện', honoredIntellectuals: 'Trí thức tiêu biểu', seo: 'SEO',
    ...SCHEDULE_LABELS,
  },
  'content_types::api::event.event': {
    title: 'Tên sự kiện', slug: 'Đường dẫn (slug)', kind: 'Loại sự kiện', startAt: 'Bắt đầu', endAt: 'Kết thúc', allDay: 'Cả ngày',
    venue: 'Địa điểm', organisers: 'Đơn vị tổ chức (hội thành viên)', partnerOrganisations: 'Đơn vị phối hợp',
    summary: 'Tóm tắt', description: 'Nội dung', documents: 'Tài liệu đính kèm', cover: 'Ảnh đại diện', articles: 'Tin bài liên quan', seo: 'SEO',
    ...SCHEDULE_LABELS,
  },
  'content_types::api::honored-intellectual.honored-intellectual': {
    fullName: 'Họ và tên', slug: 'Đường dẫn (slug)', portrait: 'Ảnh chân dung', academicTitle: 'Học hàm', degree: 'Học vị',
    field: 'Lĩnh vực', workplace: 'Nơi công tác', position: 'Chức vụ', association: 'Hội thành viên', honoringRound: 'Lần tôn vinh',
    honoringYear: 'Năm tôn vinh', citation: 'Lời tôn vinh', achievements: 'Thành tích', articles: 'Tin bài liên quan', seo: 'SEO',
    ...SCHEDULE_LABELS,
  },
  'content_types::api::category.category': { name: 'Tên chuyên mục', slug: 'Đường dẫn (slug)', description: 'Mô tả', order: 'Thứ tự', articles: 'Tin bài', seo: 'SEO', ...SCHEDULE_LABELS },
  'content_types::api::tag.tag': { name: 'Tên thẻ', slug: 'Đường dẫn (slug)', articles: 'Tin bài', ...SCHEDULE_LABELS },
  'content_types::api::page.page': { title: 'Tiêu đề', slug: 'Đường dẫn (slug)', summary: 'Tóm tắt', body: 'Nội dung', order: 'Thứ tự', seo: 'SEO', ...SCHEDULE_LABELS },
  'content_types::api::global.global': {
    siteName: 'Tên cổng thông tin', shortName: 'Tên ngắn', tagline: 'Khẩu hiệu', logo: 'Biểu trưng (logo)', banner: 'Ảnh banner',
    footerText: 'Chân trang', contact: 'Liên hệ', socialLinks: 'Mạng xã hội', relatedPortals: 'Liên kết website', defaultSeo: 'SEO mặc định',
  },
  'components::shared.seo': { metaTitle: 'Tiêu đề SEO', metaDescription: 'Mô tả SEO', shareImage: 'Ảnh chia sẻ', noIndex: 'Không cho công cụ tìm kiếm lập chỉ mục' },
  'components::shared.contact': { address: 'Địa chỉ', phone: 'Điện thoại', email: 'Email', website: 'Website' },
  'components::shared.leader': { fullName: 'Họ và tên', position: 'Chức vụ' },
  'components::shared.social-link': { platform: 'Mạng xã hội', url: 'Địa chỉ (URL)' },
  'components::shared.related-link': { name: 'Tên', url: 'Địa chỉ (URL)' },
};

type FieldMeta = { edit?: { label?: string }; list?: { label?: string } };
type Configuration = { metadatas?: Record<string, FieldMeta>; layouts?: { list?: string[] } };

/**
 * Gives the admin panel's edit and list views Vietnamese field labels. A label an administrator
 * changed in "Configure the view" is kept: only labels still equal to the field's id are replaced.
 */
export async function applyVietnameseAdminLabels(strapi: Core.Strapi): Promise<void> {
  for (const [key, labels] of Object.entries(VIETNAMESE_LABELS)) {
    const store = strapi.store({ type: 'plugin', name: 'content_manager_configuration', key });
    const configuration = (await store.get({})) as Configuration | null;
    if (!configuration?.metadatas) continue;
    let changed = false;
    for (const [field, label] of Object.entries(labels)) {
      const meta = configuration.metadatas[field];
      if (!meta) continue;
      for (const view of ['edit', 'list'] as const) {
        const current = meta[view];
        if (current && (current.label === undefined || current.label === field) && current.label !== label) {
          current.label = label;
          changed = true;
        }
      }
    }
    if (changed) await store.set({ value: configuration });
  }
}
