import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canonicalPageQuery } from '#shared/utils/page-query';
import { parseWidgetQuery } from '#shared/utils/widget-query';

describe('the partners widget', () => {
  it('reads so-tin (1–20, 5 by default), hoi and chuyen-muc', () => {
    expect(parseWidgetQuery(new URLSearchParams(''))).toEqual({ ok: true, query: { count: 5, association: null, category: null } });
    expect(parseWidgetQuery(new URLSearchParams('so-tin=20&hoi=hoi-tin-hoc&chuyen-muc=hoat-dong'))).toEqual({ ok: true, query: { count: 20, association: 'hoi-tin-hoc', category: 'hoat-dong' } });
    for (const bad of ['so-tin=0', 'so-tin=21', 'so-tin=1e1', 'so-tin=-3', 'hoi=%3Cscript%3E', 'chuyen-muc=A B', `hoi=${'a'.repeat(101)}`]) {
      const result = parseWidgetQuery(new URLSearchParams(bad));
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/\. [A-Z].*\.$/);
    }
  });

  it('is cached under one canonical URL per valid query; an invalid one is never stored', () => {
    expect(canonicalPageQuery('/widget/tin-moi.json', new URLSearchParams('so-tin=5&utm_source=x&chuyen-muc=a&hoi=b'))).toEqual({ search: '?hoi=b&chuyen-muc=a', cacheable: true });
    expect(canonicalPageQuery('/widget/tin-moi.json', new URLSearchParams('so-tin=99'))).toEqual({ search: '?so-tin=99', cacheable: false });
    expect(canonicalPageQuery('/widget/tin-moi.js', new URLSearchParams('v=2'))).toEqual({ search: '', cacheable: true });
  });

  it('stays a few kilobytes (gzip budget 4 KB; measured 2.2 KB)', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'widget', 'tin-moi.js'));
    expect(gzipSync(source).length).toBeLessThan(4 * 1024);
    // No way for text to become markup: no innerHTML, outerHTML, insertAdjacentHTML or document.write.
    expect(source.toString()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
