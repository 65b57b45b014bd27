import type { Core } from '@strapi/strapi';
import { createRestGuard } from '../security/rest/guard-middleware';

/** global::rest-guard: refuses abusive content-API REST queries before they reach a controller (src/security/rest). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => createRestGuard(strapi);
