import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getRequestAudience } from './request-audience';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

export const DRAFT_FORBIDDEN_MESSAGE =
  'Bản nháp chỉ biên tập viên mới xem được. Drafts are readable by editors only.';

function hasDraftAndPublish(strapi: Core.Strapi, uid: UID.ContentType): boolean {
  const model = strapi.contentTypes[uid] as { options?: { draftAndPublish?: boolean } } | undefined;
  return model?.options?.draftAndPublish === true;
}

/**
 * Visitors and partners read published content only, for every content type with draft & publish,
 * including types added later: a Document Service middleware sees every read made by the REST and
 * GraphQL content APIs. Asking for drafts is refused with a clear 403 rather than silently answered.
 * Relations loaded by the GraphQL plugin bypass the Document Service; see ../extensions/graphql/batched-relations.ts.
 */
export function publishedOnlyForPublic(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!READ_ACTIONS.has(context.action) || !hasDraftAndPublish(strapi, context.uid)) return next();
    if (getRequestAudience(strapi) !== 'public') return next();

    const params = (context.params ?? {}) as Record<string, unknown>;
    if (params.status === 'draft') throw new errors.ForbiddenError(DRAFT_FORBIDDEN_MESSAGE);
    delete params.hasPublishedVersion;
    delete params.publicationFilter;
    params.status = 'published';
    (context as { params: unknown }).params = params;
    return next();
  };
}
