import { vietnamDate } from '@lienhiep/vietnamese-text';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotBothWidths } from './support/browser';
import { CMS_URL, startPortal, stopPortal, type Portal } from './support/portal';

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
  portal = await startPortal({ cmsEnv: { SERVE_ADMIN_PANEL: 'true' } });
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
