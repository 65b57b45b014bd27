/** What the CMS's history routes answer (cms/src/history/admin-routes.ts). */
export type Actor = { kind: 'admin' | 'contributor' | 'api-token' | 'system'; kindLabel: string; name: string; email: string | null };

export type VersionSummary = {
  id: number;
  contentType: string;
  documentId: string;
  locale: string | null;
  action: string;
  actionLabel: string;
  title: string | null;
  at: string;
  atText: string;
  actor: Actor;
  changedFields: Array<{ field: string; label: string }>;
  restoredFrom: number | null;
};

export type DiffSegment = { op: 'equal' | 'insert' | 'delete'; text: string };
export type FieldChange = { field: string; label: string; before: string; after: string; diff: DiffSegment[] };

export type VersionDetail = { version: VersionSummary; previousId: number | null; changes: FieldChange[] };

export type Pagination = { page: number; pageSize: number; total: number };

export type AuditEntry = {
  id: number;
  action: string;
  actionLabel: string;
  contentType: string;
  contentTypeLabel: string;
  documentId: string;
  title: string | null;
  at: string;
  atText: string;
  actor: Actor;
  editPath: string | null;
};

const BASE = '/admin/lienhiep-history';

export const historyPaths = {
  versions: (uid: string, documentId: string, locale?: string | null) =>
    `${BASE}/documents/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}/versions?pageSize=30${locale ? `&locale=${encodeURIComponent(locale)}` : ''}`,
  version: (id: number) => `${BASE}/versions/${id}`,
  restore: (id: number) => `${BASE}/versions/${id}/restore`,
  auditLog: (page: number) => `${BASE}/audit-log?page=${page}&pageSize=20`,
};

/** The Vietnamese message of a refused request (the CMS answers `{ error: { message } }`), else a general one. */
export function errorMessage(error: unknown, fallback: string): string {
  const message = (error as { response?: { data?: { error?: { message?: unknown } } } })?.response?.data?.error?.message;
  return typeof message === 'string' && message ? message : fallback;
}
