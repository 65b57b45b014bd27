import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The landing page loads Apollo Sandbox from a CDN: off everywhere.
      landingPage: false,
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 8),
      defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 10),
      maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', true),
        // Partners get the error message, never the server's stack trace.
        includeStacktraceInErrorResponses: false,
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: '7d' },
      register: { allowedFields: [] },
      // Its own limiter counts every request per address, and every visitor of the site shares the
      // site's address: src/contributors/auth-guard.ts limits these routes per visitor instead.
      ratelimit: { enabled: false },
    },
  },
  // E-mail (password reset, account approval): an SMTP server when SMTP_HOST is set; otherwise the
  // messages are written to the log (src/email).
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: env('SMTP_HOST', '')
        ? {
            host: env('SMTP_HOST'),
            port: env.int('SMTP_PORT', 587),
            secure: env.bool('SMTP_SECURE', false),
            ...(env('SMTP_USERNAME', '') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } } : {}),
          }
        : { jsonTransport: true },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'Liên hiệp Hội Lào Cai <no-reply@lienhiephoi-laocai.vn>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'Liên hiệp Hội Lào Cai <no-reply@lienhiephoi-laocai.vn>')),
      },
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 20 * 1024 * 1024),
      // File types are checked by content in src/security/uploads (allowlist, bilingual 400s).
      // Strapi's own check trusts the extension for ZIP and text files; it is left open (an empty
      // deny list, which also silences its "no upload security configuration" warning).
      security: { deniedTypes: [] },
      // Production: a host serving the uploads folder that never gets the admin's cookies
      // (https://media.example.vn); new files are stored with URLs there. Empty: /uploads/ on the CMS.
      publicUrl: env('UPLOADS_PUBLIC_URL', ''),
      breakpoints: { large: 1200, medium: 800, small: 480, thumbnail: 240 },
    },
  },
});
