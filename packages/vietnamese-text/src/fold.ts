/**
 * Vietnamese letters without their diacritics, case kept: "Đại hội Lào Cai" → "Dai hoi Lao Cai".
 * Tone marks and vowel marks are combining characters once the text is decomposed (NFD), so composed
 * and decomposed input give the same result; "đ"/"Đ" is a letter of its own and is mapped by hand.
 */
export function removeVietnameseDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Text as it is compared, stored (the cms's `searchText`) and typed (a visitor's query): lower case,
 * without diacritics, every run of characters that are neither letters nor digits (in any script)
 * turned into one space, no space at either end. "  Hội thảo: “KH&CN” 2024!" → "hoi thao kh cn 2024".
 * So every word is preceded by exactly one space or the start of the text (see ./words.ts).
 */
export function foldVietnamese(text: string): string {
  return removeVietnameseDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
