import type { Core } from '@strapi/strapi';
import { createRateLimiter } from '../security/rate-limit/middleware';

/** global::rate-limit: per-token and per-address budgets of the content API (src/security/rate-limit). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => createRateLimiter(strapi);
