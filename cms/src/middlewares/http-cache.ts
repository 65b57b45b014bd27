import type { Core } from '@strapi/strapi';
import { createHttpCache } from '../http-cache';

/** global::http-cache: Cache-Control, ETag, 304 and Vary on the content API's answers (src/http-cache). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => createHttpCache(strapi);
