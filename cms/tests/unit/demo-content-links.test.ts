import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The demo content (cms/data) links to the portal's own pages by path ("/so-do-to-chuc"), never to
 * a stand-in copy of them on example.vn (the placeholder host for other organisations' sites), and
 * every such path leads to a record the seed creates.
 */
const dataDir = join(__dirname, '..', '..', 'data');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const slugs = (file: string) => new Set(read<Array<{ slug: string }>>(file).map((record) => record.slug));

const pages = slugs('pages.json');
const ownPaths: Record<string, Set<string> | null> = {
  'tin-tuc': slugs('articles.json'),
  'su-kien': slugs('events.json'),
  'hoi-thanh-vien': slugs('associations.json'),
  'tri-thuc-tieu-bieu': slugs('intellectuals.json'),
};

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const links = readdirSync(dataDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => strings(read(file)).flatMap((text) => [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => ({ file, url: match[1]! }))));

/** Does `path` ("/su-kien/x", "/gioi-thieu") name a page of the portal? Known: whether that page exists. */
function portalPage(path: string): { portal: boolean; exists: boolean } {
  const [section, slug, ...rest] = path.replace(/^\/|\/$/g, '').split('/');
  if (section && section in ownPaths) return { portal: true, exists: rest.length === 0 && (slug === undefined || ownPaths[section]!.has(slug)) };
  return { portal: pages.has(section ?? ''), exists: slug === undefined && pages.has(section ?? '') };
}

describe('links in the demo content', () => {
  it('has some to check', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  it("point at the portal's own pages by path, not at example.vn", () => {
    const strayed = links.filter(({ url }) => /^https?:\/\/example\.vn\//.test(url) && portalPage(new URL(url).pathname).portal);
    expect(strayed).toEqual([]);
  });

  it('by path, lead to a page the seed creates', () => {
    const broken = links.filter(({ url }) => url.startsWith('/') && !portalPage(url).exists);
    expect(broken).toEqual([]);
    expect(links.filter(({ url }) => url.startsWith('/')).map(({ url }) => url)).toEqual(expect.arrayContaining(['/so-do-to-chuc', '/chuc-nang-nhiem-vu']));
  });
});
