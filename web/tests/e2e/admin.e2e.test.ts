import { vietnamDate } from '@lienhiep/vietnamese-text';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotBothWidths } from './support/browser';
import { CMS_URL, WEB_URL, startPortal, stopPortal, type Portal } from './support/portal';

/**
 * The Strapi admin panel as the union's staff meet it (issue 11), in Debian's Chromium against the
 * built admin (`strapi build`) of the real CMS seeded with the demo content and its demo staff: a
 * staff member who never signed in gets a Vietnamese panel from the sign-in page on, without the
 * Marketplace or Strapi's banners, and the panel calls nothing outside this machine; the article list
 * is the newsroom's; an author cannot publish.
 */
const EDITOR = { email: 'bientap@demo.lienhiephoi-laocai.vn', password: 'BienTap@2026' };
const AUTHOR = { email: 'tacgia@demo.lienhiephoi-laocai.vn', password: 'TacGia@2026' };
const ADMINISTRATOR = { email: 'quantri@demo.lienhiephoi-laocai.vn', password: 'QuanTri@2026' };
const ARTICLES = `${CMS_URL}/admin/content-manager/collection-types/api::article.article`;

let portal: Portal | undefined;
let browser: Browser;

/** A fresh browser profile (nothing in its storage) whose requests outside 127.0.0.1 are recorded. */
async function freshStaffBrowser(): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') outside.push(request.url());
  });
  return { context, page, outside };
}

async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${CMS_URL}/admin/auth/login`, { waitUntil: 'domcontentloaded' });
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.getByRole('button', { name: /^(Đăng nhập|Login)$/ }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
}

beforeAll(async () => {
  // The scheduler ticks every 5 seconds here (every minute in production), so a publish set a few
  // seconds ahead is seen within the test's time.
  portal = await startPortal({ cmsEnv: { SERVE_ADMIN_PANEL: 'true', SCHEDULER_CRON: '*/5 * * * * *' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopPortal(portal);
});

describe('the admin panel for a new staff member', () => {
  it('is in Vietnamese from the sign-in page on, shows no Marketplace or Strapi banner, and calls nothing outside the machine', async () => {
    const { context, page, outside } = await freshStaffBrowser();
    await page.goto(`${CMS_URL}/admin`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.getByRole('button', { name: 'Đăng nhập' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    await signIn(page, EDITOR);
    await expect.poll(() => page.getByRole('heading', { name: /^Xin chào/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText('Chào mừng bạn đến với bảng quản trị').count()).toBe(1);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Marketplace|Chợ ứng dụng|Introducing the new Media Library|Read blog post/);
    expect(await page.locator('a[href*="strapi.io"], a[href*="market.strapi"]').count()).toBe(0);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('lists articles newest first, 20 a page, with the newsroom columns and dd/mm/yyyy dates, and finds "HỘI THẢO" as "hội thảo"', async () => {
    const { context, page, outside } = await freshStaffBrowser();
    await signIn(page, EDITOR);
    await page.goto(ARTICLES, { waitUntil: 'domcontentloaded' });
    const table = page.getByRole('grid').or(page.getByRole('table')).first();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(20);
    const headers = (await table.locator('thead').innerText()).toLowerCase();
    for (const column of ['tiêu đề', 'ngày đăng', 'chuyên mục', 'tác giả', 'tin nổi bật', 'trạng thái duyệt']) expect(headers).toContain(column);
    // Newest first: the demo contributor's submission, the last article the demo content creates, leads.
    expect(await table.locator('tbody tr').first().innerText()).toContain('bài gửi mẫu');
    expect(await table.locator('tbody').innerText()).toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
    await screenshotBothWidths(page, 'admin-article-list');

    const rowsFound = async (query: string) => {
      await page.goto(`${ARTICLES}?page=1&pageSize=20&sort=createdAt:DESC&_q=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded' });
      await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      return table.locator('tbody').innerText();
    };
    const lower = await rowsFound('hội thảo');
    expect(await rowsFound('HỘI THẢO')).toBe(lower);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('shows a date as dd/mm/yyyy in the edit view, in Vietnamese and in English alike', async () => {
    const answer = await fetch(`${CMS_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(sort: "date:desc", pagination: { limit: 1 }) { documentId date } }' }),
    });
    const [article] = ((await answer.json()) as { data: { articles: Array<{ documentId: string; date: string }> } }).data.articles;
    const [year, month, day] = vietnamDate(article.date).split('-');
    const expected = `${day}/${month}/${year}`;

    const dateShown = async (account: { email: string; password: string }) => {
      const { context, page } = await freshStaffBrowser();
      await signIn(page, account);
      await page.goto(`${ARTICLES}/${article.documentId}`, { waitUntil: 'domcontentloaded' });
      const input = page.locator('input[pattern]').first();
      await expect.poll(() => input.count(), { timeout: 30_000 }).toBe(1);
      const value = await input.inputValue();
      await screenshotBothWidths(page, `admin-article-edit-${account.email.split('@')[0]}`);
      await context.close();
      return value;
    };
    expect(await dateShown(EDITOR)).toBe(expected);

    // The demo administrator switches the interface to English (Profile → Interface language).
    const login = await fetch(`${CMS_URL}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMINISTRATOR) });
    const token = ((await login.json()) as { data: { token: string } }).data.token;
    const switched = await fetch(`${CMS_URL}/admin/users/me`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ preferedLanguage: 'en' }) });
    expect(switched.status).toBe(200);
    expect(await dateShown(ADMINISTRATOR)).toBe(expected);
  });

  it('gives an author no way to publish', async () => {
    const { context, page } = await freshStaffBrowser();
    await signIn(page, AUTHOR);
    await page.goto(`${ARTICLES}/create`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.getByLabel('Tiêu đề').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^(Publish|Đăng)$/ }).count()).toBe(0);
    await context.close();
  });
});

