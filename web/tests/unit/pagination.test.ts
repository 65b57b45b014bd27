import { describe, expect, it } from 'vitest';
import { pageLinks } from '~/utils/pagination';

describe('pageLinks', () => {
  it('shows nothing for a single page', () => {
    expect(pageLinks(1, 1)).toEqual([]);
  });

  it('shows first, last and the pages around the current one, with gaps', () => {
    const links = pageLinks(5, 10).map((link) => ('gap' in link ? '…' : link.current ? `[${link.page}]` : String(link.page)));
    expect(links).toEqual(['1', '…', '4', '[5]', '6', '…', '10']);
  });

  it('has no gap where pages are adjacent', () => {
    const links = pageLinks(2, 4).map((link) => ('gap' in link ? '…' : String(link.page)));
    expect(links).toEqual(['1', '2', '3', '4']);
  });
});
