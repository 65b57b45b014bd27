/**
 * Object levels in a parsed JSON or query-string value (arrays add none). Counting stops once past
 * `max`, so a value nested thousands deep costs no more than one nested `max + 1` deep.
 */
export function jsonDepth(value: unknown, max: number): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map((item) => jsonDepth(item, max)));
  if (!value || typeof value !== 'object') return 0;
  if (max < 0) return 1;
  return 1 + Math.max(0, ...Object.values(value).map((item) => jsonDepth(item, max - 1)));
}
