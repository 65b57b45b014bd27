/** Vietnam (Asia/Ho_Chi_Minh) is UTC+7 all year: no daylight saving time. */
const VIETNAM_OFFSET = '+07:00';

export type RelativeTime = { inDays: number; time: string };
export type DemoTime = string | RelativeTime | null | undefined;

/** Today's date in Vietnam as YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * "2024-03-15T08:00" (Vietnam local time) → ISO instant; { inDays: 12, time: "08:00" } → that time,
 * 12 days after today in Vietnam, so upcoming demo events stay upcoming whenever the seed runs.
 */
export function toInstant(value: DemoTime, now: Date = new Date()): string | null {
  if (value == null) return null;
  if (typeof value === 'string') {
    const local = value.length === 16 ? `${value}:00` : value;
    return new Date(`${local}${VIETNAM_OFFSET}`).toISOString();
  }
  const day = new Date(`${vietnamToday(now)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + value.inDays);
  return new Date(`${day.toISOString().slice(0, 10)}T${value.time}:00${VIETNAM_OFFSET}`).toISOString();
}
