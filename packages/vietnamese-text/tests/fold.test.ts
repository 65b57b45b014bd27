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

describe('foldVietnamese on random text', () => {
  // The table-driven folding must give exactly what the definition gives (normalize, strip, lower-case, split).
  const definition = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const alphabet = [
    ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY0123456789',
    ...'áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
    ...'ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ',
    ...' \t\n,.;:!?“”"\'()[]–-—&/%×÷ßİıØøÆæŒœǅǈ\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b',
    ...'北京ΣσςАБВ🙂',
  ];
  let seed = 20261127;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  it('equals the definition on 5,000 random strings of Vietnamese, Latin, marks, punctuation and other scripts', () => {
    for (let run = 0; run < 5000; run += 1) {
      const length = Math.floor(random() * 40);
      let text = '';
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const form of [text, text.normalize('NFC'), text.normalize('NFD')]) expect(foldVietnamese(form)).toBe(definition(form));
    }
  });
});
