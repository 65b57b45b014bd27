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

/**
 * Does every word of the query start a word of the text, ignoring case and diacritics?
 * Word starts, not substrings: without diacritics "hoi" is inside "thoi" (thời) and "khoi" (khởi).
 */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldVietnamese(text).split(/[^a-z0-9]+/).filter(Boolean);
  return foldVietnamese(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .every((typed) => words.some((word) => word.startsWith(typed)));
}

/** Vietnamese alphabetical order (Đ after D, tones in order). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base' });
