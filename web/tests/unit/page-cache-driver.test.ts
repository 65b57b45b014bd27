import { describe, expect, it } from 'vitest';
import { createPageCacheDriver } from '../../server/utils/page-cache-driver';

describe('createPageCacheDriver', () => {
  it('counts bytes, not entries: many pages push out the least recently used ones, never beyond the bound', () => {
    const driver = createPageCacheDriver(10_000);
    const page = 'ệ'.repeat(500); // 1,500 bytes in UTF-8
    for (let i = 0; i < 20; i += 1) driver.setItem!(`nitro:routes:page-${i}`, page, {});
    expect(driver.sizeInBytes()).toBeLessThanOrEqual(10_000);
    expect(driver.hasItem('nitro:routes:page-0', {})).toBe(false);
    expect(driver.hasItem('nitro:routes:page-19', {})).toBe(true);
    expect((driver.getKeys('', {}) as string[]).length).toBeLessThan(20);
  });

  it('refuses a single entry larger than a quarter of the store instead of emptying it', () => {
    const driver = createPageCacheDriver(10_000);
    driver.setItem!('nitro:routes:home', 'a'.repeat(1000), {});
    driver.setItem!('nitro:routes:huge', 'b'.repeat(3000), {});
    expect(driver.hasItem('nitro:routes:huge', {})).toBe(false);
    expect(driver.getItem('nitro:routes:home', {})).toBe('a'.repeat(1000));
  });
});
