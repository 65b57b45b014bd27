import type { Core, UID } from '@strapi/strapi';
import { buildSearchText, SEARCH_TEXT_ATTRIBUTE, SEARCH_TEXT_SOURCES, type SearchableUid } from './search-text';

type Row = Record<string, unknown> & { id: number };

/**
 * Fills `searchText` on rows written before it existed (a database seeded or edited by an older
 * version), drafts and published rows alike, so they can be found. New writes fill it themselves
 * (./fill-search-text.ts); on an up-to-date database this is one query per type.
 * Written straight to the table so that `updatedAt`, which the admin panel compares between draft and
 * published rows, is left as it is.
 */
export async function backfillSearchText(strapi: Core.Strapi): Promise<void> {
  for (const uid of Object.keys(SEARCH_TEXT_SOURCES) as SearchableUid[]) {
    const rows = (await strapi.db.query(uid as UID.ContentType).findMany({
      select: ['id', ...SEARCH_TEXT_SOURCES[uid]],
      where: { [SEARCH_TEXT_ATTRIBUTE]: { $null: true } },
    })) as Row[];
    if (rows.length === 0) continue;

    const { tableName, attributes } = strapi.db.metadata.get(uid);
    const column = (attributes[SEARCH_TEXT_ATTRIBUTE] as { columnName: string }).columnName;
    for (const row of rows) {
      await strapi.db.getConnection(tableName).where({ id: row.id }).update({ [column]: buildSearchText(uid, row) });
    }
    strapi.log.info(`[search] searchText filled in for ${rows.length} rows of ${uid}`);
  }
}
