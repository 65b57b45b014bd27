import { toInstant, vietnamToday } from '../../src/seed/local-time';

describe('demo dates in Asia/Ho_Chi_Minh time', () => {
  it('reads local times as UTC+7', () => {
    expect(toInstant('2024-03-15T08:00')).toBe('2024-03-15T01:00:00.000Z');
  });

  it('places relative dates after today in Vietnam, not in UTC', () => {
    const lateEveningUtc = new Date('2026-11-25T20:00:00Z'); // already 26/11 03:00 in Vietnam
    expect(vietnamToday(lateEveningUtc)).toBe('2026-11-26');
    expect(toInstant({ inDays: 10, time: '08:30' }, lateEveningUtc)).toBe('2026-12-06T01:30:00.000Z');
  });

  it('keeps empty values empty', () => {
    expect(toInstant(null)).toBeNull();
    expect(toInstant(undefined)).toBeNull();
  });
});
