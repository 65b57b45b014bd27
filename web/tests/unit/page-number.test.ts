import { describe, expect, it } from 'vitest';
import { MAX_PAGE_NUMBER, parsePageNumber } from '#shared/utils/page-number';

describe('parsePageNumber', () => {
  it('reads ?trang=N and treats an absent or empty parameter as page 1', () => {
    expect(parsePageNumber('3')).toBe(3);
    expect(parsePageNumber(['2', '5'])).toBe(2);
    expect(parsePageNumber(undefined)).toBe(1);
    expect(parsePageNumber('')).toBe(1);
    expect(parsePageNumber(String(MAX_PAGE_NUMBER))).toBe(MAX_PAGE_NUMBER);
  });

  it('refuses anything that is not a sane page number (the page then answers 404)', () => {
    for (const value of ['0', '-4', 'abc', '1.5', '2e3', '02', ' 2', '2147483648', String(MAX_PAGE_NUMBER + 1), '99999999999999999999']) {
      expect({ value, page: parsePageNumber(value) }).toEqual({ value, page: null });
    }
  });
});
