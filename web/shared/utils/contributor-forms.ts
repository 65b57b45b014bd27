/**
 * The contributor forms' fields and the checks the site makes before it asks the CMS (which checks
 * again and has the last word: e-mail taken, unknown association, image type by content…). Pure
 * functions: the server (server/utils/contributor-pages.ts) and the tests use them alike.
 */

/** Field name → the Vietnamese sentence shown next to it. */
export type FieldErrors = Record<string, string>;
/** A form's text fields as sent (values kept when the form is shown again). */
export type FormValues = Record<string, string>;

/** The largest cover image (the CMS's limit too): a larger one is refused on the site before it is forwarded. */
export const MAX_COVER_BYTES = 10 * 1024 * 1024;
/**
 * The largest submission form the site reads: an image up to twice the limit still gets its error
 * next to the cover field with the text kept; a larger body is refused unread (413).
 */
export const MAX_SUBMISSION_FORM_BYTES = 2 * MAX_COVER_BYTES + 512 * 1024;
/** The largest body of every other form (sign-in, request, passwords). */
export const MAX_TEXT_FORM_BYTES = 32 * 1024;
export const MIN_PASSWORD_LENGTH = 8;

export const TEXT_LIMITS = {
  email: 254,
  password: 128,
  fullName: 120,
  phone: 30,
  message: 2000,
  title: 250,
  summary: 600,
  body: 50_000,
  coverAlt: 250,
  documentId: 64,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** As the CMS takes it: digits, spaces, + - . ( ), 6–30 characters. */
const PHONE = /^[\d\s+().-]{6,30}$/;
/** A Strapi documentId: lower-case letters and digits. */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/** The text fields of `fields` from a parsed form: trimmed (passwords kept as typed), absent ones ''. */
export function formValues(form: Record<string, unknown>, fields: readonly string[]): FormValues {
  return Object.fromEntries(
    fields.map((name) => {
      const value = form[name];
      const text = typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
      return [name, /password/i.test(name) ? text : text.trim()];
    }),
  );
}

type Rule = (value: string, values: FormValues) => string | undefined;

const required = (message: string): Rule => (value) => (value === '' ? message : undefined);
const maxLength = (limit: number, label: string): Rule => (value) => (value.length > limit ? `${label} dài quá ${limit.toLocaleString('vi-VN')} ký tự.` : undefined);
const email: Rule = (value) => (value !== '' && !EMAIL.test(value) ? 'Địa chỉ e-mail không đúng dạng, ví dụ: ten@hoi.vn.' : undefined);
const newPassword: Rule = (value) => (value !== '' && value.length < MIN_PASSWORD_LENGTH ? `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` : undefined);
const sameAs = (other: string): Rule => (value, values) => (value !== values[other] ? 'Hai mật khẩu không giống nhau.' : undefined);
const documentId: Rule = (value) => (value !== '' && !DOCUMENT_ID.test(value) ? 'Lựa chọn không hợp lệ. Vui lòng chọn lại.' : undefined);

function check(values: FormValues, rules: Record<string, Rule[]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, fieldRules] of Object.entries(rules)) {
    for (const rule of fieldRules) {
      const message = rule(values[field] ?? '', values);
      if (message) {
        errors[field] = message;
        break;
      }
    }
  }
  return errors;
}

export const SIGN_IN_FIELDS = ['identifier', 'password'] as const;
export function checkSignIn(values: FormValues): FieldErrors {
  return check(values, {
    identifier: [required('Vui lòng nhập e-mail.'), maxLength(TEXT_LIMITS.email, 'E-mail')],
    password: [required('Vui lòng nhập mật khẩu.'), maxLength(TEXT_LIMITS.password, 'Mật khẩu')],
  });
}

export const ACCOUNT_REQUEST_FIELDS = ['fullName', 'email', 'phone', 'association', 'password', 'message'] as const;
export function checkAccountRequest(values: FormValues): FieldErrors {
  return check(values, {
    fullName: [required('Vui lòng nhập họ và tên.'), maxLength(TEXT_LIMITS.fullName, 'Họ và tên')],
    email: [required('Vui lòng nhập e-mail.'), maxLength(TEXT_LIMITS.email, 'E-mail'), email],
    phone: [maxLength(TEXT_LIMITS.phone, 'Số điện thoại'), (value) => (value !== '' && !PHONE.test(value) ? 'Số điện thoại gồm 6–30 ký tự: chữ số, dấu cách và + - . ( ), ví dụ: 0214 3820 123.' : undefined)],
    association: [required('Vui lòng chọn hội của bạn.'), documentId],
    password: [required('Vui lòng đặt mật khẩu.'), maxLength(TEXT_LIMITS.password, 'Mật khẩu'), newPassword],
    message: [maxLength(TEXT_LIMITS.message, 'Lời nhắn')],
  });
}

