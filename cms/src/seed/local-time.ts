import { vietnamTimeToIso, type RelativeVietnamTime } from '@lienhiep/vietnamese-text';

/**
 * A demo date (cms/data/*.json): Vietnam local time ("2024-03-15T08:00"), a time some days after
 * the seed runs ({ inDays: 12, time: "08:00" }, so upcoming demo events stay upcoming), or none.
 */
export type DemoTime = string | RelativeVietnamTime | null | undefined;

/** The ISO instant of a demo date; null when there is none. */
export function toInstant(value: DemoTime, now: Date = new Date()): string | null {
  return value == null ? null : vietnamTimeToIso(value, now);
}
