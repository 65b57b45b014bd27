const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });

/** "2024-03-14T20:00:00Z" → "15/03/2024": the date in Vietnam, dd/mm/yyyy. */
export function formatVietnameseDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const parts = Object.fromEntries(dateFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** The machine-readable date for <time datetime="…">, as the calendar day in Vietnam. */
export function isoDateInVietnam(value: string | Date): string {
  const [day, month, year] = formatVietnameseDate(value).split('/');
  return `${year}-${month}-${day}`;
}
