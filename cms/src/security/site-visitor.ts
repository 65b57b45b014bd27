import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Whether the request carries the secret the site and the CMS share (REVALIDATE_SECRET) in `X-Site-Secret`. */
export function isFromSite(ctx: Context): boolean {
  const secret = Buffer.from(process.env.REVALIDATE_SECRET ?? '');
  const given = Buffer.from(ctx.get('x-site-secret'));
  return secret.length > 0 && given.length === secret.length && timingSafeEqual(given, secret);
}

/**
 * Who the request is for. Browsers talk only to the site, whose server calls the CMS on a visitor's
 * behalf (the visit beacon, contributor sign-in…) naming the visitor's address and browser in
 * `X-Visitor-Ip` / `X-Visitor-User-Agent`; those count only with the shared secret (`isFromSite`).
 * Any other caller is the visitor itself (its socket address, or `X-Forwarded-For` behind a proxy
 * when IS_PROXIED=true, as Koa decides).
 */
export function visitorOf(ctx: Context): { ip: string; userAgent: string } {
  if (isFromSite(ctx) && ctx.get('x-visitor-ip')) return { ip: ctx.get('x-visitor-ip'), userAgent: ctx.get('x-visitor-user-agent') };
  return { ip: ctx.request.ip, userAgent: ctx.get('user-agent') };
}
