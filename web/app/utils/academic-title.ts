/** "PGS" + "TS" → "PGS.TS", the way Vietnamese titles are written before a name. */
export function academicPrefix(title?: string | null, degree?: string | null): string {
  return [title, degree].filter(Boolean).join('.');
}
