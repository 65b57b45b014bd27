import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotBothWidths, seriousAccessibilityViolations } from './support/browser';
import { contrastRatio, focusRing, wordsSplitAcrossLines } from './support/layout';
import { inlineScriptHashes } from '../../server/utils/content-security-policy';
import { ADMIN, CMS_URL, startCms, startPortal, stopPortal, stopProcess, WEB_URL, type Portal } from './support/portal';

/**
 * Gzip JavaScript an article page and the home page may load: the budgets (60 and 90 KB).
 * Measured 1.2 KB on both: pages ship without Nuxt's client, only the page script (app/enhancements).
 */
const ARTICLE_JS_BUDGET_BYTES = 60 * 1024;
const HOME_JS_BUDGET_BYTES = 90 * 1024;

let portal: Portal | undefined;
let browser: Browser;
let page: Page;

async function cms<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const json = (await response.json()) as { data: T };
  return json.data;
}

async function visit(path: string) {
  const response = await page.goto(`${WEB_URL}${path}`, { waitUntil: 'load' });
  return response!;
}

type Slugs = { article: string; articleTitle: string; category: string; tag: string; association: string; event: string; intellectual: string };
let slugs: Slugs;

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const data = await cms<{
    articles: Array<{ slug: string; title: string; tags: Array<{ slug: string }>; gallery: Array<{ url: string }> }>;
    categories: Array<{ slug: string }>;
    associations: Array<{ slug: string }>;
    events: Array<{ slug: string; documents: Array<{ url: string }> }>;
    honoredIntellectuals: Array<{ slug: string }>;
  }>(`{
    articles(filters: { tags: { slug: { notNull: true } } }, sort: "date:desc", pagination: { limit: 50 }) { slug title tags { slug } gallery { url } }
    categories(sort: "order:asc", pagination: { limit: 1 }) { slug }
    associations(filters: { events: { slug: { notNull: true } } }, pagination: { limit: 1 }) { slug }
    events(pagination: { limit: 50 }) { slug documents { url } }
    honoredIntellectuals(pagination: { limit: 1 }) { slug }
  }`);
  // Media fields cannot be filtered on: pick an article with a gallery and an event with documents here.
  const article = data.articles.find((a) => a.gallery.length > 0)!;
  slugs = {
    article: article.slug,
    articleTitle: article.title,
    tag: article.tags[0]!.slug,
    category: data.categories[0]!.slug,
    association: data.associations[0]!.slug,
    event: data.events.find((e) => e.documents.length > 0)!.slug,
    intellectual: data.honoredIntellectuals[0]!.slug,
  };
});

afterAll(async () => {
  await browser?.close();
  await stopPortal(portal);
});

const pageTypes = () => [
  { name: 'trang-chu', path: '/', heading: /Tin mới/ },
  { name: 'tin-tuc', path: '/tin-tuc', heading: /^Tin tức$/ },
  { name: 'tin-tuc-trang-2', path: '/tin-tuc?trang=2', heading: /^Tin tức$/ },
  { name: 'chuyen-muc', path: `/tin-tuc/chuyen-muc/${slugs.category}`, heading: /.+/ },
  { name: 'the', path: `/tin-tuc/the/${slugs.tag}`, heading: /^Thẻ: / },
  { name: 'bai-viet', path: `/tin-tuc/${slugs.article}`, heading: new RegExp(slugs.articleTitle.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) },
  { name: 'hoi-thanh-vien', path: '/hoi-thanh-vien', heading: /^Hội thành viên$/ },
  { name: 'hoi', path: `/hoi-thanh-vien/${slugs.association}`, heading: /dữ liệu mẫu/ },
  { name: 'su-kien', path: '/su-kien', heading: /^Sự kiện$/ },
  { name: 'lich-su-kien', path: '/su-kien?xem=lich', heading: /^Sự kiện$/ },
  { name: 'su-kien-chi-tiet', path: `/su-kien/${slugs.event}`, heading: /.+/ },
  { name: 'tri-thuc-tieu-bieu', path: '/tri-thuc-tieu-bieu', heading: /^Trí thức tiêu biểu$/ },
  { name: 'tri-thuc', path: `/tri-thuc-tieu-bieu/${slugs.intellectual}`, heading: /.+/ },
  { name: 'gioi-thieu', path: '/gioi-thieu', heading: /^Giới thiệu$/ },
  { name: 'lien-he', path: '/lien-he', heading: /^Liên hệ$/ },
  { name: 'tim-kiem', path: '/tim-kiem?q=hoi+thao', heading: /Tìm kiếm/ },
];

