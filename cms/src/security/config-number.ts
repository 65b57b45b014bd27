import type { Core } from '@strapi/strapi';

/** A positive number from Strapi's config (set through env.int in cms/config), else the fallback. */
export function positiveConfigNumber(strapi: Core.Strapi, key: string, fallback: number): number {
  const value = strapi.config.get<unknown>(key);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
