/**
 * Errors the database raises because of a value the client sent, not because anything is broken:
 * PostgreSQL's SQLSTATE class 22 (data exception: `id = 'abc'`, a date that is not a date, a number
 * out of range) and the type mismatches 42883 (no such operator: LIKE on a date or a JSON column) and
 * 42804. SQLite is loosely typed and simply matches nothing. These answer as a 400, with a message that
 * names the mistake and never the SQL the driver put in its own message.
 */
const CLIENT_SQLSTATE = /^(?:22[0-9A-Z]{3}|42883|42804)$/;

export const INVALID_FILTER_VALUE_MESSAGE =
  'Giá trị lọc không hợp lệ với kiểu dữ liệu của trường. A filter value does not match the type of its field.';

export function isDatabaseInputError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CLIENT_SQLSTATE.test(code)) return true;
    const next = current as { cause?: unknown; originalError?: unknown; nativeError?: unknown };
    current = next.originalError ?? next.nativeError ?? next.cause;
  }
  return false;
}
