import { errors } from '@strapi/utils';

/** A problem with one field of a request: `path` names the field (["title"]), `message` is "Tiếng Việt. English." */
export type FieldProblem = { path: string[]; message: string };

/** "Vietnamese sentence. English sentence." */
export const bilingual = (vietnamese: string, english: string) => `${vietnamese} ${english}`;

/**
 * A 400 in Strapi's error shape naming each field: `details.errors[{ path, message }]` and
 * `details.code` (`invalid_fields` unless said). One problem is the message itself; several get a
 * message asking to correct them.
 */
export function refuseFields(problems: FieldProblem[], code = 'invalid_fields'): never {
  const message =
    problems.length === 1 ? problems[0].message : bilingual('Vui lòng sửa các trường được đánh dấu.', 'Please correct the marked fields.');
  throw new errors.ValidationError(message, { code, errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })) });
}

/** A 400 (not about one field) with `details.code`. */
export function refuse(code: string, message: string): never {
  throw new errors.ValidationError(message, { code });
}

/**
 * A 403 with `details.code`. A PolicyError (a kind of ForbiddenError): Strapi's router turns any other
 * ForbiddenError thrown by a controller into a bare "Forbidden", losing the message and the code.
 */
export function refuseForbidden(code: string, message: string): never {
  throw new errors.PolicyError(message, { code });
}

export function refuseNotFound(message = bilingual('Không tìm thấy bài đã gửi.', 'Submission not found.')): never {
  throw new errors.NotFoundError(message, { code: 'not_found' });
}

/** "N phút" / "N minutes" for a wait in seconds, rounded up to a whole minute. */
export function minutesOf(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * A 429 with `Retry-After`, `details: { code, retryAfterSeconds }`. `ctx.set` runs first: Strapi's
 * error middleware keeps the headers already set when it writes the error.
 */
export function refuseTooMany(ctx: { set(name: string, value: string): void }, code: string, retryAfterSeconds: number, message: string): never {
  ctx.set('Retry-After', String(retryAfterSeconds));
  throw new errors.RateLimitError(message, { code, retryAfterSeconds });
}
