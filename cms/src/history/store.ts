import type { Core } from '@strapi/strapi';
import type { Actor, ActorKind } from './actor';
import type { Snapshot } from './snapshot';

/** Strapi's knex connection (SQLite or PostgreSQL), or a transaction on it. */
type Knex = Core.Strapi['db']['connection'];

/**
 * Plain tables (as the visitor counter's, src/visits), which Strapi's schema sync leaves alone: no
 * content type, so nothing of them reaches the REST or GraphQL APIs, the content manager or its
 * permissions. The staff read them through the admin routes of ./admin-routes.ts only.
 */
export const VERSIONS_TABLE = 'lienhiep_history_versions';
export const AUDIT_TABLE = 'lienhiep_audit_log';

/** What a version records a document went through. `restore` is an update that brought back an earlier version. */
export type VersionAction = 'create' | 'update' | 'publish' | 'unpublish' | 'discardDraft' | 'delete' | 'restore';
/** What the audit log records. */
export type AuditAction = 'publish' | 'unpublish' | 'delete';

export type VersionRecord = {
  id: number;
  contentType: string;
  documentId: string;
  locale: string | null;
  action: VersionAction;
  actor: Actor;
  title: string | null;
  changedFields: string[];
  snapshot: Snapshot;
  restoredFrom: number | null;
  at: Date;
};

export type AuditRecord = {
  id: number;
  action: AuditAction;
  contentType: string;
  documentId: string;
  locale: string | null;
  title: string | null;
  actor: Actor;
  at: Date;
};

export const APPEND_ONLY_MESSAGE = 'Nhật ký hoạt động chỉ được ghi thêm, không sửa hay xóa được (the audit log is append-only).';

function databaseClient(strapi: Core.Strapi): string {
  return String((strapi.db.config.connection as { client?: unknown }).client ?? '');
}

/**
 * Creates the tables when missing, and makes the audit log append-only in the database itself:
 * a trigger refuses every UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) of its rows, whoever
 * sends them — the app, a plugin, a super admin's SQL console.
 */
export async function ensureHistoryTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const schema = () => knex.schema; // a new builder each time: a reused one would run its statements again
  if (!(await schema().hasTable(VERSIONS_TABLE))) {
    await schema().createTable(VERSIONS_TABLE, (table) => {
      table.increments('id');
      table.string('content_type', 255).notNullable();
      table.string('document_id', 64).notNullable();
      table.string('locale', 16).nullable();
      table.string('action', 20).notNullable();
      table.string('actor_kind', 20).notNullable();
      table.integer('actor_id').nullable();
      table.string('actor_name', 255).notNullable();
      table.string('actor_email', 255).nullable();
      table.string('title', 300).nullable();
      table.text('changed_fields').notNullable();
      table.text('snapshot').notNullable();
      table.integer('restored_from').nullable();
      table.bigInteger('created_at').notNullable();
      table.index(['content_type', 'document_id', 'id'], `${VERSIONS_TABLE}_document_idx`);
    });
  }
  if (!(await schema().hasTable(AUDIT_TABLE))) {
    await schema().createTable(AUDIT_TABLE, (table) => {
      table.increments('id');
      table.string('action', 20).notNullable();
      table.string('content_type', 255).notNullable();
      table.string('document_id', 64).notNullable();
      table.string('locale', 16).nullable();
      table.string('title', 300).nullable();
      table.string('actor_kind', 20).notNullable();
      table.integer('actor_id').nullable();
      table.string('actor_name', 255).notNullable();
      table.string('actor_email', 255).nullable();
      table.bigInteger('created_at').notNullable();
    });
  }
  const message = APPEND_ONLY_MESSAGE.replace(/'/g, "''");
  if (databaseClient(strapi) === 'postgres') {
    await knex.raw(`CREATE OR REPLACE FUNCTION ${AUDIT_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${message}'; END $$`);
    await knex.raw(`DROP TRIGGER IF EXISTS ${AUDIT_TABLE}_no_change ON ${AUDIT_TABLE}`);
    await knex.raw(`CREATE TRIGGER ${AUDIT_TABLE}_no_change BEFORE UPDATE OR DELETE ON ${AUDIT_TABLE} FOR EACH ROW EXECUTE FUNCTION ${AUDIT_TABLE}_append_only()`);
    await knex.raw(`DROP TRIGGER IF EXISTS ${AUDIT_TABLE}_no_truncate ON ${AUDIT_TABLE}`);
    await knex.raw(`CREATE TRIGGER ${AUDIT_TABLE}_no_truncate BEFORE TRUNCATE ON ${AUDIT_TABLE} FOR EACH STATEMENT EXECUTE FUNCTION ${AUDIT_TABLE}_append_only()`);
  } else {
    for (const event of ['UPDATE', 'DELETE']) {
      await knex.raw(`CREATE TRIGGER IF NOT EXISTS ${AUDIT_TABLE}_no_${event.toLowerCase()} BEFORE ${event} ON ${AUDIT_TABLE} BEGIN SELECT RAISE(ABORT, '${message}'); END`);
    }
  }
}

/** Runs `work` in the transaction of the write being recorded, or in one of its own. */
async function inTransaction<T>(strapi: Core.Strapi, work: (trx: Knex) => Promise<T>): Promise<T> {
  return (await strapi.db.transaction(({ trx }) => work(trx as unknown as Knex))) as T;
}

type VersionRow = {
  id: number | string;
  content_type: string;
  document_id: string;
  locale: string | null;
  action: string;
  actor_kind: string;
  actor_id: number | string | null;
  actor_name: string;
  actor_email: string | null;
  title: string | null;
  changed_fields: string;
  snapshot: string;
  restored_from: number | string | null;
  created_at: number | string;
};
type AuditRow = Omit<VersionRow, 'changed_fields' | 'snapshot' | 'restored_from'>;

