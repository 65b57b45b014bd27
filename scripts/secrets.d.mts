// Types of scripts/secrets.mjs, for the TypeScript that imports it (web/tests/e2e).
export declare function newSecret(): string;
export declare function newAdminPassword(): string;
export declare function newStrapiSecrets(): {
  APP_KEYS: string;
  API_TOKEN_SALT: string;
  ADMIN_JWT_SECRET: string;
  TRANSFER_TOKEN_SALT: string;
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
};
export declare function throwAwayCmsEnv(options: {
  port: number;
  databaseFile: string;
  revalidateSecret: string;
  revalidateUrl: string;
  admin?: { email: string; password: string };
  /** The site's address in the CMS's e-mails (SITE_URL; the CMS defaults to http://localhost:3000). */
  siteUrl?: string;
  /** An SMTP server for the CMS's e-mails; without one they are written to the CMS log. */
  smtp?: { host: string; port: number };
}): Record<string, string>;
