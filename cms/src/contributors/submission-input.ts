import { errors } from '@strapi/utils';
import { bilingual, refuseFields, type FieldProblem } from './refusals';

/** What a contributor sends for a submission (the `data` part of the multipart request). */
export type SubmissionInput = { title: string; summary: string; body: string; category: string; coverAlt?: string };

const FIELDS = new Set(['title', 'summary', 'body', 'category', 'coverAlt']);
export const TITLE_LENGTH = { min: 5, max: 250 };
export const SUMMARY_MAX_LENGTH = 600;
export const BODY_MAX_LENGTH = 50_000;
export const COVER_ALT_MAX_LENGTH = 250;
/** The `data` part: the fields above, well under this. Larger is a 413. */
export const DATA_MAX_BYTES = 256 * 1024;
export const COVER_MAX_BYTES = 10 * 1024 * 1024;
const DOCUMENT_ID = /^[a-z0-9]{20,32}$/;

const length = (text: string) => [...text].length;

/** The `data` part as an object: a JSON string (multipart) or an object (JSON body); anything else is a 400. */
export function readSubmissionData(raw: unknown): Record<string, unknown> {
  if (typeof raw === 'string') {
    if (Buffer.byteLength(raw) > DATA_MAX_BYTES) {
      throw new errors.PayloadTooLargeError(bilingual('Nội dung gửi quá lớn (tối đa 256 KB).', 'The submission is too large (at most 256 KB).'), { code: 'too_large' });
    }
    try {
      raw = JSON.parse(raw);
    } catch {
      raw = undefined;
    }
  } else if (raw !== undefined && Buffer.byteLength(JSON.stringify(raw)) > DATA_MAX_BYTES) {
    throw new errors.PayloadTooLargeError(bilingual('Nội dung gửi quá lớn (tối đa 256 KB).', 'The submission is too large (at most 256 KB).'), { code: 'too_large' });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    refuseFields([{ path: ['data'], message: bilingual('Thiếu nội dung bài gửi (phần "data" dạng JSON).', 'The submission is missing (a JSON "data" part).') }]);
  }
  return raw as Record<string, unknown>;
}

/**
 * Checks a submission's fields, every problem named by its field: title 5–250 characters, summary
 * up to 600, body up to 50,000, a category id, a cover description up to 250. Unknown fields
 * (associations, contributor, publishedAt…) are refused by name: a contributor cannot set them.
 */
export function checkSubmission(data: Record<string, unknown>): SubmissionInput {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(data)) {
    if (!FIELDS.has(key)) problems.push({ path: [key], message: bilingual(`Không được gửi trường "${key}".`, `The field "${key}" cannot be sent.`) });
  }
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');
  const title = text('title');
  const summary = text('summary');
  const body = typeof data.body === 'string' ? data.body.replace(/\r\n?/g, '\n').trim() : '';
  const category = text('category');
  const coverAlt = text('coverAlt');

  if (length(title) < TITLE_LENGTH.min || length(title) > TITLE_LENGTH.max) {
    problems.push({ path: ['title'], message: bilingual(`Tiêu đề phải dài từ ${TITLE_LENGTH.min} đến ${TITLE_LENGTH.max} ký tự.`, `The title must have ${TITLE_LENGTH.min} to ${TITLE_LENGTH.max} characters.`) });
  }
  if (summary === '') problems.push({ path: ['summary'], message: bilingual('Vui lòng nhập sapo (tóm tắt).', 'Enter a summary.') });
  else if (length(summary) > SUMMARY_MAX_LENGTH) {
    problems.push({ path: ['summary'], message: bilingual(`Sapo dài tối đa ${SUMMARY_MAX_LENGTH} ký tự.`, `The summary has at most ${SUMMARY_MAX_LENGTH} characters.`) });
  }
  if (body === '') problems.push({ path: ['body'], message: bilingual('Vui lòng nhập nội dung bài.', 'Enter the article body.') });
  else if (length(body) > BODY_MAX_LENGTH) {
    problems.push({ path: ['body'], message: bilingual(`Nội dung dài tối đa ${BODY_MAX_LENGTH.toLocaleString('vi-VN')} ký tự.`, `The body has at most ${BODY_MAX_LENGTH.toLocaleString('en-US')} characters.`) });
  }
  if (!DOCUMENT_ID.test(category)) problems.push({ path: ['category'], message: bilingual('Vui lòng chọn chuyên mục.', 'Choose a category.') });
  if (length(coverAlt) > COVER_ALT_MAX_LENGTH) {
    problems.push({ path: ['coverAlt'], message: bilingual(`Mô tả ảnh dài tối đa ${COVER_ALT_MAX_LENGTH} ký tự.`, `The image description has at most ${COVER_ALT_MAX_LENGTH} characters.`) });
  }
  if (problems.length > 0) refuseFields(problems);
  return { title, summary, body, category, ...(coverAlt ? { coverAlt } : {}) };
}
