import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import type { TargetRows } from './relation-targets';

/**
 * One document to write: attribute values already validated (scalars and single components, no
 * relations), the related documents per relation attribute in order, and whether it is published.
 */
export type DocumentToWrite = {
  data: Record<string, unknown>;
  relations: Record<string, TargetRows[]>;
  publish: boolean;
  /** createdAt and updatedAt of its rows, publishedAt of its published row. */
  at: Date;
};

type Transaction = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];
type JoinColumn = { name: string };
type JoinTable = {
  name: string;
  joinColumn: JoinColumn;
  inverseJoinColumn: JoinColumn;
  on?: Record<string, unknown>;
  orderColumnName?: string;
  inverseOrderColumnName?: string;
};
type RelationMeta = { type: 'relation'; relation: string; target: string; joinTable?: JoinTable; inversedBy?: string; mappedBy?: string };
type ModelMeta = { tableName: string; attributes: Record<string, { type: string } & Partial<RelationMeta>>; lifecycles?: Record<string, unknown> };
type SchemaAttribute = { type: string; relation?: string; component?: string; repeatable?: boolean };
type JoinRow = Record<string, unknown>;
type WrittenRows = { draft: number; published: number | null };

// The rules of @strapi/database metadata/relations.js (hasOrderColumn, hasInverseOrderColumn,
// isBidirectional, isOneToAny) that decide which order columns a link row gets.
const isBidirectional = (attribute: RelationMeta) => Boolean(attribute.inversedBy || attribute.mappedBy);
const usesOrderColumn = (attribute: RelationMeta) => ['oneToMany', 'manyToMany'].includes(attribute.relation);
const usesInverseOrderColumn = (attribute: RelationMeta) => isBidirectional(attribute) && ['manyToOne', 'manyToMany'].includes(attribute.relation);
const isToOne = (attribute: RelationMeta) => ['oneToOne', 'manyToOne'].includes(attribute.relation);

/** Values in one `IN (…)` list: far below SQLite's and PostgreSQL's limits on bound parameters. */
const LOOKUP_CHUNK = 500;

function uniqueIds(ids: Array<number | null>): number[] {
  return [...new Set(ids.filter((id): id is number => id !== null))];
}

/**
 * Writes documents of a draft & publish content type in bulk, row for row as the Document Service's
 * `create` + `publish` would (@strapi/core document-service repository.js and entries.js,
 * @strapi/database entity-manager attachRelations), from Strapi's own model metadata:
 *
 * - a draft row and, when published, a published row sharing a documentId made by the model's own
 *   documentId generator, with the same values, createdAt and updatedAt (publishing copies the draft);
 *   no locale (the type is not localized) and no createdBy/updatedBy (no admin user);
 * - the rows go in through `strapi.db.query(uid).createMany` (column mapping, defaults and the
 *   timestamp lifecycle of the database layer), interleaved draft/published like create + publish;
 * - link rows: the draft to the targets' drafts, the published row to their published versions,
 *   the order column numbered 1…n in the given order (to-many), the inverse order column one past
 *   the highest already in the join table for that target row (bidirectional many-to-*), and on the
 *   published row's links the draft's values wherever publishing copies them (see writeRelations);
 * - single components: their own row for the draft and another for the published row, linked
 *   through the `_cmps` table with `field` and `component_type`, as `createComponents` does.
 *
 * It writes nothing else: no Document Service events (the caller announces the whole import once)
 * and no document middlewares (the caller applies their rules to `data` first).
 */
