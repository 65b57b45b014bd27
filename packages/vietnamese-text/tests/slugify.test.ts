import { describe, expect, it } from 'vitest';
import { slugify } from '../src/index';

describe('slugify (Vietnamese titles to URL slugs)', () => {
  it('drops diacritics and joins words with dashes', () => {
    expect(slugify('Liên hiệp Hội Lào Cai tổng kết năm 2023')).toBe('lien-hiep-hoi-lao-cai-tong-ket-nam-2023');
  });

  it('turns đ and Đ into d', () => {
    expect(slugify('Đại hội đại biểu Hội Đông y')).toBe('dai-hoi-dai-bieu-hoi-dong-y');
  });

  it('handles composed and decomposed Unicode alike', () => {
    expect(slugify('Tư vấn, phản biện'.normalize('NFD'))).toBe(slugify('Tư vấn, phản biện'.normalize('NFC')));
    expect(slugify('Tư vấn, phản biện và giám định xã hội')).toBe('tu-van-phan-bien-va-giam-dinh-xa-hoi');
  });

  it('removes punctuation and never starts or ends with a dash', () => {
    expect(slugify(' — "Hội thảo": cây cảnh & cây bóng mát! ')).toBe('hoi-thao-cay-canh-cay-bong-mat');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Hội nghị '.repeat(40), 60);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('hoi-nghi-hoi-nghi')).toBe(true);
  });
});
