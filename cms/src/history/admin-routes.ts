import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { formatVietnamDateTime } from '@lienhiep/vietnamese-text';
import type { Actor } from './actor';
import { fieldChanges, fieldLabel } from './readable-fields';
import { isVersionedType } from './recorder';
import { DocumentGoneError, restoreVersion } from './restore';
import { listAuditEntries, listVersions, versionWithPrevious, type AuditRecord, type VersionAction, type VersionRecord } from './store';

type Context = Parameters<Core.MiddlewareHandler>[0];
type PermissionChecker = {
  cannot: { read(entity?: unknown): boolean; update(entity?: unknown): boolean };
};

/** What staff read for each action. */
export const ACTION_LABELS: Record<VersionAction, string> = {
  create: 'Tạo mới',
  update: 'Lưu bản nháp',
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuất bản',
  discardDraft: 'Hủy thay đổi bản nháp',
  delete: 'Xóa',
  restore: 'Khôi phục phiên bản cũ',
};

const ACTOR_KINDS: Record<Actor['kind'], string> = { admin: 'Quản trị viên', contributor: 'Cộng tác viên', 'api-token': 'Đối tác (API token)', system: 'Hệ thống' };

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/** A positive whole number from the query string, or the default; anything else is a 400. */
function wholeNumber(value: unknown, fallback: number, max: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(number) || number < 1 || number > max) {
    throw new errors.ValidationError(`"${name}" phải là số nguyên từ 1 đến ${max} ("${name}" must be a whole number from 1 to ${max}).`);
  }
  return number;
}

function pageOf(ctx: Context): { page: number; pageSize: number } {
  const query = ctx.query as Record<string, unknown>;
  return { page: wholeNumber(query.page, 1, 100_000, 'page'), pageSize: wholeNumber(query.pageSize, 20, 100, 'pageSize') };
}

function permissionsOf(strapi: Core.Strapi, ctx: Context, uid: string): PermissionChecker {
  return strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model: uid }) as PermissionChecker;
}

/** The document's current draft (or only row) with its creator, as the content manager's permission conditions read it. */
async function permissionSubject(strapi: Core.Strapi, uid: string, documentId: string): Promise<unknown> {
  const model = strapi.contentType(uid as UID.ContentType);
  return strapi.db.query(uid as UID.ContentType).findOne({
    where: { documentId, ...(model.options?.draftAndPublish ? { publishedAt: null } : {}) },
    populate: { createdBy: { select: ['id'] } },
  });
}

const NO_READ = 'Bạn không có quyền xem lịch sử của nội dung này (you may not read the history of this content).';
const NO_UPDATE = 'Bạn không có quyền sửa nội dung này nên không khôi phục được phiên bản (you may not update this content).';

/**
 * A 403 keeping its message: a PolicyError (a kind of ForbiddenError), as Strapi's router turns any
 * other ForbiddenError thrown by a handler into a bare "Forbidden" (see src/contributors/refusals.ts).
 */
function refuse(message: string): never {
  throw new errors.PolicyError(message);
}

/** Refuses a staff member who may not read (or, for `update`, edit) the document in the content manager. */
async function requirePermission(strapi: Core.Strapi, ctx: Context, uid: string, documentId: string, action: 'read' | 'update'): Promise<void> {
  const permissions = permissionsOf(strapi, ctx, uid);
  if (permissions.cannot.read()) refuse(NO_READ);
  if (action === 'update' && permissions.cannot.update()) refuse(NO_UPDATE);
  const subject = await permissionSubject(strapi, uid, documentId);
  if (!subject) return; // deleted: the type's permission decides
  if (permissions.cannot.read(subject)) refuse(NO_READ);
  if (action === 'update' && permissions.cannot.update(subject)) refuse(NO_UPDATE);
}

function actorView(actor: Actor) {
  return { kind: actor.kind, kindLabel: ACTOR_KINDS[actor.kind], name: actor.name, email: actor.email };
}

function versionView(version: VersionRecord) {
  return {
    id: version.id,
    contentType: version.contentType,
    documentId: version.documentId,
    locale: version.locale,
    action: version.action,
    actionLabel: version.action === 'restore' && version.restoredFrom ? `Khôi phục phiên bản #${version.restoredFrom}` : ACTION_LABELS[version.action],
    title: version.title,
    at: version.at.toISOString(),
    atText: formatVietnamDateTime(version.at),
    actor: actorView(version.actor),
    changedFields: version.changedFields.map((field) => ({ field, label: fieldLabel(version.contentType, field) })),
    restoredFrom: version.restoredFrom,
  };
}

/** Where the content manager edits a document (none once it is deleted). */
function editPath(strapi: Core.Strapi, entry: AuditRecord, deleted: boolean): string | null {
  const model = strapi.contentTypes[entry.contentType as UID.ContentType] as { kind?: string } | undefined;
  if (!model || deleted) return null;
  return model.kind === 'singleType' ? `/content-manager/single-types/${entry.contentType}` : `/content-manager/collection-types/${entry.contentType}/${entry.documentId}`;
}

function auditView(strapi: Core.Strapi, entry: AuditRecord, deleted: boolean) {
  const model = strapi.contentTypes[entry.contentType as UID.ContentType] as { info?: { displayName?: string } } | undefined;
  return {
    id: entry.id,
    action: entry.action,
    actionLabel: ACTION_LABELS[entry.action],
    contentType: entry.contentType,
    contentTypeLabel: model?.info?.displayName ?? entry.contentType,
    documentId: entry.documentId,
    locale: entry.locale,
    title: entry.title,
    at: entry.at.toISOString(),
    atText: formatVietnamDateTime(entry.at),
    actor: actorView(entry.actor),
    editPath: editPath(strapi, entry, deleted),
  };
}

