import type { Core, Modules, UID } from '@strapi/strapi';
import { buildSearchText, isSearchableUid, SEARCH_TEXT_ATTRIBUTE, SEARCH_TEXT_SOURCES, type SearchableUid } from './search-text';

type Data = Record<string, unknown>;

/** Actions whose `data` becomes a draft row; `clone` copies its source document's draft with `data` laid over it. */
const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

/** The stored draft of a document (or, lacking one, any of its rows): the fields a partial write leaves unchanged. */
async function storedSources(strapi: Core.Strapi, uid: SearchableUid, documentId: string): Promise<Data> {
  const query = strapi.db.query(uid as UID.ContentType);
  const select = [...SEARCH_TEXT_SOURCES[uid]];
  const draft = (await query.findOne({ select, where: { documentId, publishedAt: null } })) as Data | null;
  return draft ?? ((await query.findOne({ select, where: { documentId } })) as Data | null) ?? {};
}

/**
 * Keeps `searchText` (see ./search-text.ts) in step with the text visitors can find, on
 * every write whoever makes it (admin panel, seed, scripts). Writes go to the draft row; publishing
 * copies the draft row, `searchText` included, so the published row is searched with its own text.
 * A value sent by a client is never trusted.
 */
export function fillSearchText(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !isSearchableUid(context.uid)) return next();
    const uid = context.uid;
    const params = context.params as { data?: Data; documentId?: string };
    const data = params.data;
    if (!data) return next();

    delete data[SEARCH_TEXT_ATTRIBUTE];
    const sources = SEARCH_TEXT_SOURCES[uid];
    const changesText = context.action === 'create' || sources.some((field) => field in data);
    if (!changesText) return next();

    const { documentId } = params;
    const isPartial = context.action !== 'create' && documentId !== undefined && sources.some((field) => !(field in data));
    const stored = isPartial ? await storedSources(strapi, uid, documentId) : {};
    data[SEARCH_TEXT_ATTRIBUTE] = buildSearchText(uid, { ...stored, ...data });
    return next();
  };
}
