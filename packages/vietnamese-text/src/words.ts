import { foldVietnamese } from './fold.js';

/** The words of a text, folded (./fold.ts): "Hội thảo: KH&CN" → ["hoi", "thao", "kh", "cn"]. */
export function foldedWords(text: string): string[] {
  const folded = foldVietnamese(text);
  return folded === '' ? [] : folded.split(' ');
}

// Folded text has single spaces between words and none at the ends, so " " + word marks a word start.

/** Whether `fragment` begins a word of `folded` (both folded): "hoi" begins a word of "hoi thao", not of "thoi gian". */
export function startsAWord(folded: string, fragment: string): boolean {
  // Without copying `folded` (a document's whole text when searching).
  return folded.startsWith(fragment) || folded.includes(` ${fragment}`);
}

/** Whether `fragment` is a whole word, or run of whole words, of `folded` (both folded). */
export function isAWord(folded: string, fragment: string): boolean {
  return folded === fragment || folded.startsWith(`${fragment} `) || folded.endsWith(` ${fragment}`) || folded.includes(` ${fragment} `);
}

/**
 * Whether every one of `fragments` begins a word of `folded` (all folded), in any order. Word starts,
 * not substrings: without diacritics "hoi" is inside "thoi" (thời), "khoi" (khởi) and "choi" (chơi).
 */
export function everyStartsAWord(folded: string, fragments: readonly string[]): boolean {
  return fragments.every((fragment) => startsAWord(folded, fragment));
}

/**
 * Whether every word typed begins a word of the text, ignoring case, diacritics and punctuation:
 * "lao cai y hoc" matches "Hội Y học tỉnh Lào Cai"; "hoi" does not match "Thời sự khởi sắc".
 */
export function matchesWordStarts(text: string, query: string): boolean {
  return everyStartsAWord(foldVietnamese(text), foldedWords(query));
}
