import type { Core } from '@strapi/strapi';
import { createGraphqlGuard } from '../security/graphql';

/** global::graphql-guard: refuses abusive GraphQL operations before Apollo runs them (src/security/graphql). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => createGraphqlGuard(strapi);
