import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as source from '../src/index';

/**
 * The cms requires the CommonJS build and the site imports the ES module build (package.json
 * "exports"): both must be there, current, and the same library. `pnpm test` builds them first.
 */
const require = createRequire(import.meta.url);

describe('the CommonJS and ES module builds', () => {
  it('export the same functions as the sources, through the package name', async () => {
    const commonJs = require('@lienhiep/vietnamese-text') as typeof source;
    const esModule = (await import('@lienhiep/vietnamese-text')) as typeof source;
    const names = Object.keys(source).sort();
    expect(Object.keys(commonJs).filter((name) => name !== '__esModule').sort()).toEqual(names);
    expect(Object.keys(esModule).sort()).toEqual(names);
    expect(commonJs.foldVietnamese('Hội thảo Lào Cai')).toBe('hoi thao lao cai');
    expect(esModule.slugify('Hội thảo Lào Cai')).toBe('hoi-thao-lao-cai');
  });

  it('resolve to dist/cjs for require and dist/esm for import', () => {
    expect(require.resolve('@lienhiep/vietnamese-text')).toMatch(/dist[\\/]cjs[\\/]index\.js$/);
    expect(import.meta.resolve('@lienhiep/vietnamese-text')).toMatch(/dist\/esm\/index\.js$/);
  });
});
