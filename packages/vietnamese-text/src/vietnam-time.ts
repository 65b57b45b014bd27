/**
 * Calendar arithmetic in Vietnam's time (Asia/Ho_Chi_Minh), which is UTC+7 all year: no daylight
 * saving time, so a fixed offset is exact and needs no time-zone database. Dates are "YYYY-MM-DD"
 * strings, instants are Dates or ISO strings.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_UTC_OFFSET = '+07:00';
const OFFSET_MS = 7 * 3600 * 1000;

/** Vietnam's wall clock at an instant, as a Date whose UTC fields read it. */
function vietnamWallClock(instant: Date | string | number): Date {
  return new Date(new Date(instant).getTime() + OFFSET_MS);
}

/** The calendar date in Vietnam at an instant: 2024-03-14T20:00:00Z → "2024-03-15". Throws a RangeError on an invalid instant. */
export function vietnamDate(instant: Date | string | number): string {
  return vietnamWallClock(instant).toISOString().slice(0, 10);
}

/** Today's date in Vietnam, "YYYY-MM-DD" (already tomorrow's in UTC from 17:00 UTC). */
export function vietnamToday(now: Date = new Date()): string {
  return vietnamDate(now);
}

/** The month in Vietnam at an instant (month 1–12). */
export function vietnamMonth(instant: Date | string | number = new Date()): { year: number; month: number } {
  const clock = vietnamWallClock(instant);
  return { year: clock.getUTCFullYear(), month: clock.getUTCMonth() + 1 };
}

/** A calendar date `days` later (or earlier, when negative): ("2026-12-31", 1) → "2027-01-01". */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * Vietnam's wall-clock time "YYYY-MM-DDTHH:mm" (or with ":ss") → the ISO instant:
 * "2024-03-15T08:00" → "2024-03-15T01:00:00.000Z". Throws a RangeError on text that is no such time.
 */
export function vietnamLocalTimeToIso(local: string): string {
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return new Date(`${withSeconds}${VIETNAM_UTC_OFFSET}`).toISOString();
}

/** A time of day some days from today in Vietnam: { inDays: 12, time: "08:00" }. */
export type RelativeVietnamTime = { inDays: number; time: string };

/**
 * A wall-clock time in Vietnam ("2024-03-15T08:00") or a time some days from today in Vietnam
 * ({ inDays: 12, time: "08:00" }, so that "upcoming" stays upcoming whenever it is read) → the ISO instant.
 */
export function vietnamTimeToIso(value: string | RelativeVietnamTime, now: Date = new Date()): string {
  if (typeof value === 'string') return vietnamLocalTimeToIso(value);
  return vietnamLocalTimeToIso(`${addDays(vietnamToday(now), value.inDays)}T${value.time}`);
}

/** An instant as Vietnamese read it, in Vietnam's time: 2024-03-14T20:05:00Z → "15/03/2024 03:05". Throws a RangeError on an invalid instant. */
export function formatVietnamDateTime(instant: Date | string | number): string {
  const iso = vietnamWallClock(instant).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}
