import type { Core } from '@strapi/strapi';
import { INVALID_FILTER_VALUE_MESSAGE, isDatabaseInputError } from '../database-input-error';
import { routePath } from '../request-path';
import { checkRestQuery } from './check-query';
import { readRestLimits } from './limits';
import { RestRefusal } from './refusal';

/**
 * A Koa middleware for every content-API REST route (/api/…, every content type, present and future):
 * caps the query string's length, populate's depth/breadth/wildcards, filter nesting and page size,
 * answering a refusal in Strapi's REST error shape before any controller or database query runs; a
 * filter value the database rejects for its column's type is a 400 too, not a 500.
 * The admin panel's own routes (/admin, /content-manager, …) are not under the prefix and are untouched.
 */
export function createRestGuard(strapi: Core.Strapi): Core.MiddlewareHandler {
  const limits = readRestLimits(strapi);
  return async (ctx, next) => {
    const path = routePath(ctx.path);
    const prefix = routePath(limits.prefix);
    if (path !== prefix && !path.startsWith(`${prefix}/`)) return next();
    let refusal: RestRefusal | undefined;
    if (Buffer.byteLength(ctx.querystring) > limits.maxQueryStringBytes) {
      refusal = new RestRefusal(
        'QUERY_STRING_LIMIT',
        `Chuỗi truy vấn quá dài (tối đa ${limits.maxQueryStringBytes} byte). The query string is too long (at most ${limits.maxQueryStringBytes} bytes).`,
        414,
      );
    } else {
      refusal = checkRestQuery(ctx.query as Record<string, unknown>, limits);
    }
    if (!refusal) {
      try {
        return await next();
      } catch (error) {
        // A filter value the database cannot compare with its column (PostgreSQL): the client's mistake.
        if (!isDatabaseInputError(error)) throw error;
        refusal = new RestRefusal('INVALID_FILTER_VALUE', INVALID_FILTER_VALUE_MESSAGE);
      }
    }
    strapi.log.info(`REST request refused: ${refusal.code}`);
    ctx.status = refusal.status;
    ctx.body = refusal.toResponseBody();
  };
}
