import { describe, expect, it } from 'vitest';
import { foldVietnamese, removeVietnameseDiacritics } from '../src/index';

describe('removeVietnameseDiacritics', () => {
  it('keeps the letters and their case when only diacritics are removed', () => {
    expect(removeVietnameseDiacritics('Sa Pa, Bảo Yên, Lào Cai')).toBe('Sa Pa, Bao Yen, Lao Cai');
    expect(removeVietnameseDiacritics('Đại hội đại biểu')).toBe('Dai hoi dai bieu');
  });
});

describe('foldVietnamese', () => {
  it('lower-cases and drops Vietnamese diacritics, đ and Đ included', () => {
    expect(foldVietnamese('Hội thảo ĐỔI MỚI sáng tạo ở Lào Cai')).toBe('hoi thao doi moi sang tao o lao cai');
    expect(foldVietnamese('Đại hội Hội Đông y')).toBe('dai hoi hoi dong y');
    expect(foldVietnamese('Hội thảo ĐÔNG Y tại Lào Cai')).toBe('hoi thao dong y tai lao cai');
  });

  it('treats composed and decomposed Unicode alike', () => {
    expect(foldVietnamese('Phản biện xã hội'.normalize('NFD'))).toBe(foldVietnamese('Phản biện xã hội'.normalize('NFC')));
  });

  it('turns punctuation into spaces and collapses whitespace', () => {
    expect(foldVietnamese('  Hội thảo:\n\t“Chuyển đổi số” – KH&CN, 2024–2029!  ')).toBe('hoi thao chuyen doi so kh cn 2024 2029');
  });

  it('keeps letters and digits of every script as parts of words, not as separators', () => {
    // Splitting on [^a-z0-9] cut "Øresund" to "resund" and dropped "北京" altogether.
    expect(foldVietnamese('Øresund, 北京 và Lào Cai')).toBe('øresund 北京 va lao cai');
  });

  it('gives empty text for text without letters or digits', () => {
    expect(foldVietnamese(' ?!… ')).toBe('');
  });
});
