import type { Core, UID } from '@strapi/strapi';
import { columnOf, dateFromDatabase, qualifiedTable, tableModelOf } from '../database/table-columns';
import { SITEMAP_TYPES, type SitemapType } from './sitemap-types';

/** One published document: its slug and when its published version last changed. */
export type SitemapEntry = { slug: string; updatedAt: Date };

export type SitemapEntryPage = {
  type: SitemapType;
  entries: SitemapEntry[];
  /** The row id to read after for the next page; null when this page is the last. */
  lastId: number | null;
};

/** The default locale, when the content type is localized (the site shows only that one); undefined otherwise. */
async function defaultLocaleOf(strapi: Core.Strapi, uid: UID.ContentType): Promise<string | undefined> {
  const localized = (strapi.contentTypes[uid] as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n?.localized === true;
  if (!localized) return undefined;
  const locales = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale: () => Promise<string> } | undefined;
  return locales?.getDefaultLocale();
}

/**
 * Published documents of one type in row order, after the row `afterId`: one SQL select reading the
 * id, slug and updated_at of published rows (a draft is never read), without the ones an editor marked
 * `seo.noIndex`, served by the partial index `<table>_published_sitemap_idx` (id, slug, updated_at).
 */
export async function publishedSitemapEntries(strapi: Core.Strapi, type: SitemapType, afterId: number, pageSize: number): Promise<SitemapEntryPage> {
  const uid = SITEMAP_TYPES[type];
  const model = tableModelOf(strapi, uid);
  const knex = strapi.db.connection;
  const table = model.tableName;
  const id = columnOf(model, 'id');
  const slug = columnOf(model, 'slug');
  const updatedAt = columnOf(model, 'updatedAt');

  const query = knex
    .select({ id: `t.${id}`, slug: `t.${slug}`, updatedAt: `t.${updatedAt}` })
    .from({ t: qualifiedTable(strapi, table) })
    .whereNotNull(`t.${columnOf(model, 'publishedAt')}`)
    .whereNotNull(`t.${slug}`)
    .where(`t.${id}`, '>', afterId)
    .orderBy(`t.${id}`)
    .limit(pageSize);

  const locale = await defaultLocaleOf(strapi, uid);
  if (locale !== undefined) query.where(`t.${columnOf(model, 'locale')}`, locale);

  const seo = model.attributes.seo;
  if (seo?.joinTable && seo.target) {
    const join = seo.joinTable;
    const component = tableModelOf(strapi, seo.target as UID.Component);
    query.whereNotExists(function hiddenFromSearchEngines() {
      this.select(knex.raw('1'))
        .from({ c: qualifiedTable(strapi, join.name) })
        .join({ s: qualifiedTable(strapi, component.tableName) }, `s.${columnOf(component, 'id')}`, `c.${join.inverseJoinColumn.name}`)
        .whereRaw('?? = ??', [`c.${join.joinColumn.name}`, `t.${id}`])
        .where(Object.fromEntries(Object.entries(join.on ?? {}).map(([column, value]) => [`c.${column}`, value])))
        .where(`s.${columnOf(component, 'noIndex')}`, true);
    });
  }

  const rows = (await query) as Array<{ id: number | string; slug: string; updatedAt: unknown }>;
  return {
    type,
    entries: rows.map((row) => ({ slug: row.slug, updatedAt: dateFromDatabase(row.updatedAt) ?? new Date(0) })),
    lastId: rows.length === pageSize ? Number(rows[rows.length - 1]!.id) : null,
  };
}
