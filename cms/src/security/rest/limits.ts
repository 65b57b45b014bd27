import type { Core } from '@strapi/strapi';
import { positiveConfigNumber } from '../config-number';

export type RestLimits = {
  /** The content API's path prefix (config/api.ts rest.prefix, '/api' by default). */
  prefix: string;
  maxPopulateDepth: number;
  maxPopulatedRelations: number;
  maxFilterDepth: number;
  maxQueryStringBytes: number;
  /** Fields one `sort` may name (each a field of the type itself, never through a relation). */
  maxSortFields: number;
  /** Largest pagination pageSize/limit (config/api.ts rest.maxLimit). */
  maxPageSize: number;
};

export function readRestLimits(strapi: Core.Strapi): RestLimits {
  const number = (key: string, fallback: number) => positiveConfigNumber(strapi, key, fallback);
  return {
    prefix: strapi.config.get<string>('api.rest.prefix', '/api'),
    maxPopulateDepth: number('security.rest.maxPopulateDepth', 2),
    maxPopulatedRelations: number('security.rest.maxPopulatedRelations', 10),
    maxFilterDepth: number('security.rest.maxFilterDepth', 8),
    maxQueryStringBytes: number('security.rest.maxQueryStringBytes', 4096),
    maxSortFields: number('security.rest.maxSortFields', 3),
    maxPageSize: number('api.rest.maxLimit', 100),
  };
}
