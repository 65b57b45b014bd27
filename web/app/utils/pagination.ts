export type PageLink = { page: number; current: boolean } | { gap: true };

/** Page numbers to show: first, last, and a window around the current page, with gaps. */
export function pageLinks(current: number, pageCount: number, around = 1): PageLink[] {
  if (pageCount <= 1) return [];
  const pages = new Set<number>([1, pageCount]);
  for (let p = current - around; p <= current + around; p += 1) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((page, i) => {
    if (i > 0 && page - (sorted[i - 1] ?? page) > 1) links.push({ gap: true });
    links.push({ page, current: page === current });
  });
  return links;
}
