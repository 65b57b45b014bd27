import { dateFromDatabase } from '../../src/database/table-columns';

describe('a datetime read from the database', () => {
  const instant = new Date('2026-11-27T03:04:05.678Z');

  it('is the same instant whichever way the database gives it', () => {
    expect(dateFromDatabase(instant)).toEqual(instant); // PostgreSQL
    expect(dateFromDatabase(instant.getTime())).toEqual(instant); // SQLite: epoch milliseconds
    expect(dateFromDatabase(String(instant.getTime()))).toEqual(instant); // … or those digits as text
    expect(dateFromDatabase('2026-11-27T03:04:05.678Z')).toEqual(instant); // … or ISO text
  });

  it('is null when there is none, or it is not a date', () => {
    expect(dateFromDatabase(null)).toBeNull();
    expect(dateFromDatabase(undefined)).toBeNull();
    expect(dateFromDatabase('')).toBeNull();
    expect(dateFromDatabase('không phải ngày')).toBeNull();
  });
});
