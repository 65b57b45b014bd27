import type { Core, UID } from '@strapi/strapi';
import type { Audience } from '../../documents/audience';
import type { RelationDbQuery } from './per-parent-window';

type Row = Record<string, unknown> & { id: number; documentId?: string };

/**
 * Whether `parent` is the draft a preview link shows (../../documents/audience.ts, `preview`): the
 * draft version of the one document the token names.
 */
export function isPreviewedDraft(audience: Audience, parentUID: string, parent: { documentId?: unknown; publishedAt?: unknown }): boolean {
  return audience.kind === 'preview' && audience.uid === parentUID && parent.documentId === audience.documentId && parent.publishedAt == null;
}

/**
 * A relation of the previewed draft as the page will show it once published. Strapi links a draft to
 * the DRAFT versions of the documents it relates to, and publishing links the published version to
 * their published versions; a preview reads no other draft, so it reads the published versions of
 * the documents the draft links (those without one are left out, as on the published page), in the
 * draft's order unless the field asks for a sort, with the field's filters and page.
 */
export async function loadPreviewedDraftRelation(
  strapi: Core.Strapi,
  load: { parentUID: UID.Schema; attributeName: string; targetUID: UID.ContentType; toMany: boolean; dbQuery: RelationDbQuery; select?: string[] },
  parentId: number,
): Promise<unknown> {
  const { parentUID, attributeName, targetUID, toMany, dbQuery, select } = load;
  const parent = (await strapi.db.query(parentUID as UID.ContentType).findOne({
    select: ['id'],
    where: { id: parentId },
    populate: { [attributeName]: { select: ['id', 'documentId'] } },
  })) as Row | null;
  const linked = parent?.[attributeName];
  const linkedRows = (Array.isArray(linked) ? linked : linked ? [linked] : []) as Row[];
  const documentIds = [...new Set(linkedRows.map((row) => row.documentId).filter((id): id is string => typeof id === 'string'))];
  if (documentIds.length === 0) return toMany ? [] : null;

  const { where, orderBy, limit, offset } = dbQuery as RelationDbQuery & { where?: Record<string, unknown>; orderBy?: unknown };
  const conditions = [{ documentId: { $in: documentIds } }, { publishedAt: { $notNull: true } }, ...(where ? [where] : [])];
  const rows = (await strapi.db.query(targetUID).findMany({
    ...(select ? { select: [...new Set([...select, 'documentId'])] } : {}),
    where: { $and: conditions },
    ...(orderBy ? { orderBy } : {}),
  })) as Row[];
  const ordered = orderBy ? rows : [...rows].sort((a, b) => documentIds.indexOf(a.documentId ?? '') - documentIds.indexOf(b.documentId ?? ''));
  if (!toMany) return ordered[0] ?? null;
  const start = typeof offset === 'number' && offset > 0 ? offset : 0;
  return ordered.slice(start, typeof limit === 'number' && limit >= 0 ? start + limit : undefined);
}
