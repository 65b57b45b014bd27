import type { Core } from '@strapi/strapi';
import { startTestSmtpServer } from '../helpers/smtp';
import { adminJwtForRole, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * The newsroom in the admin panel (issue 11), through the admin's own HTTP API as the panel calls it:
 * roles, "gửi duyệt" and the review queue with its e-mails (a real SMTP server started here), list
 * views, the search box, the staff's language, no Marketplace, and the admin's password reset e-mail.
 */
const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const ENV_KEYS = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'EMAIL_FROM'] as const;
const savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string | undefined>> = {};
let strapi: Core.Strapi;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let author: string;
let editor: string;
const made: string[] = [];

const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const stamp = `${Date.now()}`;
const newArticle = (title: string) => ({
  title,
  slug: `bai-toa-soan-${stamp}-${made.length}`,
  summary: 'Bài viết thử của tòa soạn.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung thử.' }] }],
  featured: false,
});

beforeAll(async () => {
  for (const key of ENV_KEYS) savedEnv[key] = process.env[key];
  smtp = await startTestSmtpServer();
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', EMAIL_FROM: 'Liên hiệp Hội Lào Cai <no-reply@lienhiep.test>' });
  strapi = await startStrapi();
  author = await adminJwtForRole('strapi-author');
  editor = await adminJwtForRole('strapi-editor');
});

afterAll(async () => {
  for (const documentId of made) await strapi.documents(ARTICLE).delete({ documentId });
  await stopStrapi();
  await smtp.stop();
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

describe('roles', () => {
  it('names the three staff roles in Vietnamese', async () => {
    const roles = (await strapi.db.query('admin::role').findMany({ select: ['code', 'name'] })) as Array<{ code: string; name: string }>;
    const byCode = Object.fromEntries(roles.map((role) => [role.code, role.name]));
    expect(byCode).toMatchObject({ 'strapi-super-admin': 'Quản trị', 'strapi-editor': 'Biên tập viên', 'strapi-author': 'Tác giả' });
  });

  it('lets an author write a draft but not publish it; an editor publishes it, which takes it out of the queue', async () => {
    const created = await http().post(CM).set(as(author)).send(newArticle('Bài của tác giả chờ đăng'));
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    made.push(documentId);

    const refused = await http().post(`${CM}/${documentId}/actions/publish`).set(as(author)).send({});
    expect(refused.status).toBe(403);
    expect(await strapi.documents(ARTICLE).findOne({ documentId, status: 'published' })).toBeNull();

    const published = await http().post(`${CM}/${documentId}/actions/publish`).set(as(editor)).send({});
    expect(published.status).toBe(200);
    const rows = (await strapi.db.query(ARTICLE).findMany({ select: ['reviewStatus'], where: { documentId } })) as Array<{ reviewStatus: string }>;
    expect(rows.map((row) => row.reviewStatus)).toEqual(['Đã duyệt', 'Đã duyệt']);
  });

  it('keeps the users-permissions "User" type (contributors\' accounts) from editors', async () => {
    const response = await http().get('/content-manager/collection-types/plugin::users-permissions.user').set(as(editor));
    expect(response.status).toBe(403);
  });

  it('signs in the README\'s demo accounts with their roles', async () => {
    for (const [email, password, code] of [
      ['bientap@demo.lienhiephoi-laocai.vn', 'BienTap@2026', 'strapi-editor'],
      ['tacgia@demo.lienhiephoi-laocai.vn', 'TacGia@2026', 'strapi-author'],
      ['quantri@demo.lienhiephoi-laocai.vn', 'QuanTri@2026', 'strapi-super-admin'],
    ]) {
      const login = await http().post('/admin/login').send({ email, password });
      expect(login.status).toBe(200);
      const user = (await strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] })) as { roles: Array<{ code: string }> };
      expect(user.roles.map((role) => role.code)).toEqual([code]);
    }
  });
});