const numberOrNull = (value: unknown) => (value == null ? null : Number(value));
const actorOf = (row: AuditRow): Actor => ({ kind: row.actor_kind as ActorKind, id: numberOrNull(row.actor_id), name: row.actor_name, email: row.actor_email });
const actorColumns = (actor: Actor) => ({ actor_kind: actor.kind, actor_id: actor.id, actor_name: actor.name.slice(0, 255), actor_email: actor.email?.slice(0, 255) ?? null });

function versionOf(row: VersionRow, withSnapshot: boolean): VersionRecord {
  return {
    id: Number(row.id),
    contentType: row.content_type,
    documentId: row.document_id,
    locale: row.locale,
    action: row.action as VersionAction,
    actor: actorOf(row),
    title: row.title,
    changedFields: JSON.parse(row.changed_fields) as string[],
    snapshot: withSnapshot ? (JSON.parse(row.snapshot) as Snapshot) : {},
    restoredFrom: numberOrNull(row.restored_from),
    at: new Date(Number(row.created_at)),
  };
}

/** Versions of one document (one locale), the newest first. */
function documentVersions(trx: Knex, contentType: string, documentId: string, locale: string | null) {
  const query = trx(VERSIONS_TABLE).where({ content_type: contentType, document_id: documentId });
  return locale ? query.andWhere((where) => where.where({ locale }).orWhereNull('locale')) : query;
}

export type NewVersion = Omit<VersionRecord, 'id' | 'at'>;

export function addVersion(strapi: Core.Strapi, version: NewVersion, at = new Date()): Promise<number> {
  return inTransaction(strapi, async (trx) => {
    const [inserted] = (await trx(VERSIONS_TABLE)
      .insert({
        content_type: version.contentType,
        document_id: version.documentId,
        locale: version.locale,
        action: version.action,
        ...actorColumns(version.actor),
        title: version.title,
        changed_fields: JSON.stringify(version.changedFields),
        snapshot: JSON.stringify(version.snapshot),
        restored_from: version.restoredFrom,
        created_at: at.getTime(),
      })
      .returning('id')) as Array<{ id: number } | number>;
    return Number(typeof inserted === 'object' ? inserted.id : inserted);
  });
}

/** The snapshot of the document's latest version, to compare the next one with. */
export function latestSnapshot(strapi: Core.Strapi, contentType: string, documentId: string, locale: string | null): Promise<Snapshot | null> {
  return inTransaction(strapi, async (trx) => {
    const row = (await documentVersions(trx, contentType, documentId, locale).orderBy('id', 'desc').first('snapshot')) as { snapshot: string } | undefined;
    return row ? (JSON.parse(row.snapshot) as Snapshot) : null;
  });
}

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

/** A document's versions, the newest first (without their snapshots). */
export function listVersions(strapi: Core.Strapi, contentType: string, documentId: string, locale: string | null, page: number, pageSize: number): Promise<Page<VersionRecord>> {
  return inTransaction(strapi, async (trx) => {
    const rows = (await documentVersions(trx, contentType, documentId, locale)
      .orderBy('id', 'desc')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .select('id', 'content_type', 'document_id', 'locale', 'action', 'actor_kind', 'actor_id', 'actor_name', 'actor_email', 'title', 'changed_fields', 'restored_from', 'created_at')) as VersionRow[];
    const [{ count }] = (await documentVersions(trx, contentType, documentId, locale).count({ count: '*' })) as Array<{ count: number | string }>;
    return { items: rows.map((row) => versionOf({ ...row, snapshot: '{}' }, false)), page, pageSize, total: Number(count) };
  });
}

/** One version with its snapshot, and the one before it of the same document (to diff against). */
export function versionWithPrevious(strapi: Core.Strapi, id: number): Promise<{ version: VersionRecord; previous: VersionRecord | null } | null> {
  return inTransaction(strapi, async (trx) => {
    const row = (await trx(VERSIONS_TABLE).where({ id }).first()) as VersionRow | undefined;
    if (!row) return null;
    const before = (await documentVersions(trx, row.content_type, row.document_id, row.locale).andWhere('id', '<', id).orderBy('id', 'desc').first()) as VersionRow | undefined;
    return { version: versionOf(row, true), previous: before ? versionOf(before, true) : null };
  });
}

export function addAuditEntry(strapi: Core.Strapi, entry: Omit<AuditRecord, 'id' | 'at'>, at = new Date()): Promise<void> {
  return inTransaction(strapi, async (trx) => {
    await trx(AUDIT_TABLE).insert({
      action: entry.action,
      content_type: entry.contentType,
      document_id: entry.documentId,
      locale: entry.locale,
      title: entry.title,
      ...actorColumns(entry.actor),
      created_at: at.getTime(),
    });
  });
}

/** The audit log, newest first, of the given content types only. */
export function listAuditEntries(strapi: Core.Strapi, contentTypes: string[], page: number, pageSize: number): Promise<Page<AuditRecord>> {
  return inTransaction(strapi, async (trx) => {
    const rows = (await trx(AUDIT_TABLE)
      .whereIn('content_type', contentTypes)
      .orderBy('id', 'desc')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .select('*')) as AuditRow[];
    const [{ count }] = (await trx(AUDIT_TABLE).whereIn('content_type', contentTypes).count({ count: '*' })) as Array<{ count: number | string }>;
    const items = rows.map((row) => ({
      id: Number(row.id),
      action: row.action as AuditAction,
      contentType: row.content_type,
      documentId: row.document_id,
      locale: row.locale,
      title: row.title,
      actor: actorOf(row),
      at: new Date(Number(row.created_at)),
    }));
    return { items, page, pageSize, total: Number(count) };
  });
}
