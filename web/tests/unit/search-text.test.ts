import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesQuery, vietnameseCollator } from '~/utils/search-text';

describe('foldVietnamese', () => {
  it('removes diacritics, đ included, and lower-cases', () => {
    expect(foldVietnamese('Hội thảo ĐÔNG Y tại Lào Cai')).toBe('hoi thao dong y tai lao cai');
  });

  it('treats composed and decomposed text alike', () => {
    expect(foldVietnamese('Phản biện'.normalize('NFD'))).toBe(foldVietnamese('Phản biện'.normalize('NFC')));
  });
});

describe('matchesQuery', () => {
  it('finds text typed without diacritics, in any word order', () => {
    expect(matchesQuery('Hội Y học tỉnh Lào Cai', 'lao cai y hoc')).toBe(true);
    expect(matchesQuery('Hội Y học tỉnh Lào Cai', 'duoc')).toBe(false);
  });

  it('matches the start of words, so "hoi" does not find "thời" or "khởi"', () => {
    expect(matchesQuery('Thời sự khởi sắc', 'hoi')).toBe(false);
    expect(matchesQuery('Hội thảo', 'hoi tha')).toBe(true);
  });
});

describe('vietnameseCollator', () => {
  it('sorts Đ right after D, as Vietnamese readers expect', () => {
    expect(['Hội Y học', 'Hội Đông y', 'Hội Dược học', 'Hội Điều dưỡng'].sort(vietnameseCollator.compare)).toEqual(['Hội Dược học', 'Hội Điều dưỡng', 'Hội Đông y', 'Hội Y học']);
  });
});