function versionedTypeOf(strapi: Core.Strapi, uid: unknown): string {
  if (typeof uid !== 'string' || !isVersionedType(strapi, uid)) throw new errors.NotFoundError('Không có loại nội dung này (no such content type).');
  return uid;
}

function documentIdOf(value: unknown): string {
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) throw new errors.ValidationError('Mã tài liệu không hợp lệ (invalid documentId).');
  return value;
}

async function versionById(strapi: Core.Strapi, value: unknown) {
  const id = wholeNumber(value, 0, 2 ** 31 - 1, 'id');
  const found = id > 0 ? await versionWithPrevious(strapi, id) : null;
  if (!found) throw new errors.NotFoundError('Không tìm thấy phiên bản này (no such version).');
  return found;
}

/** GET …/documents/:uid/:documentId/versions: a document's versions, newest first. */
async function listDocumentVersions(strapi: Core.Strapi, ctx: Context) {
  const uid = versionedTypeOf(strapi, ctx.params.uid);
  const documentId = documentIdOf(ctx.params.documentId);
  await requirePermission(strapi, ctx, uid, documentId, 'read');
  const locale = typeof ctx.query.locale === 'string' && /^[a-zA-Z-]{2,16}$/.test(ctx.query.locale) ? ctx.query.locale : null;
  const { page, pageSize } = pageOf(ctx);
  const versions = await listVersions(strapi, uid, documentId, locale, page, pageSize);
  return { versions: versions.items.map(versionView), pagination: { page, pageSize, total: versions.total } };
}

/** GET …/versions/:id: one version, and what it changed against the one before it, field by field. */
async function showVersion(strapi: Core.Strapi, ctx: Context) {
  const { version, previous } = await versionById(strapi, ctx.params.id);
  await requirePermission(strapi, ctx, versionedTypeOf(strapi, version.contentType), version.documentId, 'read');
  const changes = await fieldChanges(strapi, version.contentType, version.changedFields, previous?.snapshot ?? null, version.snapshot);
  return { version: versionView(version), previousId: previous?.id ?? null, changes };
}

/** POST …/versions/:id/restore: the version's content becomes the document's draft. */
async function restore(strapi: Core.Strapi, ctx: Context) {
  const { version } = await versionById(strapi, ctx.params.id);
  await requirePermission(strapi, ctx, versionedTypeOf(strapi, version.contentType), version.documentId, 'update');
  try {
    await restoreVersion(strapi, version);
  } catch (error) {
    if (error instanceof DocumentGoneError) throw new errors.ApplicationError('Tài liệu đã bị xóa nên không khôi phục được phiên bản này (the document was deleted).');
    throw error;
  }
  const latest = await listVersions(strapi, version.contentType, version.documentId, version.locale, 1, 1);
  return { restored: version.id, version: latest.items[0] ? versionView(latest.items[0]) : null };
}

/** GET …/audit-log: publications, unpublications and deletions, newest first, of the types the staff member may read. */
async function auditLog(strapi: Core.Strapi, ctx: Context) {
  const { page, pageSize } = pageOf(ctx);
  const readable = Object.keys(strapi.contentTypes).filter((uid) => isVersionedType(strapi, uid) && !permissionsOf(strapi, ctx, uid).cannot.read());
  const entries = await listAuditEntries(strapi, readable, page, pageSize);
  const deleted = await deletedDocuments(strapi, entries.items);
  return { entries: entries.items.map((entry) => auditView(strapi, entry, deleted.has(`${entry.contentType}:${entry.documentId}`))), pagination: { page, pageSize, total: entries.total } };
}

/** Which of the entries' documents no longer exist (one query per content type on the page). */
async function deletedDocuments(strapi: Core.Strapi, entries: AuditRecord[]): Promise<Set<string>> {
  const deleted = new Set<string>();
  const byType = new Map<string, Set<string>>();
  for (const entry of entries) byType.set(entry.contentType, (byType.get(entry.contentType) ?? new Set()).add(entry.documentId));
  for (const [uid, ids] of byType) {
    const rows = (await strapi.db.query(uid as UID.ContentType).findMany({ select: ['documentId'], where: { documentId: { $in: [...ids] } } })) as Array<{ documentId: string }>;
    const found = new Set(rows.map((row) => row.documentId));
    for (const id of ids) if (!found.has(id)) deleted.add(`${uid}:${id}`);
  }
  return deleted;
}

export const HISTORY_ROUTE_PREFIX = '/lienhiep-history';

/**
 * The staff's history routes, admin routes (the admin panel's sign-in; 401 for anyone else) as
 * src/visits/admin-statistics.ts declares its own. Each also asks the content manager's permissions:
 * the history of a document is read by who may read it, and restored by who may edit it.
 */
export function registerHistoryRoutes(strapi: Core.Strapi): void {
  const handler = (work: (strapi: Core.Strapi, ctx: Context) => Promise<unknown>) => async (ctx: Context) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await work(strapi, ctx);
  };
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: `/admin${HISTORY_ROUTE_PREFIX}`,
    routes: [
      { method: 'GET', path: '/documents/:uid/:documentId/versions', info: {}, handler: handler(listDocumentVersions), config },
      { method: 'GET', path: '/versions/:id', info: {}, handler: handler(showVersion), config },
      { method: 'POST', path: '/versions/:id/restore', info: {}, handler: handler(restore), config },
      { method: 'GET', path: '/audit-log', info: {}, handler: handler(auditLog), config },
    ],
  });
}
