import type { UID } from '@strapi/strapi';

/** The content types whose published documents have a page of their own on the site, by their name in the GraphQL enum `SitemapType`. */
export const SITEMAP_TYPES = {
  article: 'api::article.article',
  event: 'api::event.event',
  association: 'api::association.association',
  honoredIntellectual: 'api::honored-intellectual.honored-intellectual',
  category: 'api::category.category',
  tag: 'api::tag.tag',
  page: 'api::page.page',
} as const satisfies Record<string, UID.ContentType>;

export type SitemapType = keyof typeof SITEMAP_TYPES;

export const SITEMAP_TYPE_NAMES = Object.keys(SITEMAP_TYPES) as SitemapType[];

export function isSitemapType(value: unknown): value is SitemapType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SITEMAP_TYPES, value);
}
