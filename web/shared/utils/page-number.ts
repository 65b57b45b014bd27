/** No list on the portal comes near this many pages: anything beyond is refused without asking the CMS. */
export const MAX_PAGE_NUMBER = 10_000;

/**
 * The page number in ?trang=…: 1 when absent or empty; null when it is not a sane page number
 * (not a plain positive integer, a leading zero, or beyond MAX_PAGE_NUMBER). A null page is a 404.
 */
export function parsePageNumber(value: unknown): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null || raw === '') return 1;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,4}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE_NUMBER ? page : null;
}
