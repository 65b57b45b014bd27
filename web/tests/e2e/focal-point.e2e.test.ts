import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { ADMIN, CMS_URL, startPortal, stopPortal, WEB_URL, type Portal } from './support/portal';

/**
 * The focal point an editor sets in the media library (issue 11), through the real admin API of the
 * built CMS and the built site in Debian's Chromium: the card's crop moves to it once the media
 * update has purged the site's cache, and the article is shared as a 1200 × 630 crop around it.
 */
let portal: Portal | undefined;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await stopPortal(portal);
});

type UploadFile = { id: number; url: string; focalPoint: unknown };

async function adminToken(): Promise<string> {
  const login = await fetch(`${CMS_URL}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  return ((await login.json()) as { data: { token: string } }).data.token;
}

describe('the focal point of an image', () => {
  it("moves a card's crop to the point the editor sets, and shares the article cropped around it", async () => {
    await page.goto(`${WEB_URL}/tin-tuc`, { waitUntil: 'load' });
    const card = page.locator('.article-card').filter({ has: page.locator('img.article-card__cover') }).first();
    const cover = card.locator('img.article-card__cover');
    expect(await cover.evaluate((img) => getComputedStyle(img).objectPosition)).toBe('50% 50%');
    const coverPath = new URL((await cover.getAttribute('src'))!).pathname;
    const articlePath = (await card.locator('h3 a, h2 a').first().getAttribute('href'))!;

    // The editor sets the focal point in the media library (the admin's own request: POST /upload?id=).
    const token = await adminToken();
    const files = (await (await fetch(`${CMS_URL}/upload/files?pageSize=100`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { results: UploadFile[] };
    const file = files.results.find((candidate) => new URL(candidate.url, CMS_URL).pathname === coverPath)!;
    expect(file, coverPath).toBeDefined();
    const form = new FormData();
    form.append('fileInfo', JSON.stringify({ focalPoint: { x: 20, y: 80 } }));
    const updated = await fetch(`${CMS_URL}/upload?id=${file.id}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    expect(updated.status).toBe(200);

    // media.update purges the site's page cache: the card is rendered again with the point.
    await expect
      .poll(async () => (await (await fetch(`${WEB_URL}/tin-tuc`)).text()).includes('focal-x-20 focal-y-80'), { timeout: 15_000, interval: 300 })
      .toBe(true);
    await page.goto(`${WEB_URL}/tin-tuc`, { waitUntil: 'load' });
    const moved = page.locator(`img.article-card__cover[src$="${coverPath}"]`).first();
    expect(await moved.evaluate((img) => getComputedStyle(img).objectPosition)).toBe('20% 80%');

    // The article's share image: the site's 1200 × 630 crop, cached for good.
    await page.goto(`${WEB_URL}${articlePath}`, { waitUntil: 'load' });
    const ogImage = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(ogImage).toMatch(new RegExp(`^${WEB_URL}/anh-chia-se/[0-9a-f]+-20-80(-[0-9a-z]+)?\\.jpg$`));
    expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200');
    expect(await page.locator('meta[property="og:image:height"]').getAttribute('content')).toBe('630');
    const shared = await fetch(ogImage);
    expect(shared.status).toBe(200);
    expect(shared.headers.get('content-type')).toBe('image/jpeg');
    expect(shared.headers.get('cache-control')).toContain('immutable');
    const metadata = await sharp(Buffer.from(await shared.arrayBuffer())).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 630]);

    // Anything else under the route is a 404, never a fetch of another URL.
    expect((await fetch(`${WEB_URL}/anh-chia-se/687474703a2f2f6576696c-20-80.jpg`)).status).toBe(404);
    expect((await fetch(`${WEB_URL}/anh-chia-se/${'61'.repeat(8)}2e6a7067-20-80.jpg`)).status).toBe(404);
  });
});
