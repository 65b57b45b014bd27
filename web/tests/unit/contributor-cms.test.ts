import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../server/utils/contributor-cms';

describe("the CMS's refusals, as the contributor pages show them", () => {
  it('reads the Vietnamese part of the message, the code and the retry delay', () => {
    const body = { error: { status: 429, name: 'RateLimitError', message: 'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút. Too many failed sign-ins. Try again in 15 minutes.', details: { code: 'too_many_attempts', retryAfterSeconds: 900 } } };
    expect(refusalOf(429, body, '900')).toEqual({ ok: false, status: 429, code: 'too_many_attempts', message: 'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.', fields: {}, retryAfter: '900' });
  });

  it('puts each field error next to its field (the first for a field), in Vietnamese', () => {
    const body = {
      error: {
        status: 400,
        message: 'Dữ liệu không hợp lệ. Invalid data.',
        details: { errors: [{ path: ['cover'], message: 'Ảnh đại diện phải là ảnh JPEG, PNG, WebP, AVIF hoặc GIF. The cover must be an image.' }, { path: ['cover'], message: 'Khác. Other.' }, { path: ['title'], message: 'Title too short.' }] },
      },
    };
    const refusal = refusalOf(400, body);
    expect(refusal.fields).toEqual({ cover: 'Ảnh đại diện phải là ảnh JPEG, PNG, WebP, AVIF hoặc GIF.', title: 'Thông tin chưa đúng. Vui lòng kiểm tra lại.' });
    expect(refusal.message).toBe('Dữ liệu không hợp lệ.');
  });

  it('says it in its own Vietnamese words when the CMS gives no Vietnamese, or no Strapi error at all', () => {
    expect(refusalOf(400, { error: { message: 'Invalid identifier or password', details: {} } }).message).toBe('Thông tin chưa đúng. Vui lòng kiểm tra lại.');
    expect(refusalOf(403, { error: { message: 'Forbidden' } }).message).toBe('Bạn không có quyền thực hiện việc này.');
    expect(refusalOf(413, 'Payload Too Large').message).toBe('Tệp hoặc nội dung gửi lên quá lớn.');
    expect(refusalOf(502, null)).toMatchObject({ status: 503, message: 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít phút.' });
  });
});