export const FORGOT_PASSWORD_FIELDS = ['email'] as const;
export function checkForgotPassword(values: FormValues): FieldErrors {
  return check(values, { email: [required('Vui lòng nhập e-mail.'), maxLength(TEXT_LIMITS.email, 'E-mail'), email] });
}

export const RESET_PASSWORD_FIELDS = ['code', 'password', 'passwordConfirmation'] as const;
export function checkResetPassword(values: FormValues): FieldErrors {
  return check(values, {
    code: [required('Liên kết đặt lại mật khẩu không đầy đủ. Vui lòng mở lại liên kết trong e-mail hoặc yêu cầu liên kết mới.'), maxLength(256, 'Mã')],
    password: [required('Vui lòng nhập mật khẩu mới.'), maxLength(TEXT_LIMITS.password, 'Mật khẩu'), newPassword],
    passwordConfirmation: [required('Vui lòng nhập lại mật khẩu mới.'), sameAs('password')],
  });
}

export const CHANGE_PASSWORD_FIELDS = ['currentPassword', 'password', 'passwordConfirmation'] as const;
export function checkChangePassword(values: FormValues): FieldErrors {
  return check(values, {
    currentPassword: [required('Vui lòng nhập mật khẩu hiện tại.'), maxLength(TEXT_LIMITS.password, 'Mật khẩu')],
    password: [required('Vui lòng nhập mật khẩu mới.'), maxLength(TEXT_LIMITS.password, 'Mật khẩu'), newPassword],
    passwordConfirmation: [required('Vui lòng nhập lại mật khẩu mới.'), sameAs('password')],
  });
}

export const SUBMISSION_FIELDS = ['title', 'summary', 'body', 'category', 'coverAlt'] as const;
export function checkSubmission(values: FormValues, cover?: { size: number }): FieldErrors {
  const errors = check(values, {
    title: [required('Vui lòng nhập tiêu đề.'), (value) => (value.length < 5 ? 'Tiêu đề cần ít nhất 5 ký tự.' : undefined), maxLength(TEXT_LIMITS.title, 'Tiêu đề')],
    summary: [required('Vui lòng nhập tóm tắt.'), maxLength(TEXT_LIMITS.summary, 'Tóm tắt')],
    body: [required('Vui lòng nhập nội dung.'), maxLength(TEXT_LIMITS.body, 'Nội dung')],
    category: [required('Vui lòng chọn chuyên mục.'), documentId],
    coverAlt: [maxLength(TEXT_LIMITS.coverAlt, 'Mô tả ảnh')],
  });
  if (cover && cover.size > MAX_COVER_BYTES) errors.cover = tooLargeCoverMessage();
  return errors;
}

export function tooLargeCoverMessage(): string {
  return `Ảnh đại diện lớn hơn ${MAX_COVER_BYTES / 1024 / 1024} MB. Vui lòng chọn ảnh nhỏ hơn.`;
}

/** Whether a path segment can be a documentId (checked before any CMS call). */
export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID.test(value);
}

/**
 * The Vietnamese part of a CMS message "Vietnamese sentence(s). English sentence(s).": the sentences
 * before the first one written without a single Vietnamese letter; '' when the message has none.
 */
export function vietnamesePart(message: string): string {
  const sentences = message.trim().match(/[^.!?…]+(?:[.!?…]+|$)\s*/g) ?? [];
  const vietnamese: string[] = [];
  for (const sentence of sentences) {
    if (!/[^ -~\s]/.test(sentence)) break; // printable ASCII only: no Vietnamese letter
    vietnamese.push(sentence.trim());
  }
  return vietnamese.join(' ');
}

/** The statuses of a submission (contract: GET /api/contributor/submissions), as the contributor reads them. */
export const SUBMISSION_STATUS_LABELS = {
  pending: 'Chờ duyệt',
  changes_requested: 'Cần sửa',
  published: 'Đã đăng',
} as const;

export type SubmissionStatus = keyof typeof SUBMISSION_STATUS_LABELS;

/** The submission form's fields as the error summary names them. */
export const SUBMISSION_FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  summary: 'Tóm tắt',
  body: 'Nội dung',
  category: 'Chuyên mục',
  cover: 'Ảnh đại diện',
  coverAlt: 'Mô tả ảnh',
};
