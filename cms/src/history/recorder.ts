import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules, UID } from '@strapi/strapi';
import { actorOfRequest } from './actor';
import { changedFields, readSnapshot, titleOf, type Snapshot } from './snapshot';
import { addAuditEntry, addVersion, latestSnapshot, type AuditAction, type VersionAction } from './store';

/** The Document Service actions a version is kept for (reads, counts and clones' sources are not). */
const RECORDED_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete', 'clone']);
const AUDITED_ACTIONS = new Set<string>(['publish', 'unpublish', 'delete']);

/** Whether a content type's documents are versioned: the app's own types (src/api), not plugins'. */
export function isVersionedType(strapi: Core.Strapi, uid: string): boolean {
  return uid.startsWith('api::') && Boolean(strapi.getModel(uid as UID.ContentType));
}

/** Marks the writes made to restore a version (./restore.ts): they are recorded as `restore`. */
const restoring = new AsyncLocalStorage<{ versionId: number }>();

export function whileRestoring<T>(versionId: number, work: () => Promise<T>): Promise<T> {
  return restoring.run({ versionId }, work);
}

type WriteParams = { documentId?: unknown; locale?: unknown };

/** The locale a write names, for localized types ('*' and lists mean all: kept as none). */
function localeOf(params: WriteParams): string | null {
  return typeof params.locale === 'string' && params.locale !== '*' ? params.locale : null;
}

function documentIdOf(action: string, params: WriteParams, result: unknown): string | null {
  if (action === 'create' || action === 'clone') {
    const created = result as { documentId?: unknown } | null;
    return typeof created?.documentId === 'string' ? created.documentId : null;
  }
  return typeof params.documentId === 'string' ? params.documentId : null;
}

/**
 * "Lịch sử phiên bản" and "Nhật ký hoạt động": after every create, update, publish, unpublish,
 * discarded draft, clone or deletion of a document of the app's types, whoever makes it (admin
 * panel, contributor API, scripts), a version (who, when, the document's content, the fields that
 * changed since its previous version); publications, unpublications and deletions also go to the
 * append-only audit log. Recorded in the write's own transaction: a write is never kept without its
 * version, nor a version without its write. Reads pass through untouched. The bulk article import
 * (src/import) writes rows through the query engine, not the Document Service: it keeps no versions.
 */
export function historyRecorder(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!RECORDED_ACTIONS.has(context.action) || !isVersionedType(strapi, context.uid)) return next();
    const params = (context.params ?? {}) as WriteParams;
    const locale = localeOf(params);
    return await strapi.db.transaction(async () => {
      // A deletion is recorded with the content it removed, read before it goes.
      const removed = context.action === 'delete' && typeof params.documentId === 'string' ? await readSnapshot(strapi, context.uid, params.documentId, locale) : null;
      const result = await next();
      const documentId = documentIdOf(context.action, params, result);
      if (!documentId) return result;
      const current = removed ?? (await readSnapshot(strapi, context.uid, documentId, locale));
      if (!current) return result;
      const restore = restoring.getStore();
      const action: VersionAction = restore && context.action === 'update' ? 'restore' : context.action === 'clone' ? 'create' : (context.action as VersionAction);
      const previous: Snapshot | null = action === 'create' ? null : await latestSnapshot(strapi, context.uid, documentId, locale);
      const actor = actorOfRequest(strapi);
      const title = titleOf(current.snapshot);
      const keep = async (kept: VersionAction, changed: string[]) => {
        await addVersion(strapi, {
          contentType: context.uid,
          documentId,
          locale,
          action: kept,
          actor,
          title,
          changedFields: changed,
          snapshot: current.snapshot,
          restoredFrom: kept === 'restore' ? (restore?.versionId ?? null) : null,
        });
        if (AUDITED_ACTIONS.has(kept)) await addAuditEntry(strapi, { action: kept as AuditAction, contentType: context.uid, documentId, locale, title, actor });
      };
      const changed = changedFields(previous, current.snapshot);
      // A save that changed nothing (the content manager saves the draft before each publish) is no version.
      if (!(action === 'update' && previous && changed.length === 0)) await keep(action, changed);
      // `create` and `update` with status "published" publish inside the Document Service, past its middlewares.
      if ((action === 'create' || action === 'update') && (context.params as { status?: unknown }).status === 'published' && context.contentType.options?.draftAndPublish) {
        await keep('publish', []);
      }
      return result;
    });
  };
}