describe('gửi duyệt: the review queue', () => {
  it('e-mails the reviewers when an author submits a draft, and shows it in the editors\' queue', async () => {
    const created = await http().post(CM).set(as(author)).send(newArticle(`Hội thảo tòa soạn ${stamp}`));
    const documentId = created.body.data.documentId as string;
    made.push(documentId);
    const submitted = await http().put(`${CM}/${documentId}`).set(as(author)).send({ reviewStatus: 'Chờ duyệt' });
    expect(submitted.status).toBe(200);

    const mail = await smtp.nextMailTo('strapi-editor@test.local');
    expect(mail.subject).toBe(`Bài chờ duyệt: Hội thảo tòa soạn ${stamp}`);
    expect(mail.text).toContain('Biên Tập đã gửi duyệt bài');
    expect(mail.text).toContain(`/content-manager/collection-types/${ARTICLE}/${documentId}`);

    const queue = await http().get(CM).query({ 'filters[reviewStatus][$eq]': 'Chờ duyệt', pageSize: 100 }).set(as(editor));
    expect(queue.status).toBe(200);
    const ids = queue.body.results.map((row: { documentId: string }) => row.documentId);
    expect(ids).toContain(documentId);
    // The demo contributor's submission from the site waits in the same queue.
    expect(queue.body.results.map((row: { slug: string }) => row.slug)).toContain('bai-gui-mau-cua-cong-tac-vien');
  });

  it('e-mails nobody for a write without a person behind it (the demo content, an import)', async () => {
    const before = smtp.received.length;
    const created = await strapi.documents(ARTICLE).create({ data: { ...newArticle('Bài nhập tự động chờ duyệt'), reviewStatus: 'Chờ duyệt' } as never });
    made.push(created.documentId);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.length).toBe(before);
  });

  it('refuses an author the editor\'s decisions (403), but not an editor', async () => {
    const created = await http().post(CM).set(as(author)).send(newArticle('Bài tác giả tự duyệt'));
    const documentId = created.body.data.documentId as string;
    made.push(documentId);
    for (const status of ['Đã duyệt', 'Cần sửa']) {
      const refused = await http().put(`${CM}/${documentId}`).set(as(author)).send({ reviewStatus: status });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/Chỉ biên tập viên/);
    }
    expect((await http().put(`${CM}/${documentId}`).set(as(editor)).send({ reviewStatus: 'Cần sửa' })).status).toBe(200);
  });
});

describe('the article list', () => {
  it('is newest first, 20 a page, with category, byline, status, featured and review columns', async () => {
    const response = await http().get(`/content-manager/content-types/${ARTICLE}/configuration`).set(as(editor));
    const { settings, layouts } = response.body.data.contentType;
    expect(settings).toMatchObject({ pageSize: 20, defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' });
    expect(layouts.list).toEqual(expect.arrayContaining(['title', 'category', 'author', 'featured', 'reviewStatus']));
  });

  it('finds the same articles whatever the case and diacritics of the search', async () => {
    const search = async (q: string) => {
      const response = await http().get(CM).query({ _q: q, pageSize: 100 }).set(as(editor));
      expect(response.status).toBe(200);
      return response.body.results.map((row: { documentId: string }) => row.documentId).sort();
    };
    const lower = await search('hội thảo');
    expect(lower.length).toBeGreaterThan(0);
    expect(await search('HỘI THẢO')).toEqual(lower);
    expect(await search('hoi thao')).toEqual(lower);
    expect(await search('Hội Thảo')).toEqual(lower);
  });
});

describe('the admin panel', () => {
  it('opens in Vietnamese for a new staff account', async () => {
    const role = (await strapi.db.query('admin::role').findOne({ select: ['id'], where: { code: 'strapi-editor' } })) as { id: number };
    const email = `moi-${stamp}@test.local`;
    await strapi.service('admin::user').create({ email, firstname: 'Nhân viên', lastname: 'Mới', password: 'Moi-Vao-2026', isActive: true, registrationToken: null, roles: [role.id] });
    const login = await http().post('/admin/login').send({ email, password: 'Moi-Vao-2026' });
    expect(login.body.data.user.preferedLanguage).toBe('vi');
  });

  it('offers no Marketplace to anyone, the administrator included', async () => {
    const administrator = await adminJwtForRole('strapi-super-admin');
    expect((await http().get('/admin/plugins').set(as(administrator))).status).toBe(403);
    const permissions = await http().get('/admin/users/me/permissions').set(as(administrator));
    expect(permissions.body.data.map((permission: { action: string }) => permission.action)).not.toContain('admin::marketplace.read');
  });

  it('sends a staff member\'s password reset through the SMTP provider, in Vietnamese', async () => {
    const response = await http().post('/admin/forgot-password').send({ email: 'strapi-author@test.local' });
    expect(response.status).toBe(204);
    const mail = await smtp.nextMailTo('strapi-author@test.local');
    expect(mail.subject).toBe('Đặt lại mật khẩu trang quản trị cổng thông tin');
    expect(mail.from).toContain('no-reply@lienhiep.test');
    expect(mail.text).toMatch(/\/auth\/reset-password\?code=\w+/);
  });
});
