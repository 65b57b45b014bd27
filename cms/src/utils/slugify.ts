/**
 * URL slug from Vietnamese text: diacritics removed ("đ" → "d"), lower case, words joined by "-".
 * "Liên hiệp Hội Lào Cai tổng kết năm 2023" → "lien-hiep-hoi-lao-cai-tong-ket-nam-2023"
 */
export function removeVietnameseDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

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
