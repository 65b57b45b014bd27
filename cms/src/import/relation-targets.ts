import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

/**
 * The rows of one related document that an entry links to, as Strapi 5 links them: a draft row
 * to the target's draft, a published row to the target's published version (none while the target
 * is unpublished). A target type without draft & publish has one row, linked from both
 * (@strapi/core document-service/transform/relations/utils/dp.js, getRelationTargetStatus).
 */
export type TargetRows = { documentId: string; draftId: number | null; publishedId: number | null };

type Row = { id: number; documentId: string; publishedAt: unknown };

/** Related documents by slug, looked up once each (two indexed exact matches) and remembered. */
export class RelationTargets {
  private readonly known = new Map<string, TargetRows>();

  constructor(private readonly strapi: Core.Strapi) {}

  /** The rows of the `uid` document with this slug; throws (naming it) when there is none. */
  async bySlug(uid: UID.ContentType, slug: string): Promise<TargetRows> {
    const key = `${uid}\u0000${slug}`;
    const cached = this.known.get(key);
    if (cached) return cached;
    const query = this.strapi.db.query(uid);
    const matches = (await query.findMany({ select: ['documentId', 'publishedAt'], where: { slug } })) as Row[];
    // A renamed draft keeps its published version's old slug: either row names the document.
    const match = matches.find((row) => row.publishedAt != null) ?? matches[0];
    if (!match) throw new Error(`không có ${uid} với slug "${slug}" (unknown ${uid} "${slug}")`);
    const rows = (await query.findMany({ select: ['id', 'publishedAt'], where: { documentId: match.documentId } })) as Row[];
    const published = rows.find((row) => row.publishedAt != null)?.id ?? null;
    const hasDraftAndPublish = contentTypes.hasDraftAndPublish(this.strapi.contentType(uid));
    const target: TargetRows = hasDraftAndPublish
      ? { documentId: match.documentId, draftId: rows.find((row) => row.publishedAt == null)?.id ?? null, publishedId: published }
      : { documentId: match.documentId, draftId: published, publishedId: published };
    this.known.set(key, target);
    return target;
  }
}
