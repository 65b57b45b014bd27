import { describe, expect, it } from 'vitest';
import { formatVietnameseDate, isoDateInVietnam } from '~/utils/format-date';

describe('formatVietnameseDate', () => {
  it('writes dates as dd/mm/yyyy', () => {
    expect(formatVietnameseDate('2024-03-05T03:00:00Z')).toBe('05/03/2024');
  });

  it('uses the day in Vietnam (UTC+7), not in UTC', () => {
    expect(formatVietnameseDate('2024-03-14T18:30:00Z')).toBe('15/03/2024');
    expect(isoDateInVietnam('2024-12-31T17:00:00Z')).toBe('2025-01-01');
  });

  it('returns an empty string for missing or invalid dates', () => {
    expect(formatVietnameseDate(null)).toBe('');
    expect(formatVietnameseDate('không phải ngày')).toBe('');
  });
});
