import type { Core, UID } from '@strapi/strapi';
import { blocksToPlainText, formatVietnamDateTime } from '@lienhiep/vietnamese-text';
import { VIETNAMESE_LABELS } from '../bootstrap/admin-labels';
import { type Attribute, type Snapshot, versionedAttributes } from './snapshot';
import { textDiff, type DiffSegment } from './text-diff';

/** One changed field of a version, as staff read it. */
export type FieldChange = { field: string; label: string; before: string; after: string; diff: DiffSegment[] };

/** The Vietnamese label of a field (admin-labels.ts), else its id. */
export function fieldLabel(uid: string, field: string, kind: 'content_types' | 'components' = 'content_types'): string {
  return VIETNAMESE_LABELS[`${kind}::${uid}`]?.[field] ?? field;
}

const TITLE_FIELDS = ['title', 'name', 'fullName', 'siteName', 'username', 'email'];

/** Names of related documents and media files, looked up once per version shown. */
class Names {
  private readonly documents = new Map<string, Map<string, string>>();
  private readonly files = new Map<number, string>();

  constructor(private readonly strapi: Core.Strapi) {}

  async loadDocuments(target: string, documentIds: string[]): Promise<void> {
    const known = this.documents.get(target) ?? new Map<string, string>();
    this.documents.set(target, known);
    const missing = documentIds.filter((id) => !known.has(id));
    const model = this.strapi.getModel(target as UID.Schema) as { attributes: Record<string, unknown>; options?: { draftAndPublish?: boolean } } | undefined;
    const titleField = TITLE_FIELDS.find((name) => model?.attributes[name]);
    if (missing.length === 0 || !titleField) return;
    const select = model?.options?.draftAndPublish ? ['documentId', titleField, 'publishedAt'] : ['documentId', titleField];
    const rows = (await this.strapi.db.query(target as UID.Schema).findMany({ select, where: { documentId: { $in: missing } } })) as Array<Record<string, unknown>>;
    // The draft's name wins over the published one's (staff know documents by their latest name).
    const draftsLast = [...rows.filter((row) => row.publishedAt != null), ...rows.filter((row) => row.publishedAt == null)];
    for (const row of draftsLast) known.set(String(row.documentId), String(row[titleField] ?? row.documentId));
  }

  async loadFiles(ids: number[]): Promise<void> {
    const missing = ids.filter((id) => !this.files.has(id));
    if (missing.length === 0) return;
    const rows = (await this.strapi.db.query('plugin::upload.file').findMany({ select: ['id', 'name'], where: { id: { $in: missing } } })) as Array<{ id: number; name: string }>;
    for (const row of rows) this.files.set(row.id, row.name);
  }

  document(target: string, documentId: string): string {
    return this.documents.get(target)?.get(documentId) ?? `${documentId} (đã xóa)`;
  }

  file(id: number): string {
    return this.files.get(id) ?? `Tệp #${id} (đã xóa)`;
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** Collects the related documents and files a value names, to look their names up in bulk. */
function collect(strapi: Core.Strapi, attribute: Attribute, value: unknown, wanted: { documents: Map<string, Set<string>>; files: Set<number> }): void {
  if (attribute.type === 'relation' && attribute.target) {
    const ids = wanted.documents.get(attribute.target) ?? new Set<string>();
    list(value).forEach((id) => typeof id === 'string' && ids.add(id));
    wanted.documents.set(attribute.target, ids);
  } else if (attribute.type === 'media') {
    list(value).forEach((id) => typeof id === 'number' && wanted.files.add(id));
  } else if (attribute.type === 'component' && attribute.component) {
    const attributes = versionedAttributes(strapi, attribute.component);
    for (const item of list(value)) {
      for (const [name, inner] of Object.entries(attributes)) collect(strapi, inner, (item as Snapshot | null)?.[name], wanted);
    }
  }
}

/** A field's value as text: one line per block of rich text, per related document, per component field. */
function textOf(strapi: Core.Strapi, names: Names, attribute: Attribute, value: unknown): string {
  if (value == null || value === '') return '';
  switch (attribute.type) {
    case 'blocks':
      return list(value).map((block) => blocksToPlainText([block])).filter(Boolean).join('\n');
    case 'boolean':
      return value ? 'Có' : 'Không';
    case 'datetime':
      return formatVietnamDateTime(value as string);
    case 'date': {
      const [year, month, day] = String(value).split('-');
      return day ? `${day}/${month}/${year}` : String(value);
    }
    case 'relation':
      return list(value).map((id) => names.document(attribute.target ?? '', String(id))).join('\n');
    case 'media':
      return list(value).map((id) => names.file(Number(id))).join('\n');
    case 'component': {
      const component = attribute.component ?? '';
      const attributes = versionedAttributes(strapi, component);
      return list(value)
        .map((item) =>
          Object.entries(attributes)
            .map(([name, inner]) => {
              const text = textOf(strapi, names, inner, (item as Snapshot | null)?.[name]);
              return text ? `${fieldLabel(component, name, 'components')}: ${text.replace(/\n/g, ', ')}` : '';
            })
            .filter(Boolean)
            .join('\n'),
        )
        .join('\n—\n');
    }
    case 'json':
    case 'dynamiczone':
      return JSON.stringify(value, null, 2);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** The changed fields of a version against the one before it, each with its old and new text and a diff. */
export async function fieldChanges(strapi: Core.Strapi, uid: string, fields: string[], before: Snapshot | null, after: Snapshot): Promise<FieldChange[]> {
  const attributes = versionedAttributes(strapi, uid);
  const known = fields.filter((field) => attributes[field]);
  const wanted = { documents: new Map<string, Set<string>>(), files: new Set<number>() };
  for (const field of known) {
    collect(strapi, attributes[field], before?.[field], wanted);
    collect(strapi, attributes[field], after[field], wanted);
  }
  const names = new Names(strapi);
  for (const [target, ids] of wanted.documents) await names.loadDocuments(target, [...ids]);
  await names.loadFiles([...wanted.files]);
  return known.map((field) => {
    const beforeText = textOf(strapi, names, attributes[field], before?.[field]);
    const afterText = textOf(strapi, names, attributes[field], after[field]);
    return { field, label: fieldLabel(uid, field), before: beforeText, after: afterText, diff: textDiff(beforeText, afterText) };
  });
}
