import { bilingual, type FieldProblem } from './refusals';

export const PASSWORD_MIN_LENGTH = 8;
/** bcrypt reads 72 bytes; users-permissions refuses longer passwords. */
const PASSWORD_MAX_BYTES = 72;

/**
 * The one password rule of contributor accounts (request, reset, change): at least 8 characters,
 * at most 72 bytes, and, when a confirmation is asked for, typed the same twice.
 */
export function checkPasswordRule(password: unknown, confirmation?: unknown, { confirm = true } = {}): FieldProblem[] {
  if (typeof password !== 'string' || [...password].length < PASSWORD_MIN_LENGTH) {
    return [{ path: ['password'], message: bilingual(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`, `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`) }];
  }
  if (Buffer.byteLength(password) > PASSWORD_MAX_BYTES) {
    return [{ path: ['password'], message: bilingual('Mật khẩu quá dài (tối đa 72 byte).', 'The password is too long (at most 72 bytes).') }];
  }
  if (confirm && confirmation !== password) {
    return [{ path: ['passwordConfirmation'], message: bilingual('Hai lần nhập mật khẩu không khớp.', 'The two passwords do not match.') }];
  }
  return [];
}