describe('the newsroom walk (issue 11, "Done when")', () => {
  /** A staff member's session for the admin's own API (what the panel calls). Strapi allows 5 sign-ins per account in 5 minutes. */
  async function staffToken(account: { email: string; password: string }): Promise<string> {
    const login = await fetch(`${CMS_URL}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
    expect(login.status).toBe(200);
    return ((await login.json()) as { data: { token: string } }).data.token;
  }

  it("an editor previews a draft on the site, schedules it, sees it appear on the site on time, its history shows who changed what, and an author's draft waits for review", async () => {
    const stamp = Date.now();
    const title = `Bài hẹn giờ đăng ${stamp}`;
    const slug = `bai-hen-gio-dang-${stamp}`;
    const token = await staffToken(EDITOR);
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${CMS_URL}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...init.headers } });
    const created = await api('/content-manager/collection-types/api::article.article', {
      method: 'POST',
      body: JSON.stringify({ title, slug, summary: 'Bài nháp chờ giờ đăng.', featured: false, date: new Date().toISOString(), body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung bài hẹn giờ.' }] }] }),
    });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

    const { context, page, outside } = await freshStaffBrowser();
    await signIn(page, EDITOR);
    await page.goto(`${ARTICLES}/${documentId}`, { waitUntil: 'domcontentloaded' });

    // Preview: the edit view's "Xem trước" panel opens the draft rendered by the site under its bar.
    const openPreview = page.getByRole('link', { name: 'Mở xem trước' }).or(page.getByRole('button', { name: 'Mở xem trước' }));
    await expect.poll(() => openPreview.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await openPreview.first().click();
    await page.waitForURL((url) => url.pathname.includes('/preview'), { timeout: 30_000 });
    const frame = page.frameLocator('iframe').first();
    await expect.poll(() => frame.getByText('Bản xem trước').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => frame.getByRole('heading', { name: title }).count(), { timeout: 30_000 }).toBe(1);
    await screenshotBothWidths(page, 'admin-preview');
    // Not on the site yet.
    expect((await fetch(`${WEB_URL}/tin-tuc/${slug}`)).status).toBe(404);

    // Schedule: the editor types "Đăng lúc" (dd/mm/yyyy, hh:mm in Vietnam time; the pickers named in
    // Vietnamese, patches/@strapi__admin@5.54.0.patch) in the edit view and saves.
    // The next whole minute at least 30 s away (the field has minutes, not seconds).
    const publishAt = new Date(Math.floor((Date.now() + 90_000) / 60_000) * 60_000);
    const vietnam = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(publishAt)
        .map((part) => [part.type, part.value]),
    );
    await page.goto(`${ARTICLES}/${documentId}`, { waitUntil: 'domcontentloaded' });
    const publishField = page.getByRole('group', { name: 'Đăng lúc' });
    await expect.poll(() => publishField.count(), { timeout: 30_000 }).toBe(1);
    const dateInput = publishField.getByRole('combobox', { name: 'Chọn ngày' });
    await dateInput.click();
    await dateInput.fill(`${vietnam.day}/${vietnam.month}/${vietnam.year}`);
    await dateInput.press('Enter');
    const timeInput = publishField.getByRole('combobox', { name: 'Chọn giờ' });
    await timeInput.click();
    await timeInput.fill(`${vietnam.hour}:${vietnam.minute}`);
    await timeInput.press('Enter');
    await page.getByRole('button', { name: /^Lưu$/ }).click();
    await expect
      .poll(async () => {
        const stored = await api(`/content-manager/collection-types/api::article.article/${documentId}`);
        return ((await stored.json()) as { data: { scheduledPublishAt: string | null } }).data.scheduledPublishAt;
      }, { timeout: 30_000 })
      .toBe(publishAt.toISOString());
    await page.goto(`${ARTICLES}?page=1&pageSize=20&sort=createdAt:DESC`, { waitUntil: 'domcontentloaded' });
    const row = page.locator('tbody tr', { hasText: title });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    const [year, month, day] = vietnamDate(publishAt.toISOString()).split('-');
    expect(await row.innerText()).toContain(`${day}/${month}/${year}`);
    expect((await fetch(`${WEB_URL}/tin-tuc/${slug}`)).status).toBe(404);

    // On time: the scheduler publishes it and the site shows it (its cache purged as by a manual publish).
    await expect
      .poll(async () => (await fetch(`${WEB_URL}/tin-tuc/${slug}`)).status, { timeout: 150_000, intervals: [2_000] })
      .toBe(200);
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime());
    expect(await (await fetch(`${WEB_URL}/tin-tuc/${slug}`)).text()).toContain(title);

    // History: who changed what, the scheduled publication included.
    await page.goto(`${ARTICLES}/${documentId}`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.getByText('Lịch sử phiên bản').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const versions = page.getByRole('button', { name: /^Xem phiên bản #/ });
    await expect.poll(() => versions.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const history = await page.locator('body').innerText();
    expect(history).toContain('Biên tập viên Mẫu');
    expect(history).toMatch(/Đăng lúc/);
    await screenshotBothWidths(page, 'admin-history');

    // An author's draft sent for review ("gửi duyệt") waits in the same editor's list as "Chờ duyệt".
    const authorTitle = `Bài tác giả gửi duyệt ${stamp}`;
    const authorToken = await staffToken(AUTHOR);
    const submitted = await fetch(`${CMS_URL}/content-manager/collection-types/api::article.article`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${authorToken}` },
      body: JSON.stringify({ title: authorTitle, slug: `bai-tac-gia-${stamp}`, summary: 'Chờ biên tập viên duyệt.', featured: false, reviewStatus: 'Chờ duyệt', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bản thảo.' }] }] }),
    });
    expect(submitted.status).toBe(201);
    await page.goto(`${ARTICLES}?page=1&pageSize=20&sort=createdAt:DESC`, { waitUntil: 'domcontentloaded' });
    const waiting = page.locator('tbody tr', { hasText: authorTitle });
    await expect.poll(() => waiting.count(), { timeout: 30_000 }).toBe(1);
    expect(await waiting.innerText()).toContain('Chờ duyệt');
    expect(outside).toEqual([]);
    await context.close();
  }, 360_000);
});