export class DocumentBatchWriter {
  private readonly meta: ModelMeta;
  private readonly schema: { attributes: Record<string, SchemaAttribute> };
  private readonly createDocumentId: () => string;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly uid: UID.ContentType,
  ) {
    const contentType = strapi.contentType(uid);
    if (!contentTypes.hasDraftAndPublish(contentType)) throw new Error(`${uid}: the batch writer writes draft & publish types only`);
    const i18n = strapi.plugin('i18n')?.service('content-types') as { isLocalizedContentType(model: unknown): boolean } | undefined;
    if (i18n?.isLocalizedContentType(contentType)) throw new Error(`${uid} is localized: the batch writer does not write locales`);
    // Strapi's Meta type hides the join tables and columns the writer needs; ModelMeta names them.
    this.meta = strapi.db.metadata.get(uid) as unknown as ModelMeta;
    const hooks = Object.keys(this.meta.lifecycles ?? {});
    // Rows go in through createMany, which runs createMany hooks, not the per-entry ones create would.
    if (hooks.length > 0) throw new Error(`${uid} has lifecycle hooks (${hooks.join(', ')}): the batch writer would not run them as create does`);
    // The schema's attributes as the writer reads them (Strapi's union of attribute types has no common shape).
    this.schema = contentType as unknown as { attributes: Record<string, SchemaAttribute> };
    const documentId = this.meta.attributes.documentId as { default?: unknown } | undefined;
    if (typeof documentId?.default !== 'function') throw new Error(`${uid}: no documentId generator in the model metadata`);
    this.createDocumentId = documentId.default as () => string;
  }

  /** Writes the documents in one transaction; returns their documentIds in order. */
  async write(documents: DocumentToWrite[]): Promise<string[]> {
    if (documents.length === 0) return [];
    return this.strapi.db.transaction(async ({ trx }) => {
      const documentIds = documents.map(() => this.createDocumentId());
      const rows = documents.flatMap((document, i) => this.rowsOf(document, documentIds[i]));
      await this.strapi.db.query(this.uid).createMany({ data: rows });
      const written = await this.writtenRows(documentIds);
      const ids = documentIds.map((documentId) => written.get(documentId)!);
      await this.writeComponents(documents, ids, trx);
      await this.writeRelations(documents, ids, trx);
      return documentIds;
    });
  }

  /** The draft row, and the published row when the document is published: the same values. */
  private rowsOf(document: DocumentToWrite, documentId: string): Record<string, unknown>[] {
    const values: Record<string, unknown> = { documentId, createdAt: document.at, updatedAt: document.at };
    for (const [name, value] of Object.entries(document.data)) {
      if (value === undefined) continue;
      const attribute = this.schema.attributes[name];
      if (!attribute) throw new Error(`${this.uid} has no attribute "${name}"`);
      if (attribute.type === 'component') continue;
      if (['relation', 'media', 'dynamiczone'].includes(attribute.type)) throw new Error(`${this.uid}.${name}: ${attribute.type} values are not written by the batch writer`);
      values[name] = value;
    }
    if (contentTypes.hasFirstPublishedAtField(this.strapi.contentType(this.uid)) && document.publish) values.firstPublishedAt = document.at;
    const draft = { ...values, publishedAt: null };
    return document.publish ? [draft, { ...values, publishedAt: document.at }] : [draft];
  }

  private async writtenRows(documentIds: string[]): Promise<Map<string, WrittenRows>> {
    const rows: Array<{ id: number; documentId: string; publishedAt: unknown }> = [];
    for (let start = 0; start < documentIds.length; start += LOOKUP_CHUNK) {
      rows.push(
        ...((await this.strapi.db.query(this.uid).findMany({
          select: ['id', 'documentId', 'publishedAt'],
          where: { documentId: { $in: documentIds.slice(start, start + LOOKUP_CHUNK) } },
        })) as typeof rows),
      );
    }
    const written = new Map<string, WrittenRows>();
    for (const row of rows) {
      const entry = written.get(row.documentId) ?? { draft: 0, published: null };
      if (row.publishedAt == null) entry.draft = row.id;
      else entry.published = row.id;
      written.set(row.documentId, entry);
    }
    return written;
  }

  /** Each single component: one row for the draft and one for the published row, and their `_cmps` links. */
  private async writeComponents(documents: DocumentToWrite[], ids: WrittenRows[], trx: Transaction): Promise<void> {
    const links = new Map<string, JoinRow[]>();
    for (const [i, document] of documents.entries()) {
      for (const [name, value] of Object.entries(document.data)) {
        const attribute = this.schema.attributes[name];
        if (attribute?.type !== 'component' || value == null) continue;
        if (attribute.repeatable) throw new Error(`${this.uid}.${name}: repeatable components are not written by the batch writer`);
        const componentUid = attribute.component as UID.Component;
        const joinTable = this.joinTableOf(name);
        for (const entityId of [ids[i].draft, ids[i].published]) {
          if (entityId === null) continue;
          const component = (await this.strapi.db.query(componentUid).create({ data: { ...(value as Record<string, unknown>) } })) as { id: number };
          const rows = links.get(joinTable.name) ?? [];
          rows.push({
            [joinTable.joinColumn.name]: entityId,
            [joinTable.inverseJoinColumn.name]: component.id,
            ...joinTable.on,
            field: name,
            component_type: componentUid,
          });
          links.set(joinTable.name, rows);
        }
      }
    }
    for (const [table, rows] of links) await this.insert(table, rows, trx);
  }

  /**
   * Link rows of every relation given. The draft links the targets' drafts: order column 1…n in the
   * order given, inverse order one past the target's highest. The published row links their
   * published versions; publishing then gives each published link the order values of the draft's
   * link to the same target (document-service bidirectional-relations.js: the order column of an
   * owning many-to-many, and the order column of the target's inverse attribute), so those are
   * copied; values it does not copy are numbered as attachRelations numbers them.
   */
  private async writeRelations(documents: DocumentToWrite[], ids: WrittenRows[], trx: Transaction): Promise<void> {
    const names = [...new Set(documents.flatMap((document) => Object.keys(document.relations)))];
    for (const name of names) {
      const attribute = this.meta.attributes[name] as RelationMeta;
      const joinTable = this.joinTableOf(name);
      if (attribute.mappedBy || attribute.target === this.uid || (isBidirectional(attribute) && ['oneToOne', 'oneToMany'].includes(attribute.relation))) {
        // The inverse side, self-relations and one-to-* bidirectional relations (whose targets
        // attachRelations first takes away from their current owners) follow other rules.
        throw new Error(`${this.uid}.${name}: only owning, non-self, many-to-* or unidirectional relations are written by the batch writer`);
      }
      const orderColumn = usesOrderColumn(attribute) ? joinTable.orderColumnName : undefined;
      const inverseOrderColumn = usesInverseOrderColumn(attribute) ? joinTable.inverseOrderColumnName : undefined;
      const copiedOnPublish = new Set<string>();
      if (orderColumn && attribute.relation === 'manyToMany' && attribute.inversedBy) copiedOnPublish.add(orderColumn);
      const inverse = attribute.inversedBy ? (this.strapi.db.metadata.get(attribute.target as UID.Schema).attributes[attribute.inversedBy] as RelationMeta | undefined) : undefined;
      if (inverse?.joinTable?.orderColumnName) copiedOnPublish.add(inverse.joinTable.orderColumnName);
      const next = inverseOrderColumn ? await this.inverseOrderCounter(joinTable, inverseOrderColumn, documents, name, trx) : undefined;

      const rows: JoinRow[] = [];
      const linkRow = (entityId: number, targetId: number, index: number): JoinRow => {
        const row: JoinRow = { [joinTable.joinColumn.name]: entityId, [joinTable.inverseJoinColumn.name]: targetId, ...joinTable.on };
        if (orderColumn) row[orderColumn] = index + 1;
        return row;
      };
      for (const [i, document] of documents.entries()) {
        const given = document.relations[name] ?? [];
        // A to-one relation keeps the last target given (document-service normalizeXToOneRelationValue).
        const targets = isToOne(attribute) ? given.slice(-1) : given;
        const draftLinks = new Map<number, JoinRow>();
        for (const [index, targetId] of uniqueIds(targets.map((target) => target.draftId)).entries()) {
          const row = linkRow(ids[i].draft, targetId, index);
          if (inverseOrderColumn && next) row[inverseOrderColumn] = next(targetId);
          draftLinks.set(targetId, row);
          rows.push(row);
        }
        const publishedId = ids[i].published;
        if (publishedId === null) continue;
        const published = targets.filter((target, index) => target.publishedId !== null && targets.findIndex((other) => other.publishedId === target.publishedId) === index);
        for (const [index, target] of published.entries()) {
          const row = linkRow(publishedId, target.publishedId!, index);
          const draftLink = target.draftId === null ? undefined : draftLinks.get(target.draftId);
          if (inverseOrderColumn && next && !(copiedOnPublish.has(inverseOrderColumn) && draftLink)) row[inverseOrderColumn] = next(target.publishedId!);
          if (draftLink) for (const column of copiedOnPublish) row[column] = draftLink[column];
          rows.push(row);
        }
      }
      await this.insert(joinTable.name, rows, trx);
    }
  }

  /** Hands out, per target row, one past the highest inverse order in the join table, then the next… */
  private async inverseOrderCounter(joinTable: JoinTable, column: string, documents: DocumentToWrite[], name: string, trx: Transaction): Promise<(targetId: number) => number> {
    const targetIds = uniqueIds(documents.flatMap((document) => (document.relations[name] ?? []).flatMap((target) => [target.draftId, target.publishedId])));
    const highest = new Map<number, number>();
    const target = joinTable.inverseJoinColumn.name;
    for (let start = 0; start < targetIds.length; start += LOOKUP_CHUNK) {
      const chunk = targetIds.slice(start, start + LOOKUP_CHUNK);
      const maxima = (await this.strapi.db
        .getConnection(joinTable.name)
        .transacting(trx)
        .select(target)
        .max(column, { as: 'max' })
        .whereIn(target, chunk)
        .where(joinTable.on ?? {})
        .groupBy(target)) as Array<Record<string, unknown>>;
      for (const row of maxima) highest.set(Number(row[target]), Number(row.max ?? 0));
    }
    return (targetId: number) => {
      const value = (highest.get(targetId) ?? 0) + 1;
      highest.set(targetId, value);
      return value;
    };
  }

  private joinTableOf(name: string): JoinTable {
    const joinTable = this.meta.attributes[name]?.joinTable;
    if (!joinTable) throw new Error(`${this.uid}.${name}: no join table in the model metadata`);
    return joinTable;
  }

  private async insert(table: string, rows: JoinRow[], trx: Transaction): Promise<void> {
    const size = this.strapi.db.dialect.getBatchInsertSize();
    for (let start = 0; start < rows.length; start += size) {
      await this.strapi.db.getConnection(table).transacting(trx).insert(rows.slice(start, start + size));
    }
  }
}
