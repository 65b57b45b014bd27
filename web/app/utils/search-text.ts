/** Lower case without Vietnamese diacritics ("Lào Cai" → "lao cai"), for matching typed queries. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does every word of the query appear in the text, ignoring case and diacritics? */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return foldVietnamese(query).split(' ').filter(Boolean).every((word) => haystack.includes(word));
}

/** Vietnamese alphabetical order (Đ after D, tones in order). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base' });
