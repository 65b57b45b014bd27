import type { Core } from '@strapi/strapi';
import { bilingual } from './refusals';

/** users-permissions' GraphQL twins of its auth routes. */
export const REFUSED_AUTH_MUTATIONS = ['login', 'register', 'forgotPassword', 'resetPassword', 'changePassword', 'emailConfirmation'];

export const GRAPHQL_AUTH_REFUSED_MESSAGE = bilingual(
  'Đăng nhập và mật khẩu chỉ qua REST /api/auth/… (có giới hạn số lần thử).',
  'Sign-in and passwords go through REST /api/auth/… only (attempts are limited).',
);

/**
 * Contributors sign in through REST, where attempts are counted (./auth-guard.ts). The same actions
 * as GraphQL mutations would walk around those counters: they are refused (../policies/graphql-auth-refused.ts).
 */
export function refuseGraphqlAuthMutations(strapi: Core.Strapi): void {
  strapi
    .plugin('graphql')
    .service('extension')
    .use({
      resolversConfig: Object.fromEntries(REFUSED_AUTH_MUTATIONS.map((name) => [`Mutation.${name}`, { policies: ['global::graphql-auth-refused'] }])),
    });
}
