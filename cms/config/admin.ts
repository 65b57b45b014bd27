import type { Core } from '@strapi/strapi';
import { previewSettings, previewUrl, siteOrigin, type PreviewRequest } from '../src/preview';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
  // A staff member's password reset goes through the e-mail plugin (config/plugins.ts: the same SMTP
  // provider as the contributors' e-mails), in Vietnamese. `<%= url %>`: the reset link.
  forgotPassword: {
    from: env('EMAIL_FROM', 'Liên hiệp Hội Lào Cai <no-reply@lienhiephoi-laocai.vn>'),
    replyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'Liên hiệp Hội Lào Cai <no-reply@lienhiephoi-laocai.vn>')),
    emailTemplate: {
      subject: 'Đặt lại mật khẩu trang quản trị cổng thông tin',
      text: 'Xin chào <%= user.firstname %>,\n\nBạn (hoặc ai đó) vừa yêu cầu đặt lại mật khẩu trang quản trị. Mở liên kết sau để đặt mật khẩu mới:\n<%= url %>\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu cũ vẫn dùng được.\n\nLiên hiệp Hội Lào Cai',
      html: '<p>Xin chào <%= user.firstname %>,</p><p>Bạn (hoặc ai đó) vừa yêu cầu đặt lại mật khẩu trang quản trị. Mở liên kết sau để đặt mật khẩu mới:</p><p><a href="<%= url %>"><%= url %></a></p><p>Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu cũ vẫn dùng được.</p><p>Liên hiệp Hội Lào Cai</p>',
    },
  },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // Strapi's Preview (free): "Open preview" in the edit view of an article, event, association,
  // intellectual or page shows the draft on the site (its /xem-truoc page) with a short-lived token
  // for that one document (src/preview). The admin may frame the site (CSP frame-src, also in
  // config/middlewares.ts); the site lets only the CMS frame its preview page.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [siteOrigin(env('SITE_URL', 'http://localhost:3000'))],
      async handler(uid: string, request: PreviewRequest) {
        return previewUrl(previewSettings(strapi), uid, request);
      },
    },
  },
});
