import { describe, expect, it } from 'vitest';
import { formatEventTime, formatVietnameseWeekdayDate } from '~/utils/event-time';
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

  it('names the weekday once, before its date, when asked (the event page)', () => {
    expect(formatEventTime('2026-12-05T01:00:00Z', '2026-12-05T09:30:00Z', false, { weekday: true })).toBe('08:00–16:30, Thứ Bảy, 05/12/2026');
    expect(formatEventTime('2026-12-05T01:00:00Z', '2026-12-06T10:00:00Z', false, { weekday: true })).toBe('08:00, Thứ Bảy, 05/12/2026 – 17:00, Chủ nhật, 06/12/2026');
    expect(formatEventTime('2026-12-04T17:00:00Z', null, true, { weekday: true })).toBe('Thứ Bảy, 05/12/2026 (cả ngày)');
    expect(formatEventTime('2026-12-04T17:00:00Z', '2026-12-06T16:59:00Z', true, { weekday: true })).toBe('Thứ Bảy, 05/12/2026 – Chủ nhật, 06/12/2026 (cả ngày)');
  });

  it('writes Sunday "Chủ nhật" and the other weekdays "Thứ Hai" … "Thứ Bảy"', () => {
    const days = [30, 1, 2, 3, 4, 5, 6].map((day, i) => formatVietnameseWeekdayDate(`2026-${i === 0 ? '11' : '12'}-${String(day).padStart(2, '0')}T05:00:00Z`).split(',')[0]);
    expect(days).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']);
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
