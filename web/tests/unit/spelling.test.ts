import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One spelling for the portal's own words: the site's interface (web/app, web/server, web/shared) and
 * the demo content and seed (cms/data, cms/src).
 *
 * Tone marks on the open syllables "oa", "oe", "uy" sit on the first vowel: "hòa", "họa", "khỏe",
 * "thủy", "Thúy" (not "hoà", "hoạ", "khoẻ", "thuỷ", "Thuý"). Both placements are correct Vietnamese;
 * this one is what the union's documents, the news and most government portals write, and what most
 * of this portal's text already used. With a final consonant the mark goes on the second vowel in
 * either style ("hoàn", "khuyến"), and after "q" the "u" belongs to the consonant ("quý"): neither is
 * checked. The union's short name is "Liên hiệp Hội Lào Cai".
 */
const repo = join(__dirname, '..', '..', '..');
const roots = ['web/app', 'web/server', 'web/shared', 'cms/data', 'cms/src'];
const skipped = new Set(['node_modules', 'generated', '.nuxt', '.output', 'dist']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skipped.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(vue|ts|mjs|js|json|md|css)$/.test(name) ? [path] : [];
  });
}

/** "hoạ", "khoẻ", "thuỷ": a mark on the second vowel of an open oa/oe/uy syllable (not after q). */
const SECOND_VOWEL_MARK = /(?<![\p{L}\p{M}])\p{L}*?(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/giu;
const OTHER_SHORT_NAME = /Liên hiệp Lào Cai/g;

const texts = roots.flatMap((root) => files(join(repo, root))).map((path) => ({ path: relative(repo, path), text: readFileSync(path, 'utf8').normalize('NFC') }));

describe('the spelling of the portal’s text', () => {
  it('reads the interface and the demo content', () => {
    expect(texts.some((file) => file.path.startsWith('cms/data/'))).toBe(true);
    expect(texts.some((file) => file.path.endsWith('.vue'))).toBe(true);
  });

  it('finds a mark on the second vowel when there is one (the check itself)', () => {
    expect('Ảnh minh hoạ, hoà bình, khoẻ, thuỷ lợi, Thuý'.match(SECOND_VOWEL_MARK)).toEqual(['hoạ', 'hoà', 'khoẻ', 'thuỷ', 'Thuý']);
    expect('Ảnh minh họa, hòa bình, khỏe, thủy lợi, Thúy, quý, hoàn thành, khuyến nông'.match(SECOND_VOWEL_MARK)).toBeNull();
  });

  it('puts tone marks on the first vowel of open oa, oe and uy ("hòa", "họa", "khỏe", "thủy")', () => {
    const found = texts.flatMap((file) => [...file.text.matchAll(SECOND_VOWEL_MARK)].map((match) => `${file.path}: ${match[0]}`));
    expect(found).toEqual([]);
  });

  it('names the union "Liên hiệp Hội Lào Cai" everywhere', () => {
    const found = texts.flatMap((file) => [...file.text.matchAll(OTHER_SHORT_NAME)].map((match) => `${file.path}: ${match[0]}`));
    expect(found).toEqual([]);
  });
});
