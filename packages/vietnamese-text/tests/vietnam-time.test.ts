import { describe, expect, it } from 'vitest';
import { addDays, formatVietnamDateTime, vietnamDate, vietnamLocalTimeToIso, vietnamMonth, vietnamTimeToIso, vietnamToday } from '../src/index';

describe('Vietnam time (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it('reads local times as UTC+7', () => {
    expect(vietnamLocalTimeToIso('2024-03-15T08:00')).toBe('2024-03-15T01:00:00.000Z');
    expect(vietnamLocalTimeToIso('2026-12-01T00:00:00')).toBe('2026-11-30T17:00:00.000Z');
    expect(vietnamTimeToIso('2024-03-15T08:00')).toBe('2024-03-15T01:00:00.000Z');
  });

  it('refuses text that is no local time', () => {
    expect(() => vietnamLocalTimeToIso('hôm qua')).toThrow(RangeError);
  });

  it('places relative dates after today in Vietnam, not in UTC', () => {
    const lateEveningUtc = new Date('2026-11-25T20:00:00Z'); // already 26/11 03:00 in Vietnam
    expect(vietnamToday(lateEveningUtc)).toBe('2026-11-26');
    expect(vietnamTimeToIso({ inDays: 10, time: '08:30' }, lateEveningUtc)).toBe('2026-12-06T01:30:00.000Z');
  });

  it('gives the calendar date and month in Vietnam of an instant', () => {
    expect(vietnamDate('2024-03-14T17:00:00Z')).toBe('2024-03-15');
    expect(vietnamDate('2024-03-14T16:59:59Z')).toBe('2024-03-14');
    expect(vietnamMonth(new Date('2026-11-30T18:00:00Z'))).toEqual({ year: 2026, month: 12 });
    expect(vietnamMonth('2026-12-31T17:00:00Z')).toEqual({ year: 2027, month: 1 });
  });

  it('writes an instant as dd/mm/yyyy HH:mm in Vietnam time', () => {
    expect(formatVietnamDateTime('2024-03-14T20:05:00Z')).toBe('15/03/2024 03:05');
    expect(formatVietnamDateTime(new Date('2026-12-31T16:59:00Z'))).toBe('31/12/2026 23:59');
    expect(() => formatVietnamDateTime('không phải ngày')).toThrow(RangeError);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