describe('"Nhập bài" (import from the old site)', () => {
  it('imports an RSS file as drafts with a progress bar, and importing it again creates nothing', async () => {
    const stamp = Date.now();
    const item = (n: number) => `<item>
      <title>Tin trang cũ số ${n} — ${stamp}</title>
      <link>https://trang-cu.lienhiep.example/tin-${stamp}-${n}/</link>
      <guid isPermaLink="false">tin-${stamp}-${n}</guid>
      <pubDate>Mon, 0${n} Sep 2025 08:00:00 +0700</pubDate>
      <description>&lt;p&gt;Nội dung tin số ${n} của trang cũ.&lt;/p&gt;</description>
    </item>`;
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Trang cũ</title><link>https://trang-cu.lienhiep.example/</link><description>Tin</description>${[1, 2, 3].map(item).join('')}</channel></rss>`;
    const file = { name: 'trang-cu.xml', mimeType: 'application/rss+xml', buffer: Buffer.from(rss, 'utf8') };

    // An author: the page offers drafts only (publishing is the editors').
    const { context, page, outside } = await freshStaffBrowser();
    await signIn(page, AUTHOR);
    await page.goto(`${CMS_URL}/admin/lienhiep-import`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.getByRole('heading', { name: 'Nhập bài từ trang cũ' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole('radio', { name: /Đăng ngay/ }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: /Bản nháp/ }).isChecked()).toBe(true);

    const importOnce = async () => {
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.getByRole('button', { name: 'Bắt đầu nhập' }).click();
      const done = page.getByText(/^Hoàn tất\./);
      await expect.poll(() => done.count(), { timeout: 60_000 }).toBe(1);
      const bar = page.locator('progress#tien-do-nhap');
      expect(await bar.getAttribute('value')).toBe('3');
      expect(await bar.getAttribute('max')).toBe('3');
      expect(await page.getByText('Tiến độ: 3/3 bài').count()).toBe(1);
      return done.innerText();
    };
    expect(await importOnce()).toContain('3 bài mới');
    await screenshotBothWidths(page, 'admin-import');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.getByRole('button', { name: 'Bắt đầu nhập' }).count(), { timeout: 30_000 }).toBe(1);
    const again = await importOnce();
    expect(again).toContain('0 bài mới');
    expect(again).toContain('3 bài bỏ qua');

    // Drafts: not on the site.
    const answer = await fetch(`${CMS_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ articles(filters: { title: { contains: "${stamp}" } }) { title } }` }),
    });
    expect(((await answer.json()) as { data: { articles: unknown[] } }).data.articles).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
