import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotBothWidths, seriousAccessibilityViolations } from './support/browser';
import { contrastRatio, focusRing } from './support/layout';
import { ADMIN, CMS_URL, startPortal, stopPortal, WEB_URL, type Portal } from './support/portal';

/**
 * Contributors of the member associations (issue 9), end to end on the real portal: the built site,
 * the CMS seeded with the demo content (and its demo contributor), Debian's Chromium. A contributor
 * signs in on the site, sends an article with a cover image, sees it "Chờ duyệt"; an editor publishes
 * it through the CMS's admin API and it appears on /tin-tuc, "Đã đăng" for the contributor; an
 * editor's note shows "Cần sửa". Then what keeps it safe: CSRF, the cookie, no caching, the sign-in
 * rate limit (last: it locks the test's address out of signing in for 15 minutes).
 */
const CONTRIBUTOR = { email: 'congtacvien@demo.lienhiephoi-laocai.vn', password: 'CongTacVien@2026' };
const NEW_PASSWORD = 'CongTacVien@2027-moi';
const RESET_PASSWORD = 'CongTacVien@2028-dat-lai';
const ARTICLE_UID = 'api::article.article';

let portal: Portal | undefined;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let adminToken: string | undefined;
/** A real SMTP server the CMS sends its e-mails to (SMTP_HOST), and what it received. */
let smtp: SMTPServer;
const mails: Array<{ to: string[]; raw: string }> = [];
/** The article sent in the first test, used by the next ones. */
const sent = { title: `Hội thảo chuyển đổi số của hội ${Date.now()}`, documentId: '' };

