import { addDays, vietnamDate } from '@lienhiep/vietnamese-text';

/** iCalendar (RFC 5545) for one event: times in UTC, all-day events as DATE values in Vietnam's calendar. */
export type CalendarEvent = { uid: string; title: string; summary?: string | null; startAt: string; endAt?: string | null; allDay: boolean; venue?: string | null; url: string; updatedAt?: string | null };

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped; every line break (CRLF,
 * a lone CR or LF, NEL, U+2028/U+2029) becomes the two characters \n, so nothing an editor types can
 * end the property line or start a new one; other control characters (not allowed in TEXT) dropped.
 */
export function escapeICalendarText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

const utcStamp = (value: string) => new Date(value).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** A DATE value: the calendar day in Vietnam, plus some days (DTEND of an all-day event is the day after). */
const icalendarDate = (value: string, plusDays = 0) => addDays(vietnamDate(value), plusDays).replace(/-/g, '');

/** Lines longer than 75 octets are folded (RFC 5545 §3.1): CRLF and one space, never inside a character. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function renderICalendar(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lien hiep Hoi Lao Cai//Cong thong tin//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.updatedAt ?? new Date().toISOString())}`,
    ...(event.allDay
      ? [`DTSTART;VALUE=DATE:${icalendarDate(event.startAt)}`, `DTEND;VALUE=DATE:${icalendarDate(event.endAt ?? event.startAt, 1)}`]
      : [`DTSTART:${utcStamp(event.startAt)}`, ...(event.endAt ? [`DTEND:${utcStamp(event.endAt)}`] : [])]),
    `SUMMARY:${escapeICalendarText(event.title)}`,
    ...(event.summary ? [`DESCRIPTION:${escapeICalendarText(`${event.summary}\n${event.url}`)}`] : [`DESCRIPTION:${escapeICalendarText(event.url)}`]),
    ...(event.venue ? [`LOCATION:${escapeICalendarText(event.venue)}`] : []),
    `URL:${event.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
