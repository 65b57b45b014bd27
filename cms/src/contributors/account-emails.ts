import type { Core } from '@strapi/strapi';
import { sendEmail } from '../email';

const USER = 'plugin::users-permissions.user';
export const RESET_PASSWORD_PATH = '/dat-lai-mat-khau';
export const SIGN_IN_PATH = '/dang-nhap';
const DEFAULT_FROM = 'Liên hiệp Hội Lào Cai <no-reply@lienhiephoi-laocai.vn>';

/** The site's public address (SITE_URL, default http://localhost:3000), where contributors sign in. */
export function siteUrl(): string {
  return (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

/** "Tên <dia-chi@…>" or "dia-chi@…" → its name and address. */
export function parseMailbox(mailbox: string): { name: string; email: string } {
  const match = mailbox.match(/^\s*(.*?)\s*<([^>]+)>\s*$/);
  return match ? { name: match[1].replace(/^"|"$/g, ''), email: match[2] } : { name: '', email: mailbox.trim() };
}

export const RESET_PASSWORD_SUBJECT = 'Đặt lại mật khẩu cộng tác viên – Liên hiệp Hội Lào Cai';

const RESET_PASSWORD_MESSAGE = `<p>Xin chào,</p>
<p>Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản cộng tác viên của bạn trên cổng thông tin Liên hiệp Hội Lào Cai.</p>
<p>Để đặt mật khẩu mới, hãy mở liên kết sau:</p>
<p><a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>
<p>Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua email này: mật khẩu của bạn không thay đổi.</p>
<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai</p>`;

type EmailTemplates = { reset_password?: { options?: Record<string, unknown> } } & Record<string, unknown>;

/**
 * users-permissions' password-reset e-mail, set at every start from the environment: in Vietnamese,
 * from EMAIL_FROM (reply to EMAIL_REPLY_TO), linking to the site's reset page
 * (SITE_URL + /dat-lai-mat-khau?code=…), which sends the code back to POST /api/auth/reset-password.
 */
export async function applyResetPasswordEmail(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const from = parseMailbox(process.env.EMAIL_FROM || DEFAULT_FROM);
  const templates = ((await store.get({ key: 'email' })) ?? {}) as EmailTemplates;
  const resetPassword = templates.reset_password ?? {};
  await store.set({
    key: 'email',
    value: {
      ...templates,
      reset_password: {
        ...resetPassword,
        options: {
          ...(resetPassword.options ?? {}),
          from,
          response_email: process.env.EMAIL_REPLY_TO || '',
          object: RESET_PASSWORD_SUBJECT,
          message: RESET_PASSWORD_MESSAGE,
        },
      },
    },
  });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  await store.set({ key: 'advanced', value: { ...advanced, email_reset_password: `${siteUrl()}${RESET_PASSWORD_PATH}` } });
}

export const APPROVAL_SUBJECT = 'Tài khoản cộng tác viên đã được duyệt – Liên hiệp Hội Lào Cai';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type RequestedUser = { id: number; email: string; fullName?: string | null; blocked?: boolean | null; requestedAt?: string | null; approvedAt?: string | null };

/**
 * A requested account (POST /api/contributor-requests makes it blocked) is approved when staff
 * un-block it in the admin (Content Manager → Người dùng): it is marked approved once, and its owner
 * gets an e-mail "tài khoản đã được duyệt" with the sign-in address. Watched at the database layer,
 * so every way of un-blocking (admin, a script) counts.
 */
export function watchAccountApprovals(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [USER],
    async afterUpdate(event) {
      const user = event.result as RequestedUser | undefined;
      if (!user || user.blocked !== false || !user.requestedAt || user.approvedAt) return;
      await strapi.db.query(USER).update({ where: { id: user.id }, data: { approvedAt: new Date() } });
      const name = user.fullName ? escapeHtml(user.fullName) : 'bạn';
      const signIn = `${siteUrl()}${SIGN_IN_PATH}`;
      try {
        await sendEmail(strapi, {
          to: user.email,
          subject: APPROVAL_SUBJECT,
          html: `<p>Xin chào ${name},</p>
<p>Tài khoản cộng tác viên của bạn trên cổng thông tin Liên hiệp Hội Lào Cai đã được duyệt.</p>
<p>Bạn có thể đăng nhập bằng email ${escapeHtml(user.email)} và mật khẩu đã đặt khi đăng ký tại:</p>
<p><a href="${signIn}">${signIn}</a></p>
<p>Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai</p>`,
        });
      } catch (error) {
        strapi.log.error(`[contributors] approval e-mail to user ${user.id} not sent: ${(error as Error).message}`);
      }
    },
  });
}
