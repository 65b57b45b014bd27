/** "PGS" + "TS" → "PGS.TS", the way Vietnamese titles are written before a name. */
export function academicPrefix(title?: string | null, degree?: string | null): string {
  return [title, degree].filter(Boolean).join('.');
}

/**
 * "PGS.TS Cao Minh Tuấn", "TS Bùi Thị Ngọc Ánh", or the name alone: the one way a person's name is
 * shown, as one string (a space between markup pieces was dropped by Vue's whitespace condensing:
 * "TSBùi Thị Ngọc Ánh").
 */
export function honorificName(person: { fullName: string; academicTitle?: string | null; degree?: string | null }): string {
  return [academicPrefix(person.academicTitle, person.degree), person.fullName].filter(Boolean).join(' ');
}