/** A real PNG (a `width`×`height` gradient), made on the spot: nothing is downloaded. */
function pngImage(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) rows.set([(x * 255) / width, (y * 255) / height, 128], y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

async function visit(path: string, on: Page = page) {
  return (await on.goto(`${WEB_URL}${path}`, { waitUntil: 'load' }))!;
}

/** Signs in through the site's form (the page must not be signed in). */
async function signIn(password = CONTRIBUTOR.password, on: Page = page) {
  await visit('/dang-nhap', on);
  await on.getByLabel('E-mail').fill(CONTRIBUTOR.email);
  await on.getByLabel('Mật khẩu').fill(password);
  await Promise.all([on.waitForLoadState('load'), on.getByRole('button', { name: 'Đăng nhập' }).click()]);
}

/** The signed-in browser's cookies as a Cookie header, for requests made outside the browser. */
async function cookieHeader(): Promise<string> {
  return (await context.cookies(WEB_URL)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

async function cmsAdmin(path: string, method: string, body?: unknown): Promise<Response> {
  if (!adminToken) {
    const login = await fetch(`${CMS_URL}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
    adminToken = ((await login.json()) as { data: { token: string } }).data.token;
  }
  return fetch(`${CMS_URL}/content-manager${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The status shown for a submission in the contributor's list. */
async function statusOf(title: string): Promise<string> {
  await visit('/cong-tac-vien');
  return page.locator('.submission', { hasText: title }).innerText();
}

/** The submission form filled in (the cover left to the caller). */
async function fillSubmission(title: string) {
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Tóm tắt').fill('Hội tổ chức hội thảo về chuyển đổi số trong nông nghiệp vùng cao.');
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('## Mở đầu\n\nHội thảo diễn ra tại **thành phố Lào Cai**.\n\n- Nông nghiệp số\n- Truy xuất nguồn gốc\n\nXem thêm tại [trang của hội](https://example.org/hoi-thao).');
  await page.getByLabel('Chuyên mục', { exact: true }).selectOption({ index: 1 });
}

async function submit() {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: /^(Gửi tin|Lưu và gửi lại)$/ }).click()]);
}

/** The text of a received e-mail with its quoted-printable escapes undone (soft line breaks, =XX). */
function decodedMail(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

async function mailTo(address: string, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = mails.find((candidate) => candidate.to.includes(address));
    if (mail) return decodedMail(mail.raw);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no e-mail to ${address}`);
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()), raw: Buffer.concat(chunks).toString('latin1') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  portal = await startPortal({ smtp: { host: '127.0.0.1', port: smtpPort } });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await stopPortal(portal);
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

describe('a contributor sends news for their association', () => {
  it('opens the site\'s own Vietnamese sign-in from the header, with a link to the admin panel for staff, and signs in with the keyboard', async () => {
    await visit('/');
    await Promise.all([page.waitForURL(`${WEB_URL}/dang-nhap`), page.locator('.site-header__signin').click()]);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Đăng nhập');
    await expect(page.getByRole('link', { name: 'trang quản trị nội dung' }).getAttribute('href')).resolves.toBe(`${CMS_URL}/admin`);
    await expect(page.getByLabel('E-mail').getAttribute('autocomplete')).resolves.toBe('username');
    await expect(page.getByLabel('Mật khẩu').getAttribute('autocomplete')).resolves.toBe('current-password');

    await page.getByLabel('E-mail').focus();
    await page.keyboard.type(CONTRIBUTOR.email);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('dang-nhap-password');
    await page.keyboard.type(CONTRIBUTOR.password);
    await page.keyboard.press('Tab');
    const ring = (await focusRing(page))!;
    expect(ring.element).toMatch(/^button/);
    expect(ring.outlineWidth).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(ring.outline, ring.background)).toBeGreaterThanOrEqual(3);
    await Promise.all([page.waitForURL(`${WEB_URL}/cong-tac-vien`), page.keyboard.press('Enter')]);
    await expect(page.locator('.contributor-nav').innerText()).resolves.toMatch(/Cộng tác viên .+ – .+\(dữ liệu mẫu\)/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Tin đã gửi');
  });

  it('refuses a cover that is not an image (checked by the CMS) or larger than 10 MB (checked by the site: 413), next to the field, keeping what was typed', async () => {
    await visit('/cong-tac-vien/gui-tin');
    await fillSubmission(sent.title);
    await page.getByLabel('Ảnh đại diện').setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
    const notImage = page.waitForResponse((response) => response.url() === `${WEB_URL}/cong-tac-vien/gui-tin` && response.request().method() === 'POST');
    await submit();
    expect((await notImage).status()).toBe(400);
    await expect(page.locator('#tin-cover-loi').textContent()).resolves.toMatch(/Lỗi: .*ảnh/i);
    await expect(page.getByLabel('Ảnh đại diện').getAttribute('aria-describedby')).resolves.toContain('tin-cover-loi');
    await expect(page.getByLabel('Tiêu đề').inputValue()).resolves.toBe(sent.title);
    await expect(page.getByLabel('Nội dung', { exact: true }).inputValue()).resolves.toContain('## Mở đầu');
    // The error summary has the focus, and links to the field.
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('error-summary');
    await expect(page.locator('.error-summary a').first().getAttribute('href')).resolves.toBe('#tin-cover');

    const huge = Buffer.alloc(10 * 1024 * 1024 + 1024);
    pngImage(4, 4).copy(huge);
    await page.getByLabel('Ảnh đại diện').setInputFiles({ name: 'anh-lon.png', mimeType: 'image/png', buffer: huge });
    const tooLarge = page.waitForResponse((response) => response.url() === `${WEB_URL}/cong-tac-vien/gui-tin` && response.request().method() === 'POST');
    await submit();
    expect((await tooLarge).status()).toBe(413);
    await expect(page.locator('#tin-cover-loi').textContent()).resolves.toBe('Lỗi: Ảnh đại diện lớn hơn 10 MB. Vui lòng chọn ảnh nhỏ hơn.');
    await expect(page.getByLabel('Tiêu đề').inputValue()).resolves.toBe(sent.title);
    await screenshotBothWidths(page, 'cong-tac-vien-gui-tin-loi');
  });

  it('sends an article with a cover image and sees it "Chờ duyệt"', async () => {
    await visit('/cong-tac-vien/gui-tin');
    await fillSubmission(sent.title);
    await page.getByLabel('Ảnh đại diện').setInputFiles({ name: 'hoi-thao.png', mimeType: 'image/png', buffer: pngImage(320, 200) });
    await page.getByLabel('Mô tả ảnh').fill('Đại biểu dự hội thảo');
    await submit();
    expect(page.url()).toBe(`${WEB_URL}/cong-tac-vien?thong_bao=da-gui-tin`);
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/Đã gửi tin/);
    const item = page.locator('.submission', { hasText: sent.title });
    await expect(item.innerText()).resolves.toMatch(/Chờ duyệt/);
    sent.documentId = (await item.getByRole('link', { name: sent.title }).getAttribute('href'))!.split('/').pop()!;
    expect(sent.documentId).toMatch(/^[a-z0-9]+$/);
    // Not on the site while it waits.
    expect(await (await fetch(`${WEB_URL}/tin-tuc`)).text()).not.toContain(sent.title);
    await screenshotBothWidths(page, 'cong-tac-vien');
  });

  it('edits the submission while it is a draft, with the cover kept', async () => {
    await visit(`/cong-tac-vien/tin/${sent.documentId}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Sửa tin');
    await expect(page.getByLabel('Nội dung', { exact: true }).inputValue()).resolves.toMatch(/## Mở đầu[\s\S]*- Nông nghiệp số[\s\S]*\[trang của hội\]\(https:\/\/example\.org\/hoi-thao\)/);
    await expect(page.locator('.contributor-form__cover').getAttribute('src')).resolves.toMatch(/\/uploads\//);
    sent.title = `${sent.title} (đã sửa)`;
    await page.getByLabel('Tiêu đề').fill(sent.title);
    await submit();
    expect(page.url()).toBe(`${WEB_URL}/cong-tac-vien?thong_bao=da-sua-tin`);
    await expect(page.locator('.submission', { hasText: sent.title }).innerText()).resolves.toMatch(/Chờ duyệt/);
  });

  it('shows "Cần sửa" with the editor\'s note', async () => {
    const note = 'Vui lòng bổ sung thời gian diễn ra hội thảo.';
    const updated = await cmsAdmin(`/collection-types/${ARTICLE_UID}/${sent.documentId}`, 'PUT', { reviewNote: note });
    expect(updated.status).toBe(200);
    const shown = await statusOf(sent.title);
    expect(shown).toMatch(/Cần sửa/);
    expect(shown).toContain(note);
    await visit(`/cong-tac-vien/tin/${sent.documentId}`);
    await expect(page.locator('.submission__note').innerText()).resolves.toContain(note);
  });

  it('appears on /tin-tuc once an editor publishes it, and the contributor then sees "Đã đăng", read only', async () => {
    const published = await cmsAdmin(`/collection-types/${ARTICLE_UID}/${sent.documentId}/actions/publish`, 'POST', {});
    expect(published.status).toBe(200);
    const deadline = Date.now() + 15000;
    let list = '';
    while (Date.now() < deadline && !list.includes(sent.title)) {
      list = await (await fetch(`${WEB_URL}/tin-tuc`)).text();
      if (!list.includes(sent.title)) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(list).toContain(sent.title);
    await expect(statusOf(sent.title)).resolves.toMatch(/Đã đăng/);
    // The article as visitors read it: the light markup became headings, lists and links.
    await Promise.all([page.waitForLoadState('load'), page.locator('.submission', { hasText: sent.title }).getByRole('link', { name: 'Xem tin trên cổng thông tin' }).click()]);
    await expect(page.getByRole('heading', { level: 2, name: 'Mở đầu' }).count()).resolves.toBe(1);
    await expect(page.locator('.rich-text li', { hasText: 'Truy xuất nguồn gốc' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'trang của hội' }).getAttribute('href')).resolves.toBe('https://example.org/hoi-thao');
    await visit(`/cong-tac-vien/tin/${sent.documentId}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Tin đã đăng');
    await expect(page.locator('form.contributor-form').count()).resolves.toBe(0);
  });
});

describe('what keeps it safe', () => {
  it('keeps the JWT in an HttpOnly, SameSite cookie (not Secure on http) that no page, script or HTML ever shows', async () => {
    const session = (await context.cookies(WEB_URL)).find((cookie) => cookie.name === 'lh_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    expect(session.value.split('.')).toHaveLength(3);
    const csrf = (await context.cookies(WEB_URL)).find((cookie) => cookie.name === 'lh_csrf')!;
    expect(csrf).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    for (const path of ['/cong-tac-vien', '/cong-tac-vien/gui-tin', `/cong-tac-vien/tin/${sent.documentId}`, '/cong-tac-vien/doi-mat-khau', '/']) {
      const response = await visit(path);
      expect(await response.text(), path).not.toContain(session.value);
      await expect(page.evaluate(() => document.cookie), path).resolves.toBe('');
      for (const src of await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src))) {
        expect(await (await fetch(src)).text()).not.toContain(session.value);
      }
    }
  });

  it('sends signed-in pages "private, no-store" and never serves them to another visitor', async () => {
    const cookie = await cookieHeader();
    const name = (await (await visit('/cong-tac-vien')).text()).match(/<strong>([^<]+)<\/strong>/)![1]!;
    for (const path of ['/cong-tac-vien', '/cong-tac-vien/gui-tin', `/cong-tac-vien/tin/${sent.documentId}`, '/cong-tac-vien/doi-mat-khau', '/dang-nhap', '/dang-ky-cong-tac-vien', '/quen-mat-khau']) {
      const signedIn = await fetch(`${WEB_URL}${path}`, { headers: { cookie }, redirect: 'manual' });
      expect({ path, cacheControl: signedIn.headers.get('cache-control') }).toEqual({ path, cacheControl: 'private, no-store' });
      const anonymous = await fetch(`${WEB_URL}${path}`, { redirect: 'manual' });
      expect(anonymous.headers.get('cache-control'), path).toBe('private, no-store');
      const body = await anonymous.text();
      expect(body, path).not.toContain(name);
      if (path.startsWith('/cong-tac-vien')) expect({ path, status: anonymous.status, location: anonymous.headers.get('location') }).toEqual({ path, status: 303, location: '/dang-nhap' });
    }
    // A shared (cached) page is the same for a signed-in contributor as for anyone.
    const [withSession, without] = await Promise.all([fetch(`${WEB_URL}/tin-tuc`, { headers: { cookie } }), fetch(`${WEB_URL}/tin-tuc`)]);
    const [a, b] = [await withSession.text(), await without.text()];
    expect(a).toBe(b);
    expect(a).not.toContain(name);
  });

  it('refuses a submission body over 20.5 MB unread (413, the error next to the cover field), never a 500', async () => {
    const cookie = await cookieHeader();
    const token = (await context.cookies(WEB_URL)).find((entry) => entry.name === 'lh_csrf')!.value;
    const form = new FormData();
    form.append('_csrf', token);
    form.append('title', 'Tin có ảnh quá lớn');
    form.append('cover', new Blob([Buffer.alloc(21 * 1024 * 1024)], { type: 'image/png' }), 'rat-lon.png');
    const response = await fetch(`${WEB_URL}/cong-tac-vien/gui-tin`, { method: 'POST', headers: { cookie, origin: WEB_URL, accept: 'text/html' }, body: form });
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain('id="tin-cover-loi"');
    expect(html).toContain('Ảnh đại diện lớn hơn 10 MB. Vui lòng chọn ảnh nhỏ hơn.');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('refuses a form without its token, or posted from another origin, with a Vietnamese 403 page', async () => {
    // Without the token: the browser's own form, its hidden field removed.
    await visit('/cong-tac-vien/gui-tin');
    await fillSubmission('Tin không có mã chống giả mạo');
    await page.locator('form.contributor-form input[name="_csrf"]').evaluate((input) => input.remove());
    const refused = page.waitForResponse((response) => response.url() === `${WEB_URL}/cong-tac-vien/gui-tin` && response.request().method() === 'POST');
    await submit();
    expect((await refused).status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Yêu cầu bị từ chối');

    // From another origin: a page on another port (same site, so the browser sends the cookies) posts a copy of the form with a valid token.
    const token = (await context.cookies(WEB_URL)).find((cookie) => cookie.name === 'lh_csrf')!.value;
    const other: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><form method="post" action="${WEB_URL}/cong-tac-vien/doi-mat-khau"><input name="_csrf" value="${token}"><input name="currentPassword" value="x"><input name="password" value="bi-danh-cap-2026"><input name="passwordConfirmation" value="bi-danh-cap-2026"><button>Gửi</button></form>`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      const crossOrigin = page.waitForResponse((response) => response.url() === `${WEB_URL}/cong-tac-vien/doi-mat-khau`);
      await page.getByRole('button', { name: 'Gửi' }).click();
      expect((await crossOrigin).status()).toBe(403);
      await page.waitForLoadState('load');
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Yêu cầu bị từ chối');
    } finally {
      other.close();
    }
    // Outside a browser: no Origin and no Referer is refused too.
    const bare = await fetch(`${WEB_URL}/dang-xuat`, { method: 'POST', headers: { cookie: await cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${token}` });
    expect(bare.status).toBe(403);
    // Still signed in: none of these did anything.
    await expect((await visit('/cong-tac-vien')).status()).toBe(200);
  });

  it('answers other methods than GET, HEAD and POST on a form with 405, and POST on a page without a form too', async () => {
    expect((await fetch(`${WEB_URL}/dang-nhap`, { method: 'PUT' })).status).toBe(405);
    const list = await fetch(`${WEB_URL}/cong-tac-vien`, { method: 'POST', headers: { origin: WEB_URL } });
    expect({ status: list.status, allow: list.headers.get('allow') }).toEqual({ status: 405, allow: 'GET, HEAD' });
    expect((await fetch(`${WEB_URL}/tin-tuc`, { method: 'POST', headers: { origin: WEB_URL } })).status).toBe(405);
  });

  it('changes the password (the current one checked first) and signs out with a POST', async () => {
    await visit('/cong-tac-vien/doi-mat-khau');
    await page.getByLabel('Mật khẩu hiện tại').fill('khong-dung-2026');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Đổi mật khẩu' }).click()]);
    await expect(page.locator('#doi-mat-khau-currentPassword-loi').isVisible()).resolves.toBe(true);

    await page.getByLabel('Mật khẩu hiện tại').fill(CONTRIBUTOR.password);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Đổi mật khẩu' }).click()]);
    expect(page.url()).toBe(`${WEB_URL}/cong-tac-vien?thong_bao=da-doi-mat-khau`);

    await Promise.all([page.waitForLoadState('load'), page.locator('.contributor-nav').getByRole('button', { name: 'Đăng xuất' }).click()]);
    expect(page.url()).toBe(`${WEB_URL}/dang-nhap?thong_bao=da-dang-xuat`);
    await expect(page.getByRole('status').innerText()).resolves.toBe('Bạn đã đăng xuất.');
    expect((await context.cookies(WEB_URL)).some((cookie) => cookie.name === 'lh_session')).toBe(false);
    expect((await visit('/cong-tac-vien')).url()).toBe(`${WEB_URL}/dang-nhap`);

    await signIn(NEW_PASSWORD);
    expect(page.url()).toBe(`${WEB_URL}/cong-tac-vien`);
    await Promise.all([page.waitForLoadState('load'), page.locator('.contributor-nav').getByRole('button', { name: 'Đăng xuất' }).click()]);
  });

  it('takes an account request for a published association, says when the e-mail is taken, and lets the account in once staff approve it', async () => {
    const requested = { email: `binh.${Date.now()}@hoi.example`, password: 'MatKhau@2026-binh' };
    await visit('/dang-ky-cong-tac-vien');
    const associations = await page.getByLabel('Hội', { exact: true }).locator('option').count();
    expect(associations).toBeGreaterThan(1);
    const fill = async (email: string) => {
      await page.getByLabel('Họ và tên').fill('Trần Văn Bình');
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Số điện thoại').fill('0214 3820 123');
      await page.getByLabel('Hội', { exact: true }).selectOption({ index: 1 });
      await page.getByLabel('Mật khẩu').fill(requested.password);
      await page.getByLabel('Lời nhắn').fill('Tôi là thư ký của hội.');
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Gửi yêu cầu' }).click()]);
    };
    await fill(requested.email);
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/Đã gửi yêu cầu/);
    await fill(CONTRIBUTOR.email);
    await expect(page.locator('#dang-ky-email-loi').textContent()).resolves.toMatch(/^Lỗi: /);
    await expect(page.getByLabel('Họ và tên').inputValue()).resolves.toBe('Trần Văn Bình');
    await expect(page.getByLabel('Mật khẩu').inputValue()).resolves.toBe('');

    // Not yet approved: the CMS's Vietnamese explanation.
    const signInAs = async () => {
      await visit('/dang-nhap');
      await page.getByLabel('E-mail').fill(requested.email);
      await page.getByLabel('Mật khẩu').fill(requested.password);
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
    };
    await signInAs();
    expect(page.url()).toBe(`${WEB_URL}/dang-nhap`);
    await expect(page.locator('.error-summary__message').innerText()).resolves.toMatch(/duyệt/);

    // A member of staff approves it in the admin (un-blocks the account): an e-mail says so, and the contributor gets in.
    const found = await cmsAdmin(`/collection-types/plugin::users-permissions.user?filters[$and][0][email][$eq]=${encodeURIComponent(requested.email)}`, 'GET');
    const user = ((await found.json()) as { results: Array<{ documentId: string; blocked: boolean }> }).results[0]!;
    expect(user.blocked).toBe(true);
    expect((await cmsAdmin(`/collection-types/plugin::users-permissions.user/${user.documentId}`, 'PUT', { blocked: false })).status).toBe(200);
    await expect(mailTo(requested.email)).resolves.toMatch(/đã được duyệt/);
    await signInAs();
    expect(page.url()).toBe(`${WEB_URL}/cong-tac-vien`);
    await expect(page.locator('.empty').innerText()).resolves.toBe('Bạn chưa gửi tin nào.');
    await Promise.all([page.waitForLoadState('load'), page.locator('.contributor-nav').getByRole('button', { name: 'Đăng xuất' }).click()]);
  });

  it('resets a forgotten password through the e-mailed link to /dat-lai-mat-khau, without telling whether an address has an account', async () => {
    const ask = async (email: string) => {
      await visit('/quen-mat-khau');
      await page.getByLabel('E-mail').fill(email);
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Gửi liên kết' }).click()]);
      return page.getByRole('status').innerText();
    };
    const unknown = await ask('khong-co-ai@hoi.example');
    await expect(ask(CONTRIBUTOR.email)).resolves.toBe(unknown);
    expect(unknown).toMatch(/Nếu địa chỉ này là của một tài khoản cộng tác viên/);

    const mail = await mailTo(CONTRIBUTOR.email);
    const link = mail.match(/https?:\/\/[^\s"'<>]+\/dat-lai-mat-khau\?code=[A-Za-z0-9_-]+/)?.[0];
    expect(link, mail.slice(0, 2000)).toBeDefined();
    expect(link!.startsWith(`${WEB_URL}/dat-lai-mat-khau?code=`)).toBe(true);
    expect(mails.some((candidate) => candidate.to.includes('khong-co-ai@hoi.example'))).toBe(false);

    // A wrong code first: the CMS's Vietnamese refusal, status 400.
    await visit('/dat-lai-mat-khau?code=abc123');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(RESET_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(RESET_PASSWORD);
    const wrong = page.waitForResponse((response) => response.url() === `${WEB_URL}/dat-lai-mat-khau` && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    expect((await wrong).status()).toBe(400);
    await page.waitForLoadState('load');
    await expect(page.locator('.error-summary__message').innerText()).resolves.toMatch(/[ạảãàáâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụ]/);

    await page.goto(link!);
    await expect(page.getByLabel('Mật khẩu mới', { exact: true }).getAttribute('autocomplete')).resolves.toBe('new-password');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(RESET_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(RESET_PASSWORD);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()]);
    expect(page.url()).toBe(`${WEB_URL}/dang-nhap?thong_bao=da-dat-lai-mat-khau`);
    await signIn(RESET_PASSWORD);
    expect(page.url()).toBe(`${WEB_URL}/cong-tac-vien`);
    await Promise.all([page.waitForLoadState('load'), page.locator('.contributor-nav').getByRole('button', { name: 'Đăng xuất' }).click()]);
  });

  it('passes keyboard, axe and 320 px reflow checks on every new page, errors shown or not', async () => {
    await signIn(RESET_PASSWORD);
    const problems: string[] = [];
    const check = async (label: string) => {
      for (const violation of await seriousAccessibilityViolations(page)) problems.push(`${label}: ${violation}`);
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${label}: scrolls ${overflow} px sideways at 320 px`);
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    for (const path of ['/cong-tac-vien', '/cong-tac-vien/gui-tin', `/cong-tac-vien/tin/${sent.documentId}`, '/cong-tac-vien/doi-mat-khau', '/dang-xuat']) {
      await visit(path);
      await check(path);
    }
    await visit('/cong-tac-vien/gui-tin');
    // The page script's markup buttons write the light markup at the cursor (typing it works the same).
    await page.getByLabel('Nội dung', { exact: true }).fill('Mở đầu');
    await page.getByLabel('Nội dung', { exact: true }).evaluate((area) => (area as HTMLTextAreaElement).setSelectionRange(0, 0));
    await page.getByRole('group', { name: 'Chèn định dạng vào nội dung' }).getByRole('button', { name: 'Tiêu đề mục' }).click();
    await expect(page.getByLabel('Nội dung', { exact: true }).inputValue()).resolves.toBe('## Mở đầu');
    await page.getByLabel('Nội dung', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Gửi tin' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('.error-summary li').count()).resolves.toBeGreaterThanOrEqual(4);
    await check('gui-tin with errors');
    await Promise.all([page.waitForLoadState('load'), page.locator('.contributor-nav').getByRole('button', { name: 'Đăng xuất' }).click()]);
    for (const path of ['/dang-nhap', '/dang-ky-cong-tac-vien', '/quen-mat-khau', '/dat-lai-mat-khau?code=abc123', '/dat-lai-mat-khau']) {
      await visit(path);
      await check(path);
    }
    await visit('/dang-ky-cong-tac-vien');
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.waitForLoadState('load');
    await check('dang-ky with errors');
    await screenshotBothWidths(page, 'dang-ky-cong-tac-vien-loi');
    await visit('/dang-nhap');
    await screenshotBothWidths(page, 'dang-nhap');
    expect(problems).toEqual([]);
  });

  // Last: it locks this machine's address out of signing in for 15 minutes.
  it('shows the CMS\'s Vietnamese message after 5 wrong passwords, and the 6th try is refused whatever the password', async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await visit('/dang-nhap');
      await page.getByLabel('E-mail').fill(CONTRIBUTOR.email);
      await page.getByLabel('Mật khẩu').fill(attempt === 6 ? RESET_PASSWORD : `sai-mat-khau-${attempt}`);
      const answer = page.waitForResponse((response) => response.url() === `${WEB_URL}/dang-nhap` && response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      const response = await answer;
      statuses.push(response.status());
      await page.waitForLoadState('load');
      if (response.status() === 429) {
        expect(response.headers()['retry-after']).toMatch(/^\d+$/);
        await expect(page.locator('.error-summary__message').innerText()).resolves.toMatch(/^Bạn đã đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/);
      } else {
        await expect(page.locator('.error-summary__message').innerText()).resolves.not.toMatch(/[A-Za-z]+ (identifier|password)/);
      }
    }
    expect(statuses.slice(0, 4)).toEqual([400, 400, 400, 400]);
    expect(statuses[5]).toBe(429);
    expect(page.url()).toBe(`${WEB_URL}/dang-nhap`);
  });
});
