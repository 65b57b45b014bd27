import type { Core } from '@strapi/strapi';
import { visitCounter } from '../../../visits';
import { visitorOf } from '../../../security/site-visitor';

/** A document id as Strapi makes them (24 lower-case letters and digits); anything else is not an article. */
const DOCUMENT_ID = /^[a-z0-9]{20,32}$/;

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Prefetches and prerenders announce themselves; they are not visits. */
function isPrefetch(ctx: Context): boolean {
  const purpose = `${ctx.get('sec-purpose')} ${ctx.get('purpose')} ${ctx.get('x-moz')}`.toLowerCase();
  return purpose.includes('prefetch') || purpose.includes('prerender');
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/visits `{ "article": "<documentId>" }` (article optional): 204 whether it counted or not. */
  async record(ctx: Context) {
    const body = (ctx.request as unknown as { body?: unknown }).body; // koa-body's parsed JSON, untyped by Strapi
    const article = body && typeof body === 'object' && 'article' in body ? (body as { article: unknown }).article : undefined;
    if (article !== undefined && (typeof article !== 'string' || !DOCUMENT_ID.test(article))) {
      ctx.status = 400;
      ctx.body = { error: { status: 400, name: 'ValidationError', message: 'Mã bài viết không hợp lệ. Invalid article id.' } };
      return;
    }
    if (!isPrefetch(ctx)) {
      // Only a published article's reads are counted: an id from nowhere adds no row.
      const published = article ? (await strapi.documents('api::article.article').count({ filters: { documentId: article }, status: 'published' })) > 0 : false;
      await visitCounter().record({ ...visitorOf(ctx), at: new Date(), articleDocumentId: published ? article : undefined });
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 204;
  },

  /** GET /api/visits: `{ online, today, week, total }`, at most a few seconds old. */
  async figures(ctx: Context) {
    ctx.set('Cache-Control', 'public, max-age=5');
    ctx.body = await visitCounter().figures();
  },
});