describe('every page type', () => {
  it('renders its content server-side, is accessible and is photographed at 1280 and 375 px', async () => {
    const problems: string[] = [];
    for (const type of pageTypes()) {
      const response = await visit(type.path);
      expect({ path: type.path, status: response.status() }).toEqual({ path: type.path, status: 200 });
      const html = await response.text();
      expect(html, `${type.path} is rendered on the server`).toContain('<h');
      const heading = page.getByRole('heading', { level: type.name === 'trang-chu' ? 2 : 1, name: type.heading }).first();
      await expect(heading.isVisible(), `${type.path} shows its heading`).resolves.toBe(true);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
      for (const violation of await seriousAccessibilityViolations(page)) problems.push(`${type.path}: ${violation}`);
      await screenshotBothWidths(page, type.name);
    }
    expect(problems).toEqual([]);
  });

  it('shows an article with its byline, Vietnamese date, cover caption, gallery lightbox and share links', async () => {
    await visit(`/tin-tuc/${slugs.article}`);
    await expect(page.locator('.article__meta time').innerText()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(page.locator('.article__meta').innerText()).resolves.toMatch(/Nguồn:/);
    await expect(page.locator('.breadcrumb').innerText()).resolves.toMatch(/Trang chủ/);
    // A thumbnail links to the full image; the page script opens it in the lightbox instead.
    const thumbnail = page.getByRole('link', { name: /^Xem ảnh 1\// });
    await expect(thumbnail.getAttribute('href')).resolves.toMatch(/\/uploads\/.+\.jpg$/);
    await thumbnail.click();
    await expect(page.locator('dialog.lightbox').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
    await expect(page.locator('[data-lightbox-count]').innerText()).resolves.toMatch(/^1\/\d+$/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.share-links').getByRole('link', { name: /Facebook/ }).getAttribute('href')).resolves.toContain('facebook.com/sharer');
    await expect(page.locator('.share-links').getByRole('link', { name: /Zalo/ }).getAttribute('href')).resolves.toContain('zalo.me');
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().innerText();
    expect(JSON.parse(jsonLd)['@type']).toBe('NewsArticle');
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${WEB_URL}/tin-tuc/${slugs.article}`);
    await expect(page.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(/\/uploads\/.+\.jpg$/);
  });

  it('offers an event as an .ics file with the right Vietnamese time', async () => {
    await visit(`/su-kien/${slugs.event}`);
    const href = await page.getByRole('link', { name: /Thêm vào lịch/ }).getAttribute('href');
    const ics = await fetch(`${WEB_URL}${href}`);
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await ics.text();
    expect(text).toMatch(/BEGIN:VEVENT[\s\S]*(DTSTART:\d{8}T\d{6}Z|DTSTART;VALUE=DATE:\d{8})/);
    await expect(page.locator('section[aria-labelledby="tai-lieu"] a').first().getAttribute('href')).resolves.toMatch(/\/uploads\/.+\.(pdf|docx|xlsx)$/);
  });
});

describe('navigation and search', () => {
  it('moves through the main menu', async () => {
    await visit('/');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hội thành viên' }).click();
    await page.waitForURL(`${WEB_URL}/hoi-thanh-vien`);
    // The address changes first; the page follows once its data has come from the CMS.
    await page.getByRole('heading', { level: 1, name: 'Hội thành viên' }).waitFor();
    await page.getByRole('link', { name: /Hội Y học/ }).first().click();
    await page.waitForURL(/\/hoi-thanh-vien\/hoi-y-hoc/);
    await page.getByRole('heading', { level: 1, name: /Hội Y học/ }).waitFor();
  });

  it('finds "hội thảo" when the visitor types "hoi thao" without diacritics', async () => {
    await visit('/');
    await page.getByRole('searchbox', { name: /Tìm kiếm/ }).fill('hoi thao');
    await page.getByRole('searchbox', { name: /Tìm kiếm/ }).press('Enter');
    await page.waitForURL(/\/tim-kiem\?q=hoi\+thao/);
    const titles = await page.locator('.search-result__title').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((title) => /hội thảo/i.test(title))).toBe(true);
  });

  it('finds the static pages: "so do to chuc" leads to /so-do-to-chuc', async () => {
    await visit('/tim-kiem?q=so+do+to+chuc');
    const result = page.locator('.search-result').filter({ has: page.getByRole('link', { name: 'Sơ đồ tổ chức', exact: true }) }).first();
    await expect(result.locator('.search-result__type').textContent()).resolves.toBe('Trang thông tin');
    await result.getByRole('link', { name: 'Sơ đồ tổ chức', exact: true }).click();
    await page.waitForURL(`${WEB_URL}/so-do-to-chuc`);
    await page.getByRole('heading', { level: 1, name: 'Sơ đồ tổ chức' }).waitFor();
  });

  it('works with JavaScript switched off: the narrow-screen menu, its links and the search form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    try {
      const bare = await context.newPage();
      await bare.goto(`${WEB_URL}/tin-tuc/${slugs.article}`);
      const associations = bare.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hội thành viên' });
      await bare.locator('summary', { hasText: 'Danh mục' }).click();
      await associations.click();
      await bare.waitForURL(`${WEB_URL}/hoi-thanh-vien`);
      await bare.getByRole('searchbox', { name: /Tìm kiếm/ }).fill('hoi thao');
      await bare.getByRole('searchbox', { name: /Tìm kiếm/ }).press('Enter');
      await bare.waitForURL(/\/tim-kiem\?q=hoi\+thao/);
      await expect(bare.locator('.search-result__title').count()).resolves.toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('explains a query it cannot run, in Vietnamese, with status 400', async () => {
    const response = await visit('/tim-kiem?q=!!!');
    expect(response.status()).toBe(400);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/[ăâđêôơưàáảãạ]/i);
  });

  it('finds "Lào Cai" from "Lao Cai"', async () => {
    await visit('/tim-kiem?q=Lao+Cai');
    await expect(page.locator('.search-result__title').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('body').innerText()).resolves.toMatch(/Lào Cai/);
  });
});

describe('what visitors must not see', () => {
  it('answers an unknown slug with a real 404 page in Vietnamese', async () => {
    for (const path of ['/tin-tuc/khong-co-bai-nay', '/hoi-thanh-vien/khong-co', '/su-kien/khong-co', '/tri-thuc-tieu-bieu/khong-co', '/trang-khong-ton-tai', '/tin-tuc/chuyen-muc/khong-co', '/tin-tuc?trang=999', `/tin-tuc/chuyen-muc/${slugs.category}?trang=999`, '/su-kien?trang=999']) {
      const response = await visit(path);
      expect({ path, status: response.status() }).toEqual({ path, status: 404 });
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Không tìm thấy trang');
    }
  });

  it('never shows a draft: pages, lists, search, sitemap, RSS', async () => {
    const drafts = ['[Bản nháp]'];
    for (const path of ['/', '/tin-tuc', '/tin-tuc?trang=2', '/tin-tuc?trang=3', '/su-kien', '/tim-kiem?q=ban+nhap', '/tim-kiem?q=de+xuat+dat+hang', '/sitemap.xml', '/rss.xml']) {
      const body = await (await fetch(`${WEB_URL}${path}`)).text();
      for (const draft of drafts) expect({ path, leaked: body.includes(draft) }).toEqual({ path, leaked: false });
    }
    const draftSlug = 'ban-nhap-de-xuat-dat-hang-nhiem-vu-khoa-hoc-va-cong-nghe-nam-2027';
    expect((await fetch(`${WEB_URL}/tin-tuc/${draftSlug}`)).status).toBe(404);
    expect(await (await fetch(`${WEB_URL}/sitemap.xml`)).text()).not.toContain(draftSlug);
  });
});

describe('freshness', () => {
  it("shows an editor's publish on the site, in lists, the sitemap and RSS, within seconds", async () => {
    await visit('/tin-tuc'); // make sure the list is cached before the publish
    const login = await fetch(`${CMS_URL}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const token = ((await login.json()) as { data: { token: string } }).data.token;
    const title = `Tin vừa đăng ${Date.now()}`;
    const started = Date.now();
    const created = await fetch(`${CMS_URL}/content-manager/collection-types/api::article.article/actions/publish`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ title, summary: 'Tin kiểm thử xuất bản.', date: new Date().toISOString(), body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung.' }] }] }),
    });
    expect(created.status).toBe(200);
    const { slug } = ((await created.json()) as { data: { slug: string } }).data;

    let visibleAfter = -1;
    while (Date.now() - started < 15000) {
      const list = await (await fetch(`${WEB_URL}/tin-tuc`)).text();
      if (list.includes(title)) {
        visibleAfter = Date.now() - started;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(visibleAfter).toBeGreaterThanOrEqual(0);
    expect((await fetch(`${WEB_URL}/tin-tuc/${slug}`)).status).toBe(200);
    expect(await (await fetch(`${WEB_URL}/sitemap.xml`)).text()).toContain(`/tin-tuc/${slug}`);
    expect(await (await fetch(`${WEB_URL}/rss.xml`)).text()).toContain(title);
  });
});

let adminToken: string | undefined;
/** When the last publish happened: its webhook purges the page cache at once and again 3 s later. */
let lastPublishAt = 0;

/** Publishes one entry as an editor would (admin content manager), signing in once for the whole file. */
async function publishThroughCms(model: string, data: Record<string, unknown>): Promise<{ slug: string }> {
  if (!adminToken) {
    const login = await fetch(`${CMS_URL}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
    adminToken = ((await login.json()) as { data: { token: string } }).data.token;
  }
  const created = await fetch(`${CMS_URL}/content-manager/collection-types/${model}/actions/publish`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken}` },
    body: JSON.stringify(data),
  });
  expect(created.status).toBe(200);
  lastPublishAt = Date.now();
  return ((await created.json()) as { data: { slug: string } }).data;
}

/** Polls a site URL until its body passes `ready` (the publish webhook purges the page cache within a moment). */
async function waitForBody(path: string, ready: (body: string) => boolean, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let body = '';
  while (Date.now() < deadline) {
    body = await (await fetch(`${WEB_URL}${path}`)).text();
    if (ready(body)) return body;
    await new Promise((r) => setTimeout(r, 200));
  }
  return body;
}

/** Parses `xml` with the browser's strict XML 1.0 parser: the error text, or null when well-formed. */
async function xmlParseError(xml: string): Promise<string | null> {
  return page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'application/xml');
    return parsed.querySelector('parsererror')?.textContent ?? null;
  }, xml);
}

// Characters XML 1.0 forbids (and that must never reach a feed).
// eslint-disable-next-line no-control-regex -- the point of the check
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

describe('hostile requests and hostile content', () => {
  it('sends a script policy without unsafe-inline, nosniff, no framing, a referrer and a permissions policy, and no X-Powered-By', async () => {
    for (const path of ['/', '/tin-tuc', `/tin-tuc/${slugs.article}`, '/tin-tuc/khong-co-bai-nay', '/rss.xml', '/sitemap.xml', '/robots.txt', `/su-kien/${slugs.event}/lich.ics`]) {
      const response = await fetch(`${WEB_URL}${path}`, { headers: { Accept: 'text/html' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      const scriptSrc = (csp.split(';').find((directive) => /^\s*(script-src|default-src)\b/.test(directive) && directive.includes('script-src')) ?? csp).trim();
      expect({ path, csp: csp.length > 0, frameAncestors: csp.includes("frame-ancestors 'none'"), unsafeInline: scriptSrc.includes('unsafe-inline') }).toEqual({ path, csp: true, frameAncestors: true, unsafeInline: false });
      expect({
        path,
        nosniff: response.headers.get('x-content-type-options'),
        frame: response.headers.get('x-frame-options'),
        referrer: response.headers.get('referrer-policy'),
        camera: /camera=\(\)/.test(response.headers.get('permissions-policy') ?? ''),
        poweredBy: response.headers.get('x-powered-by'),
      }).toEqual({ path, nosniff: 'nosniff', frame: 'DENY', referrer: 'strict-origin-when-cross-origin', camera: true, poweredBy: null });
    }
    const home = await fetch(`${WEB_URL}/`);
    // Built pages run no inline script and only the site's own files: no hash, no other origin.
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(home.headers.get('content-security-policy')).toContain("connect-src 'self';");
    expect(await home.text()).not.toMatch(/<script(?![^>]*\b(src=|type="application\/ld\+json"))[^>]*>/);
    // Plain HTTP in the tests: browsers must not be told to insist on HTTPS.
    expect(home.headers.get('strict-transport-security')).toBeNull();
  });

  it('browses the portal in Chromium without a CSP violation or console error; the slider, lightbox and menus work', async () => {
    const browsing = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    browsing.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${browsing.url()}: ${message.text()}`);
    });
    browsing.on('pageerror', (error) => problems.push(`${browsing.url()}: ${error.message}`));
    await browsing.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    try {
      // Inline scripts are refused (or not) while the HTML is parsed: 'load' is enough to see it.
      for (const type of pageTypes()) await browsing.goto(`${WEB_URL}${type.path}`, { waitUntil: 'load' });
      // Tracking parameters are dropped on the server only: the page must still load cleanly.
      for (const path of ['/?utm_source=zalo&fbclid=abc', '/tin-tuc?trang=2&utm_campaign=x', '/su-kien?loai=khong-co&gclid=1']) {
        await browsing.goto(`${WEB_URL}${path}`, { waitUntil: 'networkidle' });
      }
      await browsing.goto(`${WEB_URL}/`, { waitUntil: 'networkidle' });
      await browsing.getByRole('button', { name: 'Tin nổi bật sau' }).click();
      await expect(browsing.getByRole('button', { name: /^Tin nổi bật 2:/ }).getAttribute('aria-current')).resolves.toBe('true');
      await browsing.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sự kiện' }).click();
      await browsing.waitForURL(`${WEB_URL}/su-kien`);
      await browsing.getByRole('heading', { level: 1, name: 'Sự kiện' }).waitFor();
      // The news categories: a disclosure (a click opens it, Esc closes it and focus returns to its toggle).
      const categories = browsing.getByRole('list', { name: 'Chuyên mục tin tức' });
      await expect(categories.isVisible()).resolves.toBe(false);
      await browsing.locator('summary.site-nav__more-toggle', { hasText: 'Chuyên mục tin tức' }).click();
      await expect(categories.isVisible()).resolves.toBe(true);
      await browsing.keyboard.press('Escape');
      await expect(categories.isVisible()).resolves.toBe(false);
      await expect(browsing.evaluate(() => document.activeElement?.classList.contains('site-nav__more-toggle'))).resolves.toBe(true);
      await browsing.goto(`${WEB_URL}/tin-tuc/${slugs.article}`, { waitUntil: 'networkidle' });
      await browsing.getByRole('link', { name: /^Xem ảnh 1\// }).click();
      await expect(browsing.locator('dialog.lightbox').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
      await browsing.keyboard.press('ArrowRight');
      await expect(browsing.locator('[data-lightbox-count]').innerText()).resolves.toMatch(/^2\/\d+$/);
      await browsing.keyboard.press('Escape');
      await expect(browsing.locator('dialog.lightbox').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
      // Narrow screens: the whole menu is a <details> ("Danh mục"), opened without any script.
      await browsing.setViewportSize({ width: 375, height: 812 });
      const menu = browsing.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hội thành viên' });
      await expect(menu.isVisible()).resolves.toBe(false);
      await browsing.locator('summary', { hasText: 'Danh mục' }).click();
      await expect(menu.isVisible()).resolves.toBe(true);
    } finally {
      await browsing.close();
    }
    expect(problems).toEqual([]);
  });

  it('answers PUT, DELETE and PATCH on pages and feeds with 405 and Allow: GET, HEAD, in Vietnamese', async () => {
    for (const path of ['/', '/tin-tuc', '/rss.xml', `/su-kien/${slugs.event}/lich.ics`]) {
      for (const method of ['PUT', 'DELETE', 'PATCH', 'POST']) {
        const response = await fetch(`${WEB_URL}${path}`, { method });
        expect({ path, method, status: response.status, allow: response.headers.get('allow') }).toEqual({ path, method, status: 405, allow: 'GET, HEAD' });
        expect(await response.text()).toMatch(/chỉ cho phép đọc/);
        expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      }
    }
    const nuxtError = await fetch(`${WEB_URL}/__nuxt_error?statusCode=418&message=x`, { headers: { Accept: 'text/html' } });
    expect(nuxtError.headers.get('content-security-policy')).toBeTruthy();
    expect((await fetch(`${WEB_URL}/`, { method: 'HEAD' })).status).toBe(200);
  });

  it('redirects other spellings of a page (capitals, trailing slash, %-escapes) once to the one the cache knows, never to another site', async () => {
    const cases: Array<[string, string]> = [['/Tin-Tuc/?utm_source=x', '/tin-tuc?utm_source=x'], ['/tin-t%75c', '/tin-tuc'], ['//evil.example/', '/evil.example']];
    for (const [path, location] of cases) {
      const response = await fetch(`${WEB_URL}${path}`, { redirect: 'manual' });
      expect({ path, status: response.status, location: response.headers.get('location'), nosniff: response.headers.get('x-content-type-options') }).toEqual({ path, status: 301, location, nosniff: 'nosniff' });
    }
  });

  it('answers absurd page numbers (trang=2147483648, 0, abc) with the Vietnamese 404 page', async () => {
    for (const path of ['/tin-tuc?trang=2147483648', '/tin-tuc?trang=0', '/tin-tuc?trang=abc', `/tin-tuc/the/${slugs.tag}?trang=99999`, '/su-kien?trang=1.5']) {
      const response = await visit(path);
      expect({ path, status: response.status() }).toEqual({ path, status: 404 });
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Không tìm thấy trang');
    }
  });

  it('keeps the RSS feed and the sitemap valid XML when a title holds a Word soft line break (U+000B)', async () => {
    const marker = `Tin ngắt dòng ${Date.now()}`;
    const { slug } = await publishThroughCms('api::article.article', {
      title: `${marker}\u000Bdòng hai\u0001`,
      summary: 'Tóm tắt\u000Ccó ký tự điều khiển.',
      date: new Date().toISOString(),
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung.' }] }],
    });
    const rss = await waitForBody('/rss.xml', (body) => body.includes(marker));
    expect(rss).toContain(`${marker}dòng hai`);
    expect(rss).not.toMatch(XML_FORBIDDEN);
    expect(await xmlParseError(rss)).toBeNull();
    const sitemap = await waitForBody('/sitemap.xml', (body) => body.includes(slug));
    expect(await xmlParseError(sitemap)).toBeNull();
  });

  it('keeps a venue with a lone CR on one line of the .ics file', async () => {
    const { slug } = await publishThroughCms('api::event.event', {
      title: `Sự kiện địa điểm ${Date.now()}`,
      kind: 'workshop',
      startAt: new Date(Date.now() + 7 * 86400000).toISOString(),
      allDay: false,
      venue: 'Hội trường A\rDTSTART:19700101T000000Z',
      summary: 'Dòng một\r\nDòng hai\nDòng ba',
    });
    const response = await fetch(`${WEB_URL}/su-kien/${slug}/lich.ics`);
    expect(response.status).toBe(200);
    const ics = await response.text();
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:Hội trường A\\nDTSTART:19700101T000000Z\r\n');
    expect(unfolded.split('\r\n').filter((line) => line.startsWith('DTSTART'))).toHaveLength(1);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

/** The side of the page `locator`'s box ends on (its right edge) and starts on, in CSS pixels. */
async function box(locator: ReturnType<Page['locator']>) {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error('not displayed');
  return { left: rect.x, right: rect.x + rect.width, top: rect.y, bottom: rect.y + rect.height, width: rect.width, height: rect.height };
}

describe('what visitors saw wrong before (issue 8)', () => {
  it('writes an academic title and a name with a space between ("PGS.TS Cao Minh Tuấn"), on cards and profiles', async () => {
    const people = await cms<{ honoredIntellectuals: Array<{ slug: string; fullName: string; academicTitle: string | null; degree: string | null }> }>(
      '{ honoredIntellectuals(pagination: { limit: 100 }) { slug fullName academicTitle degree } }',
    );
    const titled = people.honoredIntellectuals.filter((person) => person.academicTitle || person.degree);
    expect(titled.length).toBeGreaterThan(0);
    for (const path of ['/', '/tri-thuc-tieu-bieu']) {
      await visit(path);
      const names = (await page.locator('.person-card__name').allInnerTexts()).map((name) => name.trim());
      const shown = titled.flatMap((person) => {
        const name = names.find((text) => text.endsWith(person.fullName));
        return name ? [{ shown: name, expected: `${[person.academicTitle, person.degree].filter(Boolean).join('.')} ${person.fullName}` }] : [];
      });
      expect(shown.length, path).toBeGreaterThan(0);
      for (const { shown: name, expected } of shown) expect(name).toBe(expected);
    }
  });

  it('advertises the news feed in the head of every page, and the category feed on a category page', async () => {
    const feeds = async (path: string) => {
      const html = await (await fetch(`${WEB_URL}${path}`)).text();
      return [...html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)].map((tag) => tag[0]).filter((tag) => tag.includes('application/rss+xml')).map((tag) => tag.match(/href="([^"]+)"/)![1]!);
    };
    for (const path of ['/', `/tin-tuc/${slugs.article}`, '/su-kien', '/gioi-thieu']) expect({ path, feeds: await feeds(path) }).toEqual({ path, feeds: ['/rss.xml'] });
    const category = await feeds(`/tin-tuc/chuyen-muc/${slugs.category}`);
    expect(category).toEqual(['/rss.xml', `/tin-tuc/chuyen-muc/${slugs.category}/rss.xml`]);
    for (const href of category) {
      const response = await fetch(`${WEB_URL}${href}`);
      expect({ href, status: response.status, type: response.headers.get('content-type') }).toEqual({ href, status: 200, type: 'application/rss+xml; charset=utf-8' });
    }
  });

  it('links "Giới thiệu" to the portal\'s own organisation chart and functions pages, and lists them under "Giới thiệu" in the menu', async () => {
    await visit('/gioi-thieu');
    const links = await page.locator('.static-page .rich-text a, .static-page a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/so-do-to-chuc', '/chuc-nang-nhiem-vu']));
    expect(links.filter((href) => href?.includes('example.vn/so-do') || href?.includes('example.vn/chuc-nang'))).toEqual([]);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.locator('summary.site-nav__more-toggle', { hasText: 'Các trang giới thiệu' }).click();
    await nav.getByRole('list', { name: 'Các trang giới thiệu' }).getByRole('link', { name: 'Sơ đồ tổ chức' }).click();
    await page.waitForURL(`${WEB_URL}/so-do-to-chuc`);
    await page.getByRole('heading', { level: 1, name: 'Sơ đồ tổ chức' }).waitFor();
    await nav.locator('summary.site-nav__more-toggle', { hasText: 'Các trang giới thiệu' }).click();
    await nav.getByRole('link', { name: 'Chức năng, nhiệm vụ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chức năng, nhiệm vụ' }).waitFor();
  });

  it('lists a month\'s events one under the other at 375 px, in seven columns at 1280 px, says "Chủ nhật", and says so when a month is empty', async () => {
    const data = await cms<{ events: Array<{ startAt: string }> }>('{ events(sort: "startAt:asc", pagination: { limit: 100 }) { startAt } }');
    // The month (Vietnam time) with the most events.
    const months = new Map<string, number>();
    for (const event of data.events) {
      const month = new Date(new Date(event.startAt).getTime() + 7 * 3600000).toISOString().slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    const [busiest] = [...months].sort((a, b) => b[1] - a[1])[0]!;
    try {
      await page.setViewportSize({ width: 375, height: 812 });
      await visit(`/su-kien?xem=lich&thang=${busiest}`);
      const days = page.locator('.calendar__cell--events');
      expect(await days.count()).toBeGreaterThan(0);
      const lefts = new Set<number>();
      for (const day of await days.all()) lefts.add(Math.round((await box(day)).left));
      expect([...lefts]).toHaveLength(1); // one column
      await expect(page.locator('.calendar__weekdays').isVisible()).resolves.toBe(false);
      await expect(days.first().locator('.calendar__date').innerText()).resolves.toMatch(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d{1,2}\/\d{1,2}$/);
      expect(await wordsSplitAcrossLines(page, '.calendar__event')).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await page.setViewportSize({ width: 1280, height: 900 });
      const columns = await page.locator('.calendar__days').evaluate((list) => getComputedStyle(list).gridTemplateColumns.split(' ').length);
      expect(columns).toBe(7);
      await expect(page.locator('.calendar__weekdays').innerText()).resolves.toMatch(/Chủ nhật$/);
      expect(await wordsSplitAcrossLines(page, '.calendar__event')).toEqual([]);

      await visit('/su-kien?xem=lich&thang=2001-01');
      await expect(page.locator('.calendar__empty').innerText()).resolves.toBe('Tháng 1/2001 không có sự kiện nào.');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('breaks no title inside a word and scrolls no page sideways at 320 and 375 px', async () => {
    const problems: string[] = [];
    try {
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 812 });
        for (const type of pageTypes()) {
          await visit(type.path);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) problems.push(`${width} px ${type.path}: ${overflow} px wider than the screen`);
          for (const word of await wordsSplitAcrossLines(page, 'h1, h2, h3, h4, .calendar__event, .headlines__title, .breadcrumb')) problems.push(`${width} px ${type.path}: "${word}" split over two lines`);
        }
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(problems).toEqual([]);
  });

  it('writes an event\'s date once, with its weekday ("08:00–16:30, Thứ Bảy, 05/12/2026")', async () => {
    await visit(`/su-kien/${slugs.event}`);
    const when = await page.locator('.facts dd').first().innerText();
    expect(when).toMatch(/^(\d{2}:\d{2}(–\d{2}:\d{2})?, )?(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4}/);
    expect(when).not.toContain('(Thứ');
    const dates = when.match(/\d{2}\/\d{2}\/\d{4}/g) ?? [];
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('shows the whole search box placeholder at 320, 375 and 1280 px', async () => {
    try {
      for (const width of [320, 375, 1280]) {
        await page.setViewportSize({ width, height: 812 });
        await visit('/tin-tuc');
        const fit = await page.locator('#o-tim-kiem').evaluate(async (input: HTMLInputElement) => {
          await document.fonts.ready;
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          return { text: Math.ceil(context.measureText(input.placeholder).width), room: Math.floor(input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) };
        });
        expect({ width, fits: fit.text <= fit.room, ...fit }).toMatchObject({ width, fits: true });
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('gives the images of cards, beside their titles, an empty alt text (screen readers hear each title once)', async () => {
    for (const path of ['/', '/tin-tuc', '/hoi-thanh-vien', '/tri-thuc-tieu-bieu']) {
      await visit(path);
      const alts = await page.locator('.article-card img, .person-card img, .association-card img, .featured__slide img').evaluateAll((images) => images.map((image) => image.getAttribute('alt')));
      expect(alts.length, path).toBeGreaterThan(0);
      expect({ path, alts: [...new Set(alts)] }).toEqual({ path, alts: [''] });
    }
  });

  it('closes the categories on Esc with focus back on their toggle, and the narrow-screen menu with focus back on "Danh mục"', async () => {
    const keyboard = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await keyboard.goto(`${WEB_URL}/`, { waitUntil: 'networkidle' });
      const nav = keyboard.getByRole('navigation', { name: 'Điều hướng chính' });
      const toggle = nav.locator('summary.site-nav__more-toggle', { hasText: 'Chuyên mục tin tức' });
      await toggle.focus();
      await keyboard.keyboard.press('Enter');
      const categories = nav.getByRole('list', { name: 'Chuyên mục tin tức' });
      await expect(categories.isVisible()).resolves.toBe(true);
      await keyboard.keyboard.press('Tab');
      await expect(keyboard.evaluate(() => document.activeElement?.closest('[aria-label="Chuyên mục tin tức"]') !== null)).resolves.toBe(true);
      await keyboard.keyboard.press('Escape');
      await expect(categories.isVisible()).resolves.toBe(false);
      // Focus is on the toggle, which is shown, not on a link that has just disappeared.
      await expect(keyboard.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        return { toggle: focused.matches('summary.site-nav__more-toggle'), shown: focused.getClientRects().length > 0 };
      })).resolves.toEqual({ toggle: true, shown: true });

      await keyboard.setViewportSize({ width: 375, height: 812 });
      const menuButton = nav.locator('summary', { hasText: 'Danh mục' });
      await menuButton.focus();
      await keyboard.keyboard.press('Enter');
      const menuLink = nav.getByRole('link', { name: 'Hội thành viên' });
      await expect(menuLink.isVisible()).resolves.toBe(true);
      for (const link of [menuLink, nav.getByRole('link', { name: 'Sơ đồ tổ chức' })]) {
        await link.focus();
        await keyboard.keyboard.press('Escape');
        await expect(menuLink.isVisible()).resolves.toBe(false);
        await expect(keyboard.evaluate(() => (document.activeElement as HTMLElement).textContent?.includes('Danh mục'))).resolves.toBe(true);
        await keyboard.keyboard.press('Enter'); // opens it again
        await expect(menuLink.isVisible()).resolves.toBe(true);
      }
    } finally {
      await keyboard.close();
    }
  });

  it('draws the keyboard focus ring at 3:1 or more against the header, the menu and the footer', async () => {
    const problems: string[] = [];
    const checked = new Set<string>();
    for (const width of [1280, 375]) {
      const keyboard = await browser.newPage({ viewport: { width, height: 900 } });
      try {
        await keyboard.goto(`${WEB_URL}/tin-tuc`, { waitUntil: 'networkidle' });
        if (width === 375) await keyboard.locator('summary', { hasText: 'Danh mục' }).click();
        await keyboard.locator('body').focus();
        for (let i = 0; i < 80; i += 1) {
          await keyboard.keyboard.press('Tab');
          const where = await keyboard.evaluate(() => document.activeElement?.closest('.site-header, .site-nav, .site-footer, main')?.className ?? '');
          if (where.includes('main') && !where.includes('site-')) continue;
          const ring = await focusRing(keyboard);
          if (!ring) continue;
          checked.add(ring.element);
          const ratio = contrastRatio(ring.outline, ring.background);
          if (ring.outlineWidth < 2 || ratio < 3) problems.push(`${width} px ${ring.element}: ${ring.outlineWidth} px ${ring.outline} on ${ring.background} = ${ratio.toFixed(2)}:1`);
        }
      } finally {
        await keyboard.close();
      }
    }
    expect(checked.size).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('keeps the home page short on a phone: a compact header, sections as thumbnail-left lists', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 812 } });
    try {
      await phone.goto(`${WEB_URL}/`, { waitUntil: 'networkidle' });
      const header = await box(phone.locator('.site-header'));
      expect(header.height).toBeLessThanOrEqual(160); // was 250
      const height = await phone.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(10000); // was 16,400
      const section = phone.locator('.home__category').first();
      for (const card of await section.locator('.article-card').all()) {
        const cover = card.locator('img');
        if ((await cover.count()) === 0) continue;
        const [image, title] = [await box(cover), await box(card.locator('.article-card__title'))];
        expect(image.width).toBeLessThan(140);
        expect(image.right).toBeLessThanOrEqual(title.left);
      }
    } finally {
      await phone.close();
    }
  });

  it('fills the right-hand column on wide screens: latest news, coming events and related portals beside an article; events and portals on the home page', async () => {
    await visit(`/tin-tuc/${slugs.article}`);
    const article = await box(page.locator('article.article'));
    const side = page.getByRole('complementary', { name: 'Tin mới, đọc nhiều, sự kiện và liên kết' });
    const column = await box(side);
    expect(column.left).toBeGreaterThanOrEqual(article.right);
    for (const heading of ['Tin mới', 'Sự kiện sắp diễn ra', 'Liên kết website']) await expect(side.getByRole('heading', { level: 2, name: heading }).isVisible()).resolves.toBe(true);
    await expect(side.locator('.headlines a').count()).resolves.toBeGreaterThan(2);
    await expect(side.locator('.headlines a').evaluateAll((links, current) => links.some((a) => a.getAttribute('href') === current), `/tin-tuc/${slugs.article}`)).resolves.toBe(false);
    const portals = await side.locator('.related-portals a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })));
    expect(portals.length).toBeGreaterThan(2);
    for (const portal of portals) expect(portal).toEqual({ href: expect.stringMatching(/^https:\/\//), rel: 'noopener noreferrer' });

    await visit('/');
    const aside = await box(page.locator('.home__side'));
    const latest = await box(page.locator('.home__latest'));
    await expect(page.locator('.home__side .related-portals a').count()).resolves.toBeGreaterThan(2);
    // The side column reaches at least most of the way down beside the latest news.
    expect(aside.bottom).toBeGreaterThan(latest.top + 0.75 * latest.height);
    // A section's three articles fill its width (no empty fourth column).
    const section = page.locator('.home__category').first();
    const cards = await section.locator('.card-grid > li').all();
    if (cards.length === 3) expect((await box(section)).right - (await box(cards[2]!)).right).toBeLessThan(2);
  });

  it('answers a client that does not ask for HTML with a Vietnamese JSON error', async () => {
    for (const headers of [{ Accept: 'application/json' }, { 'User-Agent': 'curl/8.5.0', Accept: '*/*' }]) {
      const response = await fetch(`${WEB_URL}/api/khong-co`, { headers });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { statusCode: number; statusMessage: string; message: string };
      expect(body).toMatchObject({ statusCode: 404, statusMessage: 'Không tìm thấy trang' });
      expect(body.message).toMatch(/không tồn tại/);
      expect(JSON.stringify(body)).not.toMatch(/Page not found|Server Error|Not Found/i);
    }
  });
});

/** A response's raw bytes and headers (fetch would decompress and hide Content-Encoding). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(`${WEB_URL}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** Bytes of every script `path` makes Chromium load (until the network is idle), as sent with Accept-Encoding: gzip. */
async function javascriptGzipBytes(path: string): Promise<number> {
  const loading = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const scripts = new Set<string>();
  loading.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
  });
  try {
    await loading.goto(`${WEB_URL}${path}`, { waitUntil: 'networkidle' });
  } finally {
    await loading.close();
  }
  let total = 0;
  for (const script of scripts) {
    // As sent to a browser that accepts gzip (files too small to gain from it are sent as they are).
    total += (await rawGet(script, { 'accept-encoding': 'gzip' })).body.length;
  }
  return total;
}

/** Cumulative layout shift of `path` at `width`, from load until the page has been idle a moment (Chromium's layout-shift entries). */
async function cumulativeLayoutShift(path: string, width: number): Promise<number> {
  const measuring = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } });
  try {
    await measuring.addInitScript(() => {
      const shifts = ((window as unknown as { __layoutShifts: number[] }).__layoutShifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await measuring.goto(`${WEB_URL}${path}`, { waitUntil: 'networkidle' });
    await measuring.waitForTimeout(500);
    return await measuring.evaluate(() => (window as unknown as { __layoutShifts: number[] }).__layoutShifts.reduce((sum, value) => sum + value, 0));
  } finally {
    await measuring.close();
  }
}

describe('speed and page weight', () => {
  it('serves a cached page compressed (brotli or gzip, as asked) with Vary, a strong ETag and 304 on If-None-Match, and keeps its CSP and security headers', async () => {
    for (const path of ['/', `/tin-tuc/${slugs.article}`, '/rss.xml']) {
      const plain = await rawGet(path);
      const gzipped = await rawGet(path, { 'accept-encoding': 'gzip, deflate' });
      const brotli = await rawGet(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect({ path, statuses: [plain.status, gzipped.status, brotli.status], encodings: [plain.headers['content-encoding'], gzipped.headers['content-encoding'], brotli.headers['content-encoding']] })
        .toEqual({ path, statuses: [200, 200, 200], encodings: [undefined, 'gzip', 'br'] });
      expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
      expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
      expect(brotli.body.length).toBeLessThan(plain.body.length / 3);
      expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
      expect(brotli.headers.etag).toMatch(/^"[^"]+"$/);
      expect(brotli.headers['content-security-policy']).toBe(plain.headers['content-security-policy']);
      expect([brotli.headers['x-content-type-options'], brotli.headers['x-frame-options']]).toEqual(['nosniff', 'DENY']);
      const again = await rawGet(path, { 'accept-encoding': 'br', 'if-none-match': brotli.headers.etag! });
      expect({ path, status: again.status, bytes: again.body.length, etag: again.headers.etag }).toEqual({ path, status: 304, bytes: 0, etag: brotli.headers.etag });
    }
    // The page CSP of a hit still matches the inline scripts of the HTML it is sent with (built pages have none).
    const home = await rawGet('/');
    expect(home.headers['content-security-policy'] ?? '').toContain(`script-src ${['\'self\'', ...inlineScriptHashes(home.body.toString('utf8'))].join(' ')};`);
  });

  it('answers 20 simultaneous first visitors of a purged page with the same fresh page', async () => {
    await new Promise((r) => setTimeout(r, Math.max(0, lastPublishAt + 500 - Date.now())));
    const purge = await fetch(`${WEB_URL}/api/revalidate`, { method: 'POST', headers: { Authorization: `Bearer ${portal!.revalidateSecret}` } });
    expect(purge.status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 20 }, () => rawGet('/tin-tuc', { 'accept-encoding': 'br' })));
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((answer) => answer.headers.etag)).size).toBe(1);
  });

  it('does not move the layout while home, a list, an article and an event load (CLS ≤ 0.02 at 1280 and 375 px)', async () => {
    const shifts: Array<{ path: string; width: number; cls: number }> = [];
    for (const path of ['/', '/tin-tuc', `/tin-tuc/${slugs.article}`, `/su-kien/${slugs.event}`]) {
      for (const width of [1280, 375]) shifts.push({ path, width, cls: Number((await cumulativeLayoutShift(path, width)).toFixed(3)) });
    }
    expect(shifts.filter((shift) => shift.cls > 0.02)).toEqual([]);
  });

  it('keeps the JavaScript of an article and of the home page within its budget (gzip bytes loaded)', async () => {
    const article = await javascriptGzipBytes(`/tin-tuc/${slugs.article}`);
    const home = await javascriptGzipBytes('/');
    expect(article, `article page: ${(article / 1024).toFixed(1)} KB gzip of JavaScript`).toBeLessThanOrEqual(ARTICLE_JS_BUDGET_BYTES);
    expect(home, `home page: ${(home / 1024).toFixed(1)} KB gzip of JavaScript`).toBeLessThanOrEqual(HOME_JS_BUDGET_BYTES);
  });
});

/** Requests `paths` `concurrency` at a time; the statuses, in order. */
async function requestAll(paths: string[], concurrency = 50): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < paths.length; i += concurrency) {
    const batch = await Promise.all(paths.slice(i, i + concurrency).map(async (path) => {
      const response = await fetch(`${WEB_URL}${path}`);
      await response.arrayBuffer();
      return response.status;
    }));
    statuses.push(...batch);
  }
  return statuses;
}

describe('visitor statistics ("Thống kê truy cập")', () => {
  type Figures = { online: number; today: number; week: number; total: number };
  const figures = async (): Promise<Figures> => (await (await fetch(`${WEB_URL}/api/visits`)).json()) as Figures;
  /** The figures once the CMS's few seconds of memory have passed. */
  const freshFigures = async (): Promise<Figures> => {
    await new Promise((resolve) => setTimeout(resolve, 5200));
    return figures();
  };

  it('counts a new visitor browsing three pages once, a reload not at all and a bot never; the footer shows the four figures', async () => {
    const before = await freshFigures();
    // A crawler: it fetches pages and even the beacon, and is left out.
    await fetch(`${WEB_URL}/tin-tuc/${slugs.article}`, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
    await fetch(`${WEB_URL}/api/visits`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' }, body: '{}' });
    // A visitor no earlier test was (its own browser name): three pages and a reload.
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 }, userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36 visitor-${Date.now()}` });
    try {
      for (const path of ['/', '/tin-tuc', `/tin-tuc/${slugs.article}`]) {
        const beacon = visitor.waitForResponse((response) => response.url().endsWith('/api/visits') && response.request().method() === 'POST');
        await visitor.goto(`${WEB_URL}${path}`, { waitUntil: 'load' });
        expect((await beacon).status()).toBe(204);
      }
      await visitor.reload({ waitUntil: 'networkidle' });
      const after = await freshFigures();
      expect(after.today - before.today).toBe(1);
      expect(after.week - before.week).toBe(1);
      expect(after.total - before.total).toBe(1);
      expect(after.online).toBeGreaterThanOrEqual(1);

      await visitor.reload({ waitUntil: 'networkidle' });
      const footer = visitor.getByRole('region', { name: 'Thống kê truy cập' });
      for (const label of ['Đang online', 'Hôm nay', 'Trong tuần', 'Tất cả']) await expect(footer.getByText(label, { exact: true }).isVisible()).resolves.toBe(true);
      await expect(footer.locator('[data-visit-figure="total"]').textContent()).resolves.toBe(after.total.toLocaleString('vi-VN'));
    } finally {
      await visitor.close();
    }
    expect((await freshFigures()).today).toBe(before.today + 1);
  }, 60_000);

  it('refuses a beacon larger than a beacon (413) and answers figures to anyone', async () => {
    const large = await fetch(`${WEB_URL}/api/visits`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ article: 'x'.repeat(4096) }) });
    expect(large.status).toBe(413);
    const figures = await fetch(`${WEB_URL}/api/visits`);
    expect(figures.status).toBe(200);
    expect(Object.keys((await figures.json()) as object).sort()).toEqual(['online', 'today', 'total', 'week']);
  });
});

describe('"Đọc nhiều" (most read)', () => {
  /** The titles listed under "Đọc nhiều" on a page of the site, in order. */
  const mostReadTitles = async (path: string): Promise<string[]> => {
    await visit(path);
    const block = page.getByRole('region', { name: 'Đọc nhiều' });
    if ((await block.count()) === 0) return [];
    return block.locator('ol > li a').allTextContents();
  };
  const purgeSite = async () => {
    await new Promise((r) => setTimeout(r, Math.max(0, lastPublishAt + 3500 - Date.now()))); // past a publish's delayed purge
    const purge = await fetch(`${WEB_URL}/api/revalidate`, { method: 'POST', headers: { Authorization: `Bearer ${portal!.revalidateSecret}` } });
    expect(purge.status).toBe(200);
  };

  it('lists an article first on the home page and beside other articles once three readers have read it', async () => {
    // The oldest articles: no earlier test read them.
    const { articles } = await cms<{ articles: Array<{ slug: string; title: string }> }>(`{ articles(sort: "date:asc", pagination: { limit: 2 }) { slug title } }`);
    const [read, beside] = articles;
    await purgeSite();
    expect(await mostReadTitles('/')).not.toContain(read!.title);

    for (let reader = 1; reader <= 3; reader += 1) {
      const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 }, userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36 reader-${reader}-${Date.now()}` });
      try {
        const beacon = visitor.waitForResponse((response) => response.url().endsWith('/api/visits') && response.request().method() === 'POST');
        await visitor.goto(`${WEB_URL}/tin-tuc/${read!.slug}`, { waitUntil: 'load' });
        expect((await beacon).status()).toBe(204);
      } finally {
        await visitor.close();
      }
    }
    await new Promise((r) => setTimeout(r, 1100)); // past the CMS's memo (1 s here, 5 minutes in production)
    await purgeSite(); // pages and the side column keep their answer for up to an hour otherwise

    expect((await mostReadTitles('/'))[0]).toBe(read!.title);
    expect((await mostReadTitles(`/tin-tuc/${beside!.slug}`))[0]).toBe(read!.title);
    const link = page.getByRole('region', { name: 'Đọc nhiều' }).getByRole('link').first();
    await expect(link.getAttribute('href')).resolves.toBe(`/tin-tuc/${read!.slug}`);
    // Beside itself, an article is not listed.
    expect(await mostReadTitles(`/tin-tuc/${read!.slug}`)).not.toContain(read!.title);
  }, 60_000);
});

