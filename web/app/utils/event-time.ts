import { formatVietnameseDate } from './format-date';

const VIETNAM = 'Asia/Ho_Chi_Minh';
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM, hour: '2-digit', minute: '2-digit', hour12: false });
const weekdayFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM, weekday: 'long' });

/** "08:00" in Vietnam time. */
export function formatVietnameseTime(value: string | Date): string {
  return timeFormat.format(new Date(value)).replace(/\s/g, '');
}

/** "Thứ Sáu, 15/03/2024" */
export function formatVietnameseWeekdayDate(value: string | Date): string {
  const weekday = weekdayFormat.format(new Date(value));
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${formatVietnameseDate(value)}`;
}

/**
 * When an event takes place, in Vietnamese: "08:00, 15/03/2024", "08:00–11:30, 15/03/2024",
 * "08:00, 15/03/2024 – 17:00, 16/03/2024", or "15/03/2024 (cả ngày)".
 */
export function formatEventTime(startAt: string, endAt?: string | null, allDay = false): string {
  const startDate = formatVietnameseDate(startAt);
  if (allDay) {
    const endDate = endAt ? formatVietnameseDate(endAt) : startDate;
    return endDate === startDate ? `${startDate} (cả ngày)` : `${startDate} – ${endDate} (cả ngày)`;
  }
  const start = `${formatVietnameseTime(startAt)}, ${startDate}`;
  if (!endAt) return start;
  const endDate = formatVietnameseDate(endAt);
  if (endDate === startDate) return `${formatVietnameseTime(startAt)}–${formatVietnameseTime(endAt)}, ${startDate}`;
  return `${start} – ${formatVietnameseTime(endAt)}, ${endDate}`;
}
