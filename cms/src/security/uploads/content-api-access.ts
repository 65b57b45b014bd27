import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** Scopes of the upload plugin's content API: REST /api/upload… and GraphQL uploadFile(s), updateUploadFile, deleteUploadFile. */
const UPLOAD_CONTENT_API_SCOPE = 'plugin::upload.content-api.';

export const UPLOAD_API_FORBIDDEN_MESSAGE =
  'Thư viện tệp chỉ mở qua API cho khóa API loại tùy chỉnh (Custom) được cấp riêng quyền Upload. ' +
  'The media library is open through the API only to Custom API tokens explicitly granted an Upload permission.';

type AuthState = { strategy?: { name?: string }; credentials?: { type?: string } | null } | undefined;
type AuthConfig = false | { scope?: string | string[] } | undefined;
type AuthService = { verify(auth: AuthState, config?: AuthConfig): Promise<unknown> };

function touchesMediaLibrary(config: AuthConfig): boolean {
  if (!config || !config.scope) return false;
  const scopes = Array.isArray(config.scope) ? config.scope : [config.scope];
  return scopes.some((scope) => scope.startsWith(UPLOAD_CONTENT_API_SCOPE));
}

/** A custom API token: its permissions were ticked one by one by staff (Settings → API Tokens). */
function isCustomApiToken(auth: AuthState): boolean {
  return auth?.strategy?.name === 'content-api-token' && auth.credentials?.type === 'custom';
}

/**
 * The upload plugin's content API lists every file (including files only drafts use) and can
 * create, replace, rename and delete them. The site and partners never use it: they get media
 * through the content types, published rows only. So it is closed to the public role, to
 * users-permissions users, and to read-only and full-access API tokens (which otherwise pass every
 * scope); only a custom token with the specific Upload action ticked gets through, and then the
 * normal scope check still applies. Every content-API auth check (REST routes and GraphQL
 * resolvers) goes through `strapi.auth.verify`, so this is the one place to say it.
 */
export function restrictUploadContentApi(strapi: Core.Strapi): void {
  const auth = strapi.get('auth') as AuthService;
  const verify = auth.verify.bind(auth);
  auth.verify = async (state, config) => {
    if (touchesMediaLibrary(config) && !isCustomApiToken(state)) throw new errors.PolicyError(UPLOAD_API_FORBIDDEN_MESSAGE);
    return verify(state, config);
  };
}
