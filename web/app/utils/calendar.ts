import { vietnamLocalTimeToIso, vietnamMonth } from '@lienhiep/vietnamese-text';

/** A month grid (weeks starting Monday) in Vietnam time, for the events calendar. */
export type CalendarDay = { date: string; day: number; inMonth: boolean };

/** "2026-12" → { year: 2026, month: 12 }; anything invalid → the month of `today` (Vietnam time). */
export function parseMonth(value: unknown, today: Date = new Date()): { year: number; month: number } {
  const match = typeof value === 'string' ? value.match(/^(\d{4})-(\d{2})$/) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month >= 1 && month <= 12 && year >= 2000 && year <= 2100) return { year, month };
  }
  return vietnamMonth(today);
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first instant of the month and of the next month, in Vietnam time (UTC+7), as ISO strings. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const next = shiftMonth(year, month, 1);
  const iso = (y: number, m: number) => vietnamLocalTimeToIso(`${monthKey(y, m)}-01T00:00`);
  return { from: iso(year, month), to: iso(next.year, next.month) };
}

export function calendarWeeks(year: number, month: number): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7; // Monday = 0
  const start = new Date(first);
  start.setUTCDate(1 - offset);
  const weeks: CalendarDay[][] = [];
  const cursor = new Date(start);
  do {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ date: cursor.toISOString().slice(0, 10), day: cursor.getUTCDate(), inMonth: cursor.getUTCMonth() === month - 1 });
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  } while (cursor.getUTCMonth() === month - 1);
  return weeks;
}
