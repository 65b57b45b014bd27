import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotBothWidths, seriousAccessibilityViolations } from './support/browser';
import { ADMIN, CMS_URL, startCms, startPortal, stopPortal, stopProcess, WEB_URL, type Portal } from './support/portal';

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
    await page.getByRole('button', { name: /^Xem ảnh 1\// }).click();
    await expect(page.locator('dialog.lightbox').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
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
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Hội thành viên');
    await page.getByRole('link', { name: /Hội Y học/ }).first().click();
    await page.waitForURL(/\/hoi-thanh-vien\/hoi-y-hoc/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/Hội Y học/);
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

describe('when the CMS is down', () => {
  it('keeps serving cached pages and answers the rest with a friendly 503', async () => {
    await fetch(`${WEB_URL}/gioi-thieu`); // cached
    await stopProcess(portal!.cms);
    const cached = await fetch(`${WEB_URL}/gioi-thieu`);
    expect(cached.status).toBe(200);
    expect(await cached.text()).toContain('Giới thiệu');

    const response = await visit('/tin-tuc?trang=4');
    expect(response.status()).toBe(503);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Hệ thống đang tạm gián đoạn');
    const html = await response.text();
    expect(html).not.toMatch(/at .*\.(js|mjs):\d+|Error: |stack/i);
    portal!.cms = startCms(portal!);
  });
});