describe('when the CMS is down', () => {
  it('keeps cached pages through 2,100 junk URLs (robots.txt?x=N, utm_*/fbclid) and serves them with the CMS stopped; a normal request meanwhile stays fast; free-text filters are never cached', async () => {
    // Let the delayed purge of the last publish (3 s after it) pass, so it cannot empty the cache mid-test.
    await new Promise((r) => setTimeout(r, Math.max(0, lastPublishAt + 3500 - Date.now())));
    for (const path of ['/', '/tin-tuc', '/hoi-thanh-vien', '/gioi-thieu', '/robots.txt', '/hoi-thanh-vien?ten=y+hoc']) expect((await fetch(`${WEB_URL}${path}`)).status).toBe(200);
    const junk = Array.from({ length: 2100 }, (_, n) => (n % 2 === 0 ? `/robots.txt?x=${n}` : `/?utm_source=s${n}&utm_medium=m&fbclid=f${n}&gclid=g${n}`));
    const flood = requestAll(junk);
    await new Promise((r) => setTimeout(r, 100)); // the flood is under way
    const started = Date.now();
    const during = await fetch(`${WEB_URL}/tin-tuc`);
    const duringMs = Date.now() - started;
    expect(during.status).toBe(200);
    expect(duringMs).toBeLessThan(1000);
    expect((await flood).every((status) => status === 200)).toBe(true);

    await stopProcess(portal!.cms);
    // Never requested before, yet served from the home page's entry: utm_*/fbclid do not make a new one.
    for (const path of ['/', '/tin-tuc', '/hoi-thanh-vien', '/robots.txt?x=99999', '/?utm_source=never-seen&fbclid=new', '/tin-tuc?utm_campaign=x&trang=1']) {
      const response = await fetch(`${WEB_URL}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
    // A free-text filter has endless values: such a page is rendered for its visitor, never cached.
    expect((await fetch(`${WEB_URL}/hoi-thanh-vien?ten=y+hoc`)).status).toBe(503);
    // A client that does not ask for HTML gets the same answer as JSON, in Vietnamese.
    const json = await fetch(`${WEB_URL}/hoi-thanh-vien?ten=y+hoc`, { headers: { Accept: 'application/json' } });
    expect(json.status).toBe(503);
    const body = (await json.json()) as { statusMessage: string; message: string };
    expect(body.statusMessage).toBe('Hệ thống đang tạm gián đoạn');
    expect(JSON.stringify(body)).not.toMatch(/Server Error|unavailable/i);
    // The CMS stays down for the next test.
  });

  it('keeps serving cached pages, even after a purge, and answers the rest with a friendly 503', async () => {
    await fetch(`${WEB_URL}/gioi-thieu`); // cached
    await stopProcess(portal!.cms);
    const cached = await fetch(`${WEB_URL}/gioi-thieu`);
    expect(cached.status).toBe(200);
    expect(await cached.text()).toContain('Giới thiệu');
    // A publish purges the cache while the CMS is down: visitors still get the page they had, not a 503.
    const purge = await fetch(`${WEB_URL}/api/revalidate`, { method: 'POST', headers: { Authorization: `Bearer ${portal!.revalidateSecret}` } });
    expect(purge.status).toBe(200);
    const afterPurge = await fetch(`${WEB_URL}/gioi-thieu`);
    expect(afterPurge.status).toBe(200);
    expect(await afterPurge.text()).toContain('Giới thiệu');

    const response = await visit('/tin-tuc?trang=4');
    expect(response.status()).toBe(503);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Hệ thống đang tạm gián đoạn');
    const html = await response.text();
    expect(html).not.toMatch(/at .*\.(js|mjs):\d+|Error: |stack/i);
    portal!.cms = startCms(portal!);
  });
});
