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

/** The definition of folding (below), applied to any text. */
function foldText(text: string): string {
  return removeVietnameseDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What one character folds to: letters, '' (a removed mark) or ' ' (a separator). Filled as characters are met. */
const foldedCharacters = new Map<number, string>();

function foldedCharacter(code: number): string {
  let folded = foldedCharacters.get(code);
  if (folded === undefined) {
    const character = String.fromCharCode(code);
    const stripped = removeVietnameseDiacritics(character).toLowerCase();
    folded = stripped === '' ? '' : stripped.replace(/[^\p{L}\p{N}]+/gu, ' ');
    foldedCharacters.set(code, folded);
  }
  return folded;
}

/**
 * Characters folded one at a time with the same result as folding the whole text: ASCII, the Latin
 * letters (Vietnamese among them: U+00C0–U+024F, U+1E00–U+1EFF) and the combining diacritics. Every
 * other script goes through `foldText` (case and normalization rules that span characters).
 */
const isFoldedAlone = (code: number): boolean => code < 0x80 || (code >= 0xc0 && code <= 0x24f) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff);

/**
 * Text as it is compared, stored (the cms's `searchText`) and typed (a visitor's query): lower case,
 * without diacritics, every run of characters that are neither letters nor digits (in any script)
 * turned into one space, no space at either end. "  Hội thảo: “KH&CN” 2024!" → "hoi thao kh cn 2024".
 * So every word is preceded by exactly one space or the start of the text (see ./words.ts).
 *
 * Vietnamese text is folded a character at a time from a table (a search folds a thousand titles;
 * normalizing and three regular expressions per title took most of its time); the result is the
 * same as `foldText`'s, which every other text goes through (tested on random text).
 */
export function foldVietnamese(text: string): string {
  let folded = '';
  let separated = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isFoldedAlone(code)) return foldText(text);
    let piece: string;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) piece = text[index] as string;
    else if (code >= 0x41 && code <= 0x5a) piece = String.fromCharCode(code + 0x20);
    else if (code < 0x80) piece = ' ';
    else piece = foldedCharacter(code);
    for (const character of piece) {
      if (character === ' ') {
        separated = folded !== '';
        continue;
      }
      if (separated) folded += ' ';
      separated = false;
      folded += character;
    }
  }
  return folded;
}
