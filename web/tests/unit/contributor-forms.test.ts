import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_REQUEST_FIELDS,
  checkAccountRequest,
  checkChangePassword,
  checkForgotPassword,
  checkResetPassword,
  checkSignIn,
  checkSubmission,
  formValues,
  isDocumentId,
  MAX_COVER_BYTES,
  SUBMISSION_FIELDS,
  vietnamesePart,
} from '#shared/utils/contributor-forms';
import { canonicalPageQuery } from '#shared/utils/page-query';

const validRequest = { fullName: 'Nguyễn Thị Hòa', email: 'hoa@hoi.vn', phone: '0214 3820 123', association: 'abc123def456', password: 'MatKhau@2026', message: '' };
const validSubmission = { title: 'Hội thảo khoa học nông nghiệp', summary: 'Tóm tắt.', body: '## Mở đầu\n\nNội dung.', category: 'k2j3h4g5', coverAlt: '' };

describe('reading a form', () => {
  it('keeps the listed fields, trimmed, passwords as typed, line ends as \\n', () => {
    const values = formValues({ fullName: '  Hòa ', password: ' a b ', message: 'a\r\nb', extra: 'x' }, ACCOUNT_REQUEST_FIELDS);
    expect(values).toEqual({ fullName: 'Hòa', email: '', phone: '', association: '', password: ' a b ', message: 'a\nb' });
  });

  it('reads anything that is not a string as empty', () => {
    expect(formValues({ title: ['a', 'b'], summary: 5 }, SUBMISSION_FIELDS).title).toBe('');
  });
});

describe('the checks before the CMS is asked', () => {
  it('asks for an e-mail and a password to sign in', () => {
    expect(checkSignIn({ identifier: '', password: '' })).toEqual({ identifier: 'Vui lòng nhập e-mail.', password: 'Vui lòng nhập mật khẩu.' });
    expect(checkSignIn({ identifier: 'a@b.vn', password: 'x' })).toEqual({});
  });

  it('checks an account request field by field, in Vietnamese', () => {
    expect(checkAccountRequest(validRequest)).toEqual({});
    const errors = checkAccountRequest({ ...validRequest, fullName: '', email: 'hoa@', phone: 'abc', association: '', password: 'ngan' });
    expect(Object.keys(errors).sort()).toEqual(['association', 'email', 'fullName', 'password', 'phone']);
    expect(errors.password).toBe('Mật khẩu cần ít nhất 8 ký tự.');
    expect(checkAccountRequest({ ...validRequest, association: '../admin' }).association).toMatch(/không hợp lệ/);
    expect(checkAccountRequest({ ...validRequest, message: 'x'.repeat(2001) }).message).toMatch(/dài quá 2\.000 ký tự/);
  });

  it('wants an e-mail for a forgotten password', () => {
    expect(checkForgotPassword({ email: 'khong-phai-email' }).email).toMatch(/không đúng dạng/);
    expect(checkForgotPassword({ email: 'a@b.vn' })).toEqual({});
  });

  it('wants the new password twice, alike, of 8 characters or more', () => {
    expect(checkResetPassword({ code: 'abc', password: 'MatKhau@2026', passwordConfirmation: 'MatKhau@2026' })).toEqual({});
    expect(checkResetPassword({ code: 'abc', password: 'MatKhau@2026', passwordConfirmation: 'MatKhau@2027' }).passwordConfirmation).toBe('Hai mật khẩu không giống nhau.');
    expect(checkResetPassword({ code: '', password: 'a', passwordConfirmation: 'a' })).toMatchObject({ code: expect.stringMatching(/Liên kết/), password: 'Mật khẩu cần ít nhất 8 ký tự.' });
    expect(checkChangePassword({ currentPassword: '', password: 'MatKhau@2026', passwordConfirmation: 'MatKhau@2026' })).toEqual({ currentPassword: 'Vui lòng nhập mật khẩu hiện tại.' });
  });

  it('checks a submission: title 5–250, summary, body, category, and a cover of 10 MB at most', () => {
    expect(checkSubmission(validSubmission)).toEqual({});
    expect(checkSubmission(validSubmission, { size: MAX_COVER_BYTES })).toEqual({});
    expect(checkSubmission(validSubmission, { size: MAX_COVER_BYTES + 1 })).toEqual({ cover: 'Ảnh đại diện lớn hơn 10 MB. Vui lòng chọn ảnh nhỏ hơn.' });
    expect(checkSubmission({ ...validSubmission, title: 'Tin' }).title).toBe('Tiêu đề cần ít nhất 5 ký tự.');
    expect(checkSubmission({ ...validSubmission, title: 'x'.repeat(251) }).title).toMatch(/dài quá 250/);
    expect(Object.keys(checkSubmission({ title: '', summary: '', body: '', category: '', coverAlt: '' })).sort()).toEqual(['body', 'category', 'summary', 'title']);
  });

  it('takes only a documentId as one (lower-case letters and digits)', () => {
    expect(isDocumentId('w4k2j3h4g5f6d7s8a9q0e1r2')).toBe(true);
    for (const bad of ['', '../x', 'ABC', 'a b', 'x'.repeat(65)]) expect(isDocumentId(bad), bad).toBe(false);
  });
});

describe("the CMS's messages", () => {
  it('shows the Vietnamese part of "Vietnamese. English."', () => {
    expect(vietnamesePart('Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút. Too many failed sign-ins. Try again in 15 minutes.')).toBe(
      'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
    );
    expect(vietnamesePart('E-mail hoặc mật khẩu không đúng. Invalid identifier or password.')).toBe('E-mail hoặc mật khẩu không đúng.');
    expect(vietnamesePart('Ảnh phải là JPEG, PNG, WebP, AVIF hoặc GIF. The cover must be an image.')).toBe('Ảnh phải là JPEG, PNG, WebP, AVIF hoặc GIF.');
  });

  it('finds nothing in a message with no Vietnamese (the site then says it in its own words)', () => {
    expect(vietnamesePart('Forbidden.')).toBe('');
    expect(vietnamesePart('Invalid identifier or password')).toBe('');
  });
});

describe('the query the contributor pages keep', () => {
  it('keeps a known confirmation and the reset code, nothing else', () => {
    expect(canonicalPageQuery('/cong-tac-vien', new URLSearchParams('thong_bao=da-gui-tin&utm_source=x'))).toEqual({ search: '?thong_bao=da-gui-tin', cacheable: false });
    expect(canonicalPageQuery('/dang-nhap', new URLSearchParams('thong_bao=<script>'))).toEqual({ search: '', cacheable: false });
    expect(canonicalPageQuery('/dat-lai-mat-khau', new URLSearchParams('code=a1b2c3&x=1'))).toEqual({ search: '?code=a1b2c3', cacheable: false });
    expect(canonicalPageQuery('/dat-lai-mat-khau', new URLSearchParams('code=a%20b'))).toEqual({ search: '', cacheable: false });
  });
});
