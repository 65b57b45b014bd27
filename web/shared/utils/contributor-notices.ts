/**
 * The one-line confirmations a contributor page shows after a form succeeded (post/redirect/get):
 * the redirect names one with `?thong_bao=<key>`, and the page shows its sentence. Only these keys
 * are kept in the URL (shared/utils/page-query.ts), so no visitor can make the site say anything else.
 */
export const CONTRIBUTOR_NOTICES = {
  'da-dang-xuat': 'Bạn đã đăng xuất.',
  'da-dat-lai-mat-khau': 'Đã đặt lại mật khẩu. Mời bạn đăng nhập bằng mật khẩu mới.',
  'da-gui-yeu-cau': 'Đã gửi yêu cầu. Bạn sẽ nhận được e-mail khi cán bộ Liên hiệp Hội duyệt tài khoản; sau đó bạn có thể đăng nhập.',
  'da-gui-email': 'Nếu địa chỉ này là của một tài khoản cộng tác viên, bạn sẽ nhận được e-mail có liên kết đặt lại mật khẩu trong ít phút.',
  'da-gui-tin': 'Đã gửi tin. Tin đang chờ biên tập viên duyệt.',
  'da-sua-tin': 'Đã lưu bản sửa. Tin đang chờ biên tập viên duyệt.',
  'da-doi-mat-khau': 'Đã đổi mật khẩu.',
  'het-phien': 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
} as const;

export type ContributorNotice = keyof typeof CONTRIBUTOR_NOTICES;

/** The query parameter naming the notice. */
export const NOTICE_PARAM = 'thong_bao';

export function isContributorNotice(value: unknown): value is ContributorNotice {
  return typeof value === 'string' && Object.hasOwn(CONTRIBUTOR_NOTICES, value);
}

/** `path?thong_bao=key`. */
export function withNotice(path: string, notice: ContributorNotice): string {
  return `${path}?${NOTICE_PARAM}=${notice}`;
}
