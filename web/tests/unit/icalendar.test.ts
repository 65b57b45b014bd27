import { describe, expect, it } from 'vitest';
import { escapeICalendarText, foldLine, renderICalendar } from '../../server/utils/icalendar';

const event = { uid: 'abc@lienhiep-laocai', title: 'Hội thảo', startAt: '2026-12-01T02:00:00.000Z', endAt: null, allDay: false, url: 'http://localhost:3000/su-kien/hoi-thao', updatedAt: '2026-11-01T00:00:00.000Z' };

describe('escapeICalendarText', () => {
  it('turns every kind of line break into the escaped \\n', () => {
    expect(escapeICalendarText('a\r\nb\rc\nd\u2028e\u2029f\u0085g')).toBe('a\\nb\\nc\\nd\\ne\\nf\\ng');
  });

  it('escapes backslash, semicolon and comma and drops other control characters', () => {
    expect(escapeICalendarText('a\\b;c,d\u0007e\u000Bf')).toBe('a\\\\b\\;c\\,def');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a Vietnamese character', () => {
    const line = `LOCATION:${'Hội trường Ủy ban nhân dân tỉnh Lào Cai, '.repeat(4)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, i) => {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    });
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

describe('renderICalendar', () => {
  it('keeps a venue with a lone CR on one LOCATION line: no raw CR or LF outside the CRLF line ends', () => {
    const ics = renderICalendar({ ...event, venue: 'Hội trường A\rTầng 2', summary: 'Dòng 1\nDòng 2' });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('LOCATION:Hội trường A\\nTầng 2\r\n');
    expect(ics.split('\r\n').filter((line) => line.startsWith('BEGIN:VEVENT'))).toHaveLength(1);
  });
});
