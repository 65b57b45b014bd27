import { removeVietnameseDiacritics } from './fold.js';

/**
 * URL slug from Vietnamese text: diacritics removed ("đ" → "d"), lower case, words of ASCII letters
 * and digits joined by "-", at most `maxLength` characters, cut at a word boundary when one is not too
 * far back. "Liên hiệp Hội Lào Cai tổng kết năm 2023" → "lien-hiep-hoi-lao-cai-tong-ket-nam-2023".
 * ASCII only, unlike ./fold.ts: Strapi's uid fields accept nothing else, and URLs stay readable.
 */
export function slugify(text: string, maxLength = 200): string {
  const slug = removeVietnameseDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}
