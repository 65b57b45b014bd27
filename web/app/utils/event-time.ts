import { formatVietnameseDate } from './format-date';

const VIETNAM = 'Asia/Ho_Chi_Minh';
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM, hour: '2-digit', minute: '2-digit', hour12: false });
const weekdayFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM, weekday: 'long' });

/** "08:00" in Vietnam time. */
export function formatVietnameseTime(value: string | Date): string {
  return timeFormat.format(new Date(value)).replace(/\s/g, '');
}

/**
 * "Thứ Sáu", "Chủ nhật": the weekday as Vietnamese writes it ("Thứ" and its number capitalised,
 * "Chủ nhật" as one common noun; Intl gives "Chủ Nhật").
 */
export function vietnameseWeekday(value: string | Date): string {
  const weekday = weekdayFormat.format(new Date(value));
  return /^chủ nhật$/i.test(weekday) ? 'Chủ nhật' : weekday.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** "Thứ Sáu, 15/03/2024" */
export function formatVietnameseWeekdayDate(value: string | Date): string {
  return `${vietnameseWeekday(value)}, ${formatVietnameseDate(value)}`;
}

/**
 * When an event takes place, in Vietnamese: "08:00, 15/03/2024", "08:00–11:30, 15/03/2024",
 * "08:00, 15/03/2024 – 17:00, 16/03/2024", or "15/03/2024 (cả ngày)". With `weekday`, each date
 * carries its weekday, once: "08:00–16:30, Thứ Bảy, 05/12/2026".
 */
export function formatEventTime(startAt: string, endAt?: string | null, allDay = false, options: { weekday?: boolean } = {}): string {
  const date = options.weekday ? formatVietnameseWeekdayDate : formatVietnameseDate;
  const sameDay = !endAt || formatVietnameseDate(endAt) === formatVietnameseDate(startAt);
  if (allDay) return sameDay ? `${date(startAt)} (cả ngày)` : `${date(startAt)} – ${date(endAt!)} (cả ngày)`;
  const start = `${formatVietnameseTime(startAt)}, ${date(startAt)}`;
  if (!endAt) return start;
  if (sameDay) return `${formatVietnameseTime(startAt)}–${formatVietnameseTime(endAt)}, ${date(startAt)}`;
  return `${start} – ${formatVietnameseTime(endAt)}, ${date(endAt)}`;
}
