import type { H3Event } from 'h3';
import type { Contributor, Submission, SubmissionSummary } from '#shared/types/contributor';
import { vietnamesePart, type FieldErrors } from '#shared/utils/contributor-forms';

/**
 * The CMS's contributor endpoints (the contract in the README, "Sign-in for contributors"), called
 * by the site's server for a visitor: every call carries the visitor's address under the shared
 * secret (utils/visitor.ts), signed-in calls the contributor's JWT. Browsers never talk to the CMS.
 * Answers are data or a refusal with the CMS's Vietnamese message and field errors.
 */

export type CmsRefusal = {
  ok: false;
  status: number;
  /** details.code of the CMS's error (too_many_attempts, invalid_credentials, not_editable…). */
  code?: string;
  /** The Vietnamese part of the CMS's message. */
  message: string;
  fields: FieldErrors;
  retryAfter?: string;
};
export type CmsAnswer<T> = { ok: true; status: number; data: T } | CmsRefusal;

const UNAVAILABLE: CmsRefusal = { ok: false, status: 503, message: 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít phút.', fields: {} };

type Call = { method?: 'GET' | 'POST' | 'PUT'; jwt?: string; json?: unknown; form?: FormData; timeoutMs?: number };

async function callCms<T>(event: H3Event, path: string, call: Call = {}): Promise<CmsAnswer<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...visitorHeaders(event) };
  if (call.jwt) headers.authorization = `Bearer ${call.jwt}`;
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${useRuntimeConfig(event).cmsUrl}${path}`, {
      method: call.method ?? 'GET',
      headers,
      body: call.form ?? (call.json === undefined ? undefined : JSON.stringify(call.json)),
      signal: AbortSignal.timeout(call.timeoutMs ?? 10_000),
    });
  } catch (error) {
    console.error(`[contributors] ${path}:`, (error as Error).message);
    return UNAVAILABLE;
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  return refusalOf(response.status, body, response.headers.get('retry-after') ?? undefined);
}

/** What the site says when the CMS's message has no Vietnamese part. */
function fallbackMessage(status: number): string {
  if (status === 401 || status === 403) return 'Bạn không có quyền thực hiện việc này.';
  if (status === 404) return 'Không tìm thấy nội dung này.';
  if (status === 413) return 'Tệp hoặc nội dung gửi lên quá lớn.';
  if (status === 429) return 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ít phút.';
  return 'Thông tin chưa đúng. Vui lòng kiểm tra lại.';
}

/** Strapi's `{ error: { status, message, details: { code, errors: [{ path, message }] } } }` as a refusal. */
export function refusalOf(status: number, body: unknown, retryAfter?: string): CmsRefusal {
  if (status >= 500 || !body || typeof body !== 'object' || !('error' in body)) {
    if (status >= 500) console.error(`[contributors] the CMS answered ${status}`);
    return status >= 500 ? UNAVAILABLE : { ok: false, status, message: fallbackMessage(status), fields: {} };
  }
  const error = (body as { error: { message?: unknown; details?: { code?: unknown; errors?: unknown } } }).error;
  const fields: FieldErrors = {};
  const errors = Array.isArray(error.details?.errors) ? (error.details.errors as Array<{ path?: unknown; message?: unknown }>) : [];
  for (const item of errors) {
    const field = Array.isArray(item.path) ? String(item.path[0] ?? '') : '';
    if (field && typeof item.message === 'string' && !fields[field]) fields[field] = vietnamesePart(item.message) || fallbackMessage(status);
  }
  return {
    ok: false,
    status,
    code: typeof error.details?.code === 'string' ? error.details.code : undefined,
    message: (typeof error.message === 'string' && vietnamesePart(error.message)) || fallbackMessage(status),
    fields,
    retryAfter,
  };
}

export const contributorCms = {
  signIn: (event: H3Event, identifier: string, password: string) =>
    callCms<{ jwt: string; user: { id: number } }>(event, '/api/auth/local', { method: 'POST', json: { identifier, password } }),
  requestAccount: (event: H3Event, request: { fullName: string; email: string; phone?: string; association: string; password: string; message?: string }) =>
    callCms<{ ok: true }>(event, '/api/contributor-requests', { method: 'POST', json: request }),
  forgotPassword: (event: H3Event, email: string) => callCms<{ ok: true }>(event, '/api/auth/forgot-password', { method: 'POST', json: { email } }),
  resetPassword: (event: H3Event, reset: { code: string; password: string; passwordConfirmation: string }) =>
    callCms<{ jwt: string }>(event, '/api/auth/reset-password', { method: 'POST', json: reset }),
  changePassword: (event: H3Event, jwt: string, change: { currentPassword: string; password: string; passwordConfirmation: string }) =>
    callCms<{ jwt: string }>(event, '/api/auth/change-password', { method: 'POST', jwt, json: change }),
  me: (event: H3Event, jwt: string) => callCms<Contributor>(event, '/api/contributor/me', { jwt }),
  submissions: (event: H3Event, jwt: string) => callCms<{ data: SubmissionSummary[] }>(event, '/api/contributor/submissions', { jwt }),
  submission: (event: H3Event, jwt: string, documentId: string) =>
    callCms<{ data: Submission }>(event, `/api/contributor/submissions/${encodeURIComponent(documentId)}`, { jwt }),
  /** Creates (no documentId) or updates a draft: multipart, part `data` (JSON) and an optional `cover` file. */
  saveSubmission: (event: H3Event, jwt: string, form: FormData, documentId?: string) =>
    callCms<{ data: { documentId: string } }>(event, documentId ? `/api/contributor/submissions/${encodeURIComponent(documentId)}` : '/api/contributor/submissions', {
      method: documentId ? 'PUT' : 'POST',
      jwt,
      form,
      timeoutMs: 60_000,
    }),
};
