// The one place the project makes secrets: cms/.env on first start (cms/scripts/ensure-env.mjs),
// the CMS tests (cms/scripts/run-tests.js), the browser tests (web/tests/e2e/support/portal.ts) and
// the benchmark (scripts/bench.mjs). Plain ESM with its types beside it (secrets.d.mts): .mjs files
// import it, CommonJS scripts `await import()` it, TypeScript imports it with its types.
import { randomBytes } from 'node:crypto';

/** A random secret: 24 bytes (192 bits) in base64, for Strapi's keys and salts and the cache-purge webhook. */
export function newSecret() {
  return randomBytes(24).toString('base64');
}

/**
 * A development administrator's password a person can type: 72 random bits, with an upper-case
 * letter, a lower-case letter and a digit whatever the random part is (Strapi's password rule).
 */
export function newAdminPassword() {
  return `Lc-${randomBytes(9).toString('base64url')}9a`;
}

/** Fresh values of every secret a Strapi app needs to start (cms/.env.example explains each). */
export function newStrapiSecrets() {
  return {
    APP_KEYS: [newSecret(), newSecret(), newSecret(), newSecret()].join(','),
    API_TOKEN_SALT: newSecret(),
    ADMIN_JWT_SECRET: newSecret(),
    TRANSFER_TOKEN_SALT: newSecret(),
    JWT_SECRET: newSecret(),
    ENCRYPTION_KEY: newSecret(),
  };
}

/**
 * The environment of a throw-away production-mode CMS on 127.0.0.1 (the browser tests, the
 * benchmark): a SQLite file, fresh secrets, no admin panel, no demo content unless seeded apart,
 * the cache-purge webhook pointed at `revalidateUrl`. `siteUrl` is the site's address in the e-mails
 * the CMS sends (password reset, account approval); `smtp` an SMTP server for them (a test's own
 * `smtp-server`), else they are written to the CMS log. Rate limits are set out of reach (see below).
 */
export function throwAwayCmsEnv({ port, databaseFile, revalidateSecret, revalidateUrl, admin = { email: '', password: '' }, siteUrl = '', smtp }) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'warn',
    SERVE_ADMIN_PANEL: 'false',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_URL: '',
    DATABASE_FILENAME: databaseFile,
    ...newStrapiSecrets(),
    DEV_ADMIN_EMAIL: admin.email,
    DEV_ADMIN_PASSWORD: admin.password,
    SEED_DEMO_CONTENT: 'false',
    REVALIDATE_SECRET: revalidateSecret,
    WEB_REVALIDATE_URL: revalidateUrl,
    SITE_URL: siteUrl,
    SMTP_HOST: smtp?.host ?? '',
    SMTP_PORT: smtp ? String(smtp.port) : '',
    SMTP_SECURE: 'false',
    SMTP_USERNAME: '',
    SMTP_PASSWORD: '',
    // Every request of the browser tests and the benchmark comes from 127.0.0.1 (50 benchmark clients at
    // thousands of requests a second): the limiter stays on, so its cost is measured, with budgets
    // no run reaches (production defaults: 120 a minute per address, 1,200 per token; cms/config/security.ts).
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    RATE_LIMIT_TOKEN_PER_MINUTE: '1000000',
  };
}
