import { describe, expect, it } from 'vitest';
import { formatEventTime } from '~/utils/event-time';
import { calendarWeeks, monthRange, parseMonth } from '~/utils/calendar';

describe('formatEventTime (Asia/Ho_Chi_Minh)', () => {
  it('writes one-day events as a time range on one date', () => {
    expect(formatEventTime('2024-03-15T01:00:00Z', '2024-03-15T04:30:00Z')).toBe('08:00–11:30, 15/03/2024');
  });

  it('writes events over several days with both ends', () => {
    expect(formatEventTime('2024-03-15T01:00:00Z', '2024-03-16T10:00:00Z')).toBe('08:00, 15/03/2024 – 17:00, 16/03/2024');
  });

  it('writes all-day events without times, on the Vietnamese calendar day', () => {
    expect(formatEventTime('2024-03-14T17:00:00Z', null, true)).toBe('15/03/2024 (cả ngày)');
  });
});

describe('the month calendar', () => {
  it('reads ?thang=YYYY-MM and falls back to the current month in Vietnam', () => {
    expect(parseMonth('2026-12')).toEqual({ year: 2026, month: 12 });
    expect(parseMonth('2026-13', new Date('2026-11-30T18:00:00Z'))).toEqual({ year: 2026, month: 12 });
  });

  it('starts weeks on Monday and covers the whole month', () => {
    const weeks = calendarWeeks(2026, 12);
    expect(weeks[0]![0]!.date).toBe('2026-11-30');
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(31);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('bounds a month by Vietnam midnight', () => {
    expect(monthRange(2026, 12)).toEqual({ from: '2026-11-30T17:00:00.000Z', to: '2026-12-31T17:00:00.000Z' });
  });
});
