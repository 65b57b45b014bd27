import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousAccessibilityViolations } from './support/browser';
import { CMS_URL, startPortal, stopPortal, WEB_URL, type Portal } from './support/portal';

/**
 * The partners' news widget (issue 10), end to end: the real portal (seeded CMS, built site), and a
 * partner's plain HTML page served from ANOTHER origin by a tiny HTTP server of the test, with the one
 * script tag of docs/partner-api.md. Debian's Chromium loads it as a visitor of the partner would.
 */
/** Gzip size of the widget's script as served; measured 2.2 KB. */
const WIDGET_GZIP_BUDGET_BYTES = 4 * 1024;

let portal: Portal | undefined;
let browser: Browser;
let page: Page;
let partner: Server;
let partnerUrl: string;

type Article = { title: string; slug: string; category: { slug: string } | null; associations: Array<{ slug: string }> };

async function latestArticles(filters: Record<string, unknown> = {}, limit = 5): Promise<Article[]> {
  const response = await fetch(`${CMS_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'query($filters: ArticleFiltersInput, $limit: Int) { articles(filters: $filters, sort: ["date:desc"], pagination: { limit: $limit }) { title slug category { slug } associations { slug } } }',
      variables: { filters, limit },
    }),
  });
  return ((await response.json()) as { data: { articles: Article[] } }).data.articles;
}

/** The partner's page: its own styles (which must not reach the widget) and the one script tag. */
function partnerPage(attributes: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trang của đối tác</title>
<style>a { color: rgb(170, 0, 0) !important; font-family: serif; } li { color: rgb(0, 128, 0); } h2 { font-size: 60px; }</style></head>
<body><main><h1>Trang của đối tác</h1><p><a href="/khac">Một liên kết của đối tác</a></p>
<script src="${WEB_URL}/widget/tin-moi.js" ${attributes} async></script>
</main></body></html>`;
}

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  partner = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(partnerPage(url.searchParams.get('the') ?? ''));
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  // "localhost", not 127.0.0.1: another origin than the portal's even on the same host.
  partnerUrl = `http://localhost:${(partner.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => partner?.close(resolve));
  await stopPortal(portal);
});

async function openPartnerPage(attributes: string) {
  await page.goto(`${partnerUrl}/?the=${encodeURIComponent(attributes)}`, { waitUntil: 'load' });
  await page.locator('section[aria-labelledby] li a, section[aria-labelledby] p').first().waitFor({ timeout: 15000 });
}

const widgetLinks = () => page.locator('section ul a');

describe('the news widget on a partner page from another origin', () => {
  it('is a few kilobytes, served with CORS, a short max-age and an ETag (304 when unchanged)', async () => {
    const response = await fetch(`${WEB_URL}/widget/tin-moi.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=300/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = Buffer.from(await response.arrayBuffer());
    expect(gzipSync(body).length).toBeLessThan(WIDGET_GZIP_BUDGET_BYTES);
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${WEB_URL}/widget/tin-moi.js`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });

  it('shows the latest news titles, linking back to the portal, untouched by the host page styles', async () => {
    const expected = await latestArticles({}, 5);
    expect(expected.length).toBeGreaterThan(0);
    await openPartnerPage('data-so-tin="5"');
    await expect(widgetLinks().allTextContents()).resolves.toEqual(expected.map((article) => article.title));
    const hrefs = await widgetLinks().evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toEqual(expected.map((article) => `${WEB_URL}/tin-tuc/${article.slug}`));
    // The host's `a { color: dark red !important }`, `li { color: green }` and `h2 { 60px }` stay outside the shadow root.
    const style = await widgetLinks().first().evaluate((link) => getComputedStyle(link).color);
    expect(style).not.toBe('rgb(170, 0, 0)');
    expect(await page.locator('section h2').evaluate((heading) => getComputedStyle(heading).fontSize)).toBe('17px');
    expect(await page.locator('section h2').textContent()).toBe('Tin mới – Liên hiệp Hội Lào Cai');
    // …and the widget's styles stay inside: the host's own link is still dark red.
    expect(await page.locator('main > p > a').evaluate((link) => getComputedStyle(link).color)).toBe('rgb(170, 0, 0)');
    // Dates in Vietnam's dd/mm/yyyy.
    for (const text of await page.locator('section time').allTextContents()) expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    // A link leads to the article's page on the portal.
    await Promise.all([page.waitForURL(`${WEB_URL}/tin-tuc/${expected[0]!.slug}`), widgetLinks().first().click()]);
    await expect(page.locator('h1').first().textContent()).resolves.toContain(expected[0]!.title);
  });

  it('shows one association\'s news, or one category\'s', async () => {
    const all = await latestArticles({}, 100);
    const association = all.flatMap((article) => article.associations)[0]!.slug;
    const category = all.find((article) => article.category)!.category!.slug;

    const ofAssociation = await latestArticles({ associations: { slug: { eq: association } } }, 3);
    await openPartnerPage(`data-so-tin="3" data-hoi="${association}"`);
    await expect(widgetLinks().allTextContents()).resolves.toEqual(ofAssociation.map((article) => article.title));
    expect(await page.locator('section > p a').getAttribute('href')).toBe(`${WEB_URL}/hoi-thanh-vien/${association}`);

    const ofCategory = await latestArticles({ category: { slug: { eq: category } } }, 5);
    await openPartnerPage(`data-chuyen-muc="${category}"`);
    await expect(widgetLinks().allTextContents()).resolves.toEqual(ofCategory.map((article) => article.title));
  });

  it('is accessible: a labelled section, visible focus, no serious axe violation, and fits 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openPartnerPage('data-so-tin="4"');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const section = page.locator('section[aria-labelledby="tin-moi"]');
    await expect(section.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.keyboard.press('Tab'); // the host's own link
    await page.keyboard.press('Tab'); // the widget's first link
    const outline = await page.evaluate(() => {
      const focused = document.querySelector('div')?.shadowRoot?.activeElement;
      return focused ? getComputedStyle(focused).outlineStyle + ' ' + getComputedStyle(focused).outlineWidth : 'none';
    });
    expect(outline).toBe('solid 3px');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('answers a clear 400 for a bad parameter and a 404 for an unknown association, readable cross-origin', async () => {
    const bad = await fetch(`${WEB_URL}/widget/tin-moi.json?so-tin=500`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await bad.json()) as { error: string }).error).toMatch(/^Số tin .*\. The number of news/);
    const unknown = await fetch(`${WEB_URL}/widget/tin-moi.json?hoi=khong-co-hoi-nay`);
    expect(unknown.status).toBe(404);
    const ok = await fetch(`${WEB_URL}/widget/tin-moi.json?so-tin=2&utm_source=x`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    expect(((await ok.json()) as { items: unknown[] }).items).toHaveLength(2);
  });
});

describe('the rest of the partner API on the running portal', () => {
  it('serves the committed schema (SDL) at a stable URL, plain text, cacheable, readable cross-origin', async () => {
    const response = await fetch(`${WEB_URL}/api-doi-tac/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=300/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe(readFileSync(resolve(__dirname, '..', '..', '..', 'cms', 'schema.graphql'), 'utf8'));
  });

  it('runs the example partner client (examples/partner-client), which prints the latest news', async () => {
    const expected = await latestArticles({}, 5);
    const run = spawnSync('pnpm', ['--filter', 'partner-client', 'start'], {
      cwd: resolve(__dirname, '..', '..', '..'),
      env: { ...process.env, CMS_URL: `${CMS_URL}/graphql`, SITE_URL: WEB_URL, LIMIT: '5' },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => line.includes(`${WEB_URL}/tin-tuc/`));
    expect(lines).toHaveLength(expected.length);
    expected.forEach((article, index) => {
      expect(lines[index]).toContain(article.title);
      expect(lines[index]).toContain(`${WEB_URL}/tin-tuc/${article.slug}`);
      expect(lines[index]).toMatch(/^\d{2}\/\d{2}\/\d{4} {2}/);
    });
  });
});
