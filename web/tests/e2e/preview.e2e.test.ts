import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousAccessibilityViolations } from './support/browser';
import { ADMIN, CMS_URL, startPortal, stopPortal, WEB_URL, type Portal } from './support/portal';

/**
 * Draft preview on the real site (issue 11): the admin's preview link for a draft shows it through
 * the site's own page, under a "Bản xem trước" bar, private, never indexed, framed by the admin
 * only; the same page without a valid token, or with a token for another document, is the 404.
 */
let portal: Portal | undefined;
let browser: Browser;
let page: Page;
let adminToken: string;
const stamp = Date.now();

async function admin(path: string, init: RequestInit = {}) {
  return fetch(`${CMS_URL}${path}`, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken}`, ...init.headers } });
}

/** A draft created in the admin's content manager, and the preview link the admin gives for it. */
async function draftWithPreview(uid: string, data: Record<string, unknown>): Promise<{ documentId: string; url: string }> {
  const created = await admin(`/content-manager/collection-types/${uid}`, { method: 'POST', body: JSON.stringify(data) });
  expect(created.status).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
  const link = await admin(`/content-manager/preview/url/${uid}?${new URLSearchParams({ documentId, status: 'draft' })}`);
  expect(link.status).toBe(200);
  return { documentId, url: ((await link.json()) as { data: { url: string } }).data.url };
}

let article: { documentId: string; url: string };
let event: { documentId: string; url: string };
const articleTitle = `Bài nháp xem trước ${stamp}`;

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const login = await fetch(`${CMS_URL}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  adminToken = ((await login.json()) as { data: { token: string } }).data.token;
  const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung chưa đăng của bài nháp.' }] }];
  article = await draftWithPreview('api::article.article', { title: articleTitle, summary: 'Tóm tắt bài nháp.', date: new Date().toISOString(), body });
  event = await draftWithPreview('api::event.event', { title: `Sự kiện nháp ${stamp}`, kind: 'other', startAt: '2027-03-01T01:00:00.000Z', allDay: false });
});

afterAll(async () => {
  await browser?.close();
  await stopPortal(portal);
});

describe('a draft preview', () => {
  it('shows the draft through the site\'s article page under a "Bản xem trước" bar, private and never indexed', async () => {
    expect(article.url.startsWith(`${WEB_URL}/xem-truoc?token=`)).toBe(true);
    const response = await page.goto(article.url, { waitUntil: 'load' });
    expect(response!.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe(articleTitle);
    await expect(page.locator('.preview-bar[role="status"]').innerText()).resolves.toMatch(/Bản xem trước\s*—\s*bài chưa đăng/);
    await expect(page.locator('article.article').getAttribute('data-article-id')).resolves.toBe(article.documentId);
    const headers = response!.headers();
    expect(headers['cache-control']).toBe('private, no-store');
    expect(headers['x-robots-tag']).toBe('noindex, nofollow');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/);
    expect(headers['content-security-policy']).toContain(`frame-ancestors ${CMS_URL}`);
    expect(headers['x-frame-options']).toBeUndefined();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Not stored for anybody: the draft's own address stays a 404, a second preview is rendered again.
    const slug = ((await (await admin(`/content-manager/collection-types/api::article.article/${article.documentId}`)).json()) as { data: { slug: string } }).data.slug;
    expect((await fetch(`${WEB_URL}/tin-tuc/${slug}`)).status).toBe(404);
  });

  it('shows an event draft through the event page', async () => {
    const response = await page.goto(event.url, { waitUntil: 'load' });
    expect(response!.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe(`Sự kiện nháp ${stamp}`);
  });

  it('is the site\'s 404 without a token, with a tampered one, or with one altered to name another draft', async () => {
    const token = new URL(article.url).searchParams.get('token')!;
    const [version, claims, signature] = token.split('.') as [string, string, string];
    const otherClaims = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(claims, 'base64url').toString()), uid: 'api::event.event', documentId: event.documentId })).toString('base64url');
    for (const [name, path] of Object.entries({
      'no token': '/xem-truoc',
      'a bad signature': `/xem-truoc?token=${version}.${claims}.${signature.slice(0, -4)}AAAA`,
      'another draft named with the same signature': `/xem-truoc?token=${version}.${otherClaims}.${signature}`,
    })) {
      const response = await page.goto(`${WEB_URL}${path}`, { waitUntil: 'load' });
      expect({ name, status: response!.status() }).toEqual({ name, status: 404 });
      expect(await page.content()).not.toContain(String(stamp));
      expect(response!.headers()['cache-control']).toMatch(/no-store/);
    }
  });

  it("is framed by a page of the CMS's origin (the admin's preview panel), while a public page refuses to be framed", async () => {
    const framing = await browser.newPage();
    // A document of the CMS's own origin, under the CMS's CSP (frame-src: the site), framing both pages as the admin does.
    await framing.goto(`${CMS_URL}/khung-xem-truoc-${stamp}`, { waitUntil: 'load' });
    await framing.evaluate(([previewUrl, publicUrl]) => {
      document.body.innerHTML = `<iframe name="preview" src="${previewUrl}"></iframe><iframe name="public" src="${publicUrl}"></iframe>`;
    }, [article.url, `${WEB_URL}/`]);
    await expect.poll(async () => framing.frame('preview')?.locator('h1').innerText().catch(() => ''), { timeout: 10000 }).toBe(articleTitle);
    // The editor saves: the admin tells the frame ("strapiUpdate"), which shows the saved draft.
    const saved = await admin(`/content-manager/collection-types/api::article.article/${article.documentId}`, { method: 'PUT', body: JSON.stringify({ title: `${articleTitle} (sửa)` }) });
    expect(saved.status).toBe(200);
    await framing.evaluate(() => window.frames[0]!.postMessage({ type: 'strapiUpdate' }, '*'));
    await expect.poll(async () => framing.frame('preview')?.locator('h1').innerText().catch(() => ''), { timeout: 10000 }).toBe(`${articleTitle} (sửa)`);
    // Refused by frame-ancestors 'none': the browser shows its own error in place of the site.
    const publicFrame = framing.frames().filter((frame) => frame !== framing.mainFrame() && frame.name() !== 'preview');
    expect(publicFrame).toHaveLength(1);
    expect(await publicFrame[0]!.locator('.site-header').count().catch(() => 0)).toBe(0);
    await framing.close();
  });
});
