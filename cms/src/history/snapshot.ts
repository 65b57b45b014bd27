import type { Core, UID } from '@strapi/strapi';

/** A document's editable content at one moment: attribute name → value (relations as documentIds, media as file ids). */
export type Snapshot = Record<string, unknown>;

export type Attribute = {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  multiple?: boolean;
  component?: string;
  repeatable?: boolean;
  visible?: boolean;
  private?: boolean;
};
type Attributes = Record<string, Attribute>;
type Row = Record<string, unknown>;

/** Attributes that say when and by whom, not what: never part of a version. */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/**
 * Whether a document attribute belongs in its versions: not the system fields, not computed hidden
 * ones (the search module's `searchText`, `visible: false`), not passwords, and not the inverse side of
 * a relation (a category's `articles` is the articles' `category`: recorded on each article, and a
 * category with 10,000 articles would otherwise copy 10,000 ids into every one of its versions).
 */
export function isVersioned(name: string, attribute: Attribute): boolean {
  if (SYSTEM_FIELDS.has(name) || attribute.visible === false || attribute.type === 'password') return false;
  if (attribute.type === 'relation' && (attribute.mappedBy || attribute.target?.startsWith('admin::'))) return false;
  return true;
}

export function versionedAttributes(strapi: Core.Strapi, uid: string): Attributes {
  const model = strapi.getModel(uid as UID.Schema) as { attributes?: Attributes } | undefined;
  return Object.fromEntries(Object.entries(model?.attributes ?? {}).filter(([name, attribute]) => isVersioned(name, attribute)));
}

/** What a version reads of a row: relations' documentIds, media ids, components with theirs. */
function populateOf(strapi: Core.Strapi, uid: string, depth = 0): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(versionedAttributes(strapi, uid))) {
    if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
    else if (attribute.type === 'media') populate[name] = { select: ['id'] };
    else if (attribute.type === 'component' && attribute.component && depth < 5) {
      const nested = populateOf(strapi, attribute.component, depth + 1);
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    } else if (attribute.type === 'dynamiczone') populate[name] = true;
  }
  return populate;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);
const field = (key: string) => (item: unknown) => (typeof item === 'object' && item !== null ? (item as Row)[key] : item);

/** A row as read by `populateOf`, as a version keeps it (plain JSON, stable across SQLite and PostgreSQL). */
export function snapshotOfRow(strapi: Core.Strapi, uid: string, row: Row): Snapshot {
  const snapshot: Snapshot = {};
  for (const [name, attribute] of Object.entries(versionedAttributes(strapi, uid))) {
    const value = row[name];
    switch (attribute.type) {
      case 'relation': {
        const toMany = attribute.relation?.endsWith('ToMany') || attribute.relation === 'morphToMany';
        const ids = list(value).map(field('documentId')).filter((id): id is string => typeof id === 'string');
        snapshot[name] = toMany ? ids : (ids[0] ?? null);
        break;
      }
      case 'media': {
        const ids = list(value).map(field('id')).map(Number).filter(Number.isInteger);
        snapshot[name] = attribute.multiple ? ids : (ids[0] ?? null);
        break;
      }
      case 'component': {
        const component = attribute.component ?? '';
        const of = (item: unknown) => (typeof item === 'object' && item !== null ? snapshotOfRow(strapi, component, item as Row) : null);
        snapshot[name] = attribute.repeatable ? list(value).map(of) : of(value);
        break;
      }
      case 'dynamiczone':
        snapshot[name] = list(value).map((item) => {
          const { id: _id, ...rest } = item as Row;
          const type = typeof rest.__component === 'string' ? rest.__component : '';
          return type ? { __component: type, ...snapshotOfRow(strapi, type, rest) } : rest;
        });
        break;
      case 'datetime':
        snapshot[name] = value == null || value === '' ? null : new Date(value as string | number | Date).toISOString();
        break;
      default:
        snapshot[name] = value === undefined ? null : value instanceof Date ? value.toISOString() : value;
    }
  }
  return snapshot;
}

/**
 * The document's current content: its draft (draft & publish types) or its only row, in one query
 * through the query engine (inside the write's transaction, past the Document Service middlewares).
 */
export async function readSnapshot(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<{ snapshot: Snapshot; row: Row } | null> {
  const model = strapi.getModel(uid as UID.Schema) as { options?: { draftAndPublish?: boolean }; attributes: Attributes };
  const where: Row = { documentId };
  if (model.options?.draftAndPublish) where.publishedAt = null;
  if (locale && model.attributes.locale) where.locale = locale;
  const row = (await strapi.db.query(uid as UID.Schema).findOne({ where, populate: { ...populateOf(strapi, uid), createdBy: { select: ['id'] } } })) as Row | null;
  return row ? { snapshot: snapshotOfRow(strapi, uid, row), row } : null;
}

/** JSON with object keys sorted: two snapshots of the same content compare equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Row).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields whose values differ; against no previous version, the fields that have a value. */
export function changedFields(previous: Snapshot | null, current: Snapshot): string[] {
  const names = new Set([...Object.keys(previous ?? {}), ...Object.keys(current)]);
  return [...names].filter((name) => (previous ? stableJson(previous[name]) !== stableJson(current[name]) : !isEmpty(current[name])));
}

/** The field a document is called by: title, name, full name… (the first one the type has). */
const TITLE_FIELDS = ['title', 'name', 'fullName', 'siteName', 'username'];

export function titleOf(snapshot: Snapshot | null | undefined): string | null {
  for (const name of TITLE_FIELDS) {
    const value = snapshot?.[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 300);
  }
  return null;
}
