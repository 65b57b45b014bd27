import type { Core } from '@strapi/strapi';
import { makeDemoDocument, makeDemoImage } from '../../src/seed/demo-files';
import {
  BODY_MARKUP,
  CONTRIBUTOR_PASSWORD,
  SITE_SECRET,
  aCategory,
  associations,
  createAccount,
  fromSite,
  jwtOf,
  signIn,
  uniqueIp,
  type TestAccount,
} from '../helpers/contributors';
import { http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Contributors (cộng tác viên) through the API the site uses (docs: notes/contributor-contract.md):
 * sign-in answers, their profile, and the life of a submission — a draft the editors review, with
 * its status as the contributor sees it.
 */
const ARTICLE = 'api::article.article';
let strapi: Core.Strapi;
let association: { documentId: string; name: string; slug: string };
let category: { documentId: string; name: string };
let contributor: TestAccount;
let jwt: string;
let savedSecret: string | undefined;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const submission = (overrides: Record<string, unknown> = {}) => ({
  title: `Hội thảo khoa học về giống lúa mới ${Date.now()}`,
  summary: 'Hội thảo giới thiệu các giống lúa mới cho vùng cao Lào Cai.',
  body: BODY_MARKUP,
  category: category.documentId,
  ...overrides,
});

function submit(token: string, data: unknown, cover?: { buffer: Buffer; filename: string; contentType: string }) {
  const request = http().post('/api/contributor/submissions').set(auth(token)).field('data', typeof data === 'string' ? data : JSON.stringify(data));
  return cover ? request.attach('cover', cover.buffer, { filename: cover.filename, contentType: cover.contentType }) : request;
}

beforeAll(async () => {
  savedSecret = process.env.REVALIDATE_SECRET;
  process.env.REVALIDATE_SECRET = SITE_SECRET;
  strapi = await startStrapi();
  [association] = await associations(strapi);
  category = await aCategory(strapi);
  contributor = await createAccount(strapi, { association: association.documentId, fullName: 'Trần Thị Cộng Tác' });
  jwt = await jwtOf(contributor);
});

afterAll(async () => {
  await stopStrapi();
  process.env.REVALIDATE_SECRET = savedSecret;
});

describe('sign-in (POST /api/auth/local)', () => {
  it('gives a contributor a JWT', async () => {
    const response = await signIn(contributor.email.toUpperCase(), CONTRIBUTOR_PASSWORD, uniqueIp());
    expect(response.status).toBe(200);
    expect(typeof response.body.jwt).toBe('string');
    expect(response.body.user.email).toBe(contributor.email);
  });

  it('answers a wrong password with a Vietnamese message and a code', async () => {
    const response = await signIn(contributor.email, 'sai-mat-khau', uniqueIp());
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('invalid_credentials');
    expect(response.body.error.message).toMatch(/^Email hoặc mật khẩu không đúng\. Wrong e-mail or password\.$/);
  });

  it('names the missing fields', async () => {
    const response = await http().post('/api/auth/local').send({ identifier: '', password: '' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toEqual(['identifier', 'password']);
  });

  it('tells a requested account that it waits for approval, and a blocked one that it is blocked', async () => {
    const pending = await createAccount(strapi, { association: association.documentId, blocked: true, requestedAt: new Date().toISOString() });
    const blocked = await createAccount(strapi, { association: association.documentId, blocked: true });
    const first = await signIn(pending.email, CONTRIBUTOR_PASSWORD, uniqueIp());
    expect(first.status).toBe(400);
    expect(first.body.error.details.code).toBe('pending_approval');
    expect(first.body.error.message).toContain('đang chờ');
    const second = await signIn(blocked.email, CONTRIBUTOR_PASSWORD, uniqueIp());
    expect(second.status).toBe(400);
    expect(second.body.error.details.code).toBe('blocked');
  });

  it('refuses users of other roles (staff use the admin panel)', async () => {
    const other = await createAccount(strapi, { role: 'authenticated' });
    const response = await signIn(other.email, CONTRIBUTOR_PASSWORD, uniqueIp());
    expect(response.status).toBe(403);
    expect(response.body.error.details.code).toBe('not_a_contributor');
    expect(response.body.jwt).toBeUndefined();
  });
});

describe('GET /api/contributor/me', () => {
  it('tells who is signed in and for which association', async () => {
    const response = await http().get('/api/contributor/me').set(auth(jwt));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: contributor.id,
      email: contributor.email,
      fullName: 'Trần Thị Cộng Tác',
      association: { documentId: association.documentId, name: association.name, slug: association.slug },
    });
  });

  it('is refused without a sign-in', async () => {
    const response = await http().get('/api/contributor/me');
    expect([401, 403]).toContain(response.status);
  });
});

describe('submissions', () => {
  let documentId: string;

  it('creates a draft for the association, by the contributor, never published', async () => {
    const image = await makeDemoImage('landscape', `contributor-${Date.now()}`);
    const response = await submit(jwt, submission({ coverAlt: 'Toàn cảnh hội thảo' }), { buffer: image.buffer, filename: 'hoi-thao.jpg', contentType: 'image/jpeg' });
    expect(response.status).toBe(201);
    documentId = response.body.data.documentId;

    const draft = (await strapi.documents(ARTICLE).findFirst({
      status: 'draft',
      filters: { documentId },
      populate: { contributor: true, associations: true, category: true, cover: true },
    } as never)) as unknown as Record<string, any>;
    expect(draft.contributor.id).toBe(contributor.id);
    expect(draft.associations.map((a: { documentId: string }) => a.documentId)).toEqual([association.documentId]);
    expect(draft.category.documentId).toBe(category.documentId);
    expect(draft.author).toBe('Trần Thị Cộng Tác');
    expect(draft.cover.mime).toBe('image/jpeg');
    expect(draft.cover.alternativeText).toBe('Toàn cảnh hội thảo');
    expect(draft.body[0]).toMatchObject({ type: 'heading', level: 2 });
    expect(draft.body[1].children).toContainEqual({ type: 'link', url: 'https://example.vn/hoi-thao', children: [{ type: 'text', text: 'trang của hội' }] });
    expect(await strapi.documents(ARTICLE).count({ filters: { documentId }, status: 'published' } as never)).toBe(0);
  });

  it('lists the contributor\'s own submissions, newest first, as chờ duyệt', async () => {
    const response = await http().get('/api/contributor/submissions').set(auth(jwt));
    expect(response.status).toBe(200);
    expect(response.body.data[0]).toMatchObject({ documentId, status: 'pending', reviewNote: null, publishedAt: null });
  });

  it('gives one submission back with its body as markup for editing', async () => {
    const response = await http().get(`/api/contributor/submissions/${documentId}`).set(auth(jwt));
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ documentId, status: 'pending', category: { documentId: category.documentId, name: category.name } });
    expect(response.body.data.body).toBe(BODY_MARKUP);
    expect(response.body.data.cover.url).toMatch(/^\/uploads\/|^https?:/);
  });

  it('shows the editor\'s note as cần sửa, and saving clears it', async () => {
    await strapi.documents(ARTICLE).update({ documentId, data: { reviewNote: 'Bổ sung ảnh và nguồn tin.' } } as never);
    const listed = await http().get('/api/contributor/submissions').set(auth(jwt));
    expect(listed.body.data.find((s: { documentId: string }) => s.documentId === documentId)).toMatchObject({ status: 'changes_requested', reviewNote: 'Bổ sung ảnh và nguồn tin.' });

    const saved = await http()
      .put(`/api/contributor/submissions/${documentId}`)
      .set(auth(jwt))
      .field('data', JSON.stringify(submission({ title: 'Hội thảo về giống lúa mới (đã bổ sung)' })));
    expect(saved.status).toBe(200);
    const read = await http().get(`/api/contributor/submissions/${documentId}`).set(auth(jwt));
    expect(read.body.data).toMatchObject({ title: 'Hội thảo về giống lúa mới (đã bổ sung)', status: 'pending', reviewNote: null });
    expect(read.body.data.cover).not.toBeNull();
  });

  it('replaces the cover with a new one, and the old file goes', async () => {
    const before = (await strapi.documents(ARTICLE).findFirst({ status: 'draft', filters: { documentId }, populate: { cover: true } } as never)) as unknown as { cover: { id: number } };
    const image = await makeDemoImage('portrait', `contributor-new-${Date.now()}`);
    const saved = await http()
      .put(`/api/contributor/submissions/${documentId}`)
      .set(auth(jwt))
      .field('data', JSON.stringify(submission({ title: 'Hội thảo về giống lúa mới (ảnh mới)', coverAlt: 'Ảnh mới' })))
      .attach('cover', image.buffer, { filename: 'anh-moi.jpg', contentType: 'image/jpeg' });
    expect(saved.status).toBe(200);
    const after = (await strapi.documents(ARTICLE).findFirst({ status: 'draft', filters: { documentId }, populate: { cover: true } } as never)) as unknown as { cover: { id: number; alternativeText: string } };
    expect(after.cover.id).not.toBe(before.cover.id);
    expect(after.cover.alternativeText).toBe('Ảnh mới');
    expect(await strapi.db.query('plugin::upload.file').findOne({ where: { id: before.cover.id } })).toBeNull();
  });

  it('is đã đăng once an editor publishes it, and can no longer be edited', async () => {
    await strapi.documents(ARTICLE).publish({ documentId } as never);
    const read = await http().get(`/api/contributor/submissions/${documentId}`).set(auth(jwt));
    expect(read.body.data.status).toBe('published');
    expect(read.body.data.publishedAt).toEqual(expect.any(String));
    const edit = await http().put(`/api/contributor/submissions/${documentId}`).set(auth(jwt)).field('data', JSON.stringify(submission()));
    expect(edit.status).toBe(403);
    expect(edit.body.error.details.code).toBe('not_editable');
  });

  it('names every wrong field', async () => {
    const response = await submit(jwt, { title: 'Ngắn', summary: '', body: '', category: 'khong-co' });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path[0]);
    expect(paths).toEqual(['title', 'summary', 'body', 'category']);
    for (const error of response.body.error.details.errors) expect(error.message).toMatch(/\. [A-Z]/);
  });

  it('refuses an unknown category, and fields a contributor cannot set', async () => {
    const unknown = await submit(jwt, submission({ category: 'abcdefghijklmnopqrstuvwx' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0].path).toEqual(['category']);
    const sneaky = await submit(jwt, { ...submission(), associations: ['x'], publishedAt: '2026-01-01' });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toEqual(['associations', 'publishedAt']);
  });

  it('takes only an image as cover, checked by content, and names the field', async () => {
    const pdf = await makeDemoDocument('ke-hoach.pdf', 'Kế hoạch');
    const asPdf = await submit(jwt, submission(), { buffer: pdf.buffer, filename: 'ke-hoach.pdf', contentType: 'application/pdf' });
    expect(asPdf.status).toBe(400);
    expect(asPdf.body.error.details.errors[0].path).toEqual(['cover']);
    const disguised = await submit(jwt, submission(), { buffer: Buffer.from('<html><script>alert(1)</script></html>'), filename: 'anh.jpg', contentType: 'image/jpeg' });
    expect(disguised.status).toBe(400);
    expect(disguised.body.error.details.errors[0].path).toEqual(['cover']);
    const huge = Buffer.concat([(await makeDemoImage('landscape', 'huge')).buffer, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const tooBig = await submit(jwt, submission(), { buffer: huge, filename: 'lon.jpg', contentType: 'image/jpeg' });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.details.errors[0].path).toEqual(['cover']);
    expect(tooBig.body.error.message).toContain('10 MB');
  });

  it('answers 413 when the submission is too large', async () => {
    const response = await submit(jwt, JSON.stringify(submission({ body: 'x'.repeat(300 * 1024) })));
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(/quá lớn/);
  });

  it('keeps links to http, https and mailto only', async () => {
    const response = await submit(jwt, submission({ body: 'Xem [trang](javascript:alert(1)) và [thư](mailto:hoi@example.vn) và [nội bộ](/admin).' }));
    expect(response.status).toBe(201);
    const draft = (await strapi.documents(ARTICLE).findFirst({ status: 'draft', filters: { documentId: response.body.data.documentId } } as never)) as unknown as { body: Array<{ children: Array<{ type: string; url?: string }> }> };
    const links = draft.body[0].children.filter((node) => node.type === 'link').map((node) => node.url);
    expect(links).toEqual(['mailto:hoi@example.vn']);
  });
});

describe('account requests (POST /api/contributor-requests)', () => {
  it('creates a blocked contributor account waiting for approval', async () => {
    const email = `yeu-cau-${Date.now()}@test.local`;
    const response = await http()
      .post('/api/contributor-requests')
      .set(fromSite(uniqueIp()))
      .send({ fullName: 'Lê Văn Đăng Ký', email, phone: '0912 345 678', association: association.documentId, password: 'Mot-mat-khau-dai', message: 'Tôi phụ trách truyền thông của hội.' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ ok: true });
    const user = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email }, populate: ['role', 'association'] })) as Record<string, any>;
    expect(user).toMatchObject({ blocked: true, fullName: 'Lê Văn Đăng Ký', phone: '0912 345 678', requestMessage: 'Tôi phụ trách truyền thông của hội.' });
    expect(user.role.type).toBe('contributor');
    expect(user.association.documentId).toBe(association.documentId);
    const signInBeforeApproval = await signIn(email, 'Mot-mat-khau-dai', uniqueIp());
    expect(signInBeforeApproval.body.error.details.code).toBe('pending_approval');
  });

  it('names the wrong fields: a taken e-mail, an unknown association, a short password', async () => {
    const response = await http()
      .post('/api/contributor-requests')
      .set(fromSite(uniqueIp()))
      .send({ fullName: 'Ai Đó', email: contributor.email, association: 'abcdefghijklmnopqrstuvwx', password: 'ngan' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual(['association', 'email', 'password']);
  });

  it('is limited per visitor address', async () => {
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await http().post('/api/contributor-requests').set(fromSite(ip)).send({ fullName: 'Ai Đó', email: 'sai' });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses[5]).toBe(429);
  });
});

describe('sign-in attempts are limited (5 failures in 15 minutes)', () => {
  it('locks an account after 5 failures, whatever the address, even for the right password', async () => {
    const target = await createAccount(strapi, { association: association.documentId });
    for (let i = 0; i < 5; i += 1) {
      const response = await signIn(target.email, `sai-${i}`, uniqueIp());
      expect(response.status).toBe(400);
    }
    const locked = await signIn(target.email, CONTRIBUTOR_PASSWORD, uniqueIp());
    expect(locked.status).toBe(429);
    expect(locked.body.error.details).toEqual({ code: 'too_many_attempts', retryAfterSeconds: expect.any(Number) });
    expect(locked.body.error.details.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.body.error.details.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(Number(locked.headers['retry-after'])).toBe(locked.body.error.details.retryAfterSeconds);
    expect(locked.body.error.message).toBe(
      'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút. Too many failed sign-ins. Please try again in 15 minutes.',
    );
    // The identifier is counted lower-cased.
    expect((await signIn(target.email.toUpperCase(), CONTRIBUTOR_PASSWORD, uniqueIp())).status).toBe(429);
    // Another account is not locked by it.
    expect((await signIn(contributor.email, CONTRIBUTOR_PASSWORD, uniqueIp())).status).toBe(200);
  });

  it('locks an address after 5 failures, whichever accounts it tried', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i += 1) {
      const response = await signIn(`khong-co-${i}-${Date.now()}@test.local`, 'sai-mat-khau', ip);
      expect(response.status).toBe(400);
    }
    const locked = await signIn(contributor.email, CONTRIBUTOR_PASSWORD, ip);
    expect(locked.status).toBe(429);
    expect(locked.body.error.details.code).toBe('too_many_attempts');
    // The same account from another address still signs in.
    expect((await signIn(contributor.email, CONTRIBUTOR_PASSWORD, uniqueIp())).status).toBe(200);
  });

  it('trusts X-Visitor-Ip only with the site\'s secret', async () => {
    const direct = () =>
      http().post('/api/auth/local').set({ 'X-Site-Secret': 'not-the-secret', 'X-Visitor-Ip': uniqueIp() }).send({ identifier: `nobody-${Date.now()}@test.local`, password: 'sai' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await direct()).status);
    // Each try names a fresh address, but without the secret they are all the caller's own address.
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});

describe('editors see who submitted and for which association', () => {
  it('labels the contributor fields in Vietnamese and lists the contributor with the articles', async () => {
    const store = (key: string) => strapi.store({ type: 'plugin', name: 'content_manager_configuration', key }).get({}) as Promise<any>;
    const article = await store('content_types::api::article.article');
    expect(article.metadatas.contributor.edit.label).toBe('Cộng tác viên gửi bài');
    expect(article.metadatas.reviewNote.edit.label).toBe('Ghi chú của biên tập viên cho cộng tác viên (cần sửa)');
    expect(article.layouts.list).toContain('contributor');
    expect(article.layouts.edit.flat().map((field: { name: string }) => field.name)).toEqual(expect.arrayContaining(['contributor', 'reviewNote', 'associations']));
    const user = await store('content_types::plugin::users-permissions.user');
    expect(user.metadatas.association.edit.label).toBe('Hội thành viên');
    expect(user.metadatas.fullName.edit.label).toBe('Họ và tên');
  });
});

describe('e-mail without an SMTP server (development)', () => {
  it('writes the whole reset e-mail, link included, to the log instead of sending it', async () => {
    expect(process.env.SMTP_HOST ?? '').toBe('');
    const info = jest.spyOn(strapi.log, 'info');
    try {
      const response = await http().post('/api/auth/forgot-password').set(fromSite(uniqueIp())).send({ email: contributor.email });
      expect(response.status).toBe(200);
      const logged = info.mock.calls.map((call) => String(call[0])).find((line) => line.includes(`To: ${contributor.email}`));
      expect(logged).toContain('[email] SMTP_HOST is not set');
      expect(logged).toContain('Subject: Đặt lại mật khẩu cộng tác viên – Liên hiệp Hội Lào Cai');
      expect(logged).toMatch(/http:\/\/localhost:3000\/dat-lai-mat-khau\?code=[a-f0-9]{64,}/);
    } finally {
      info.mockRestore();
    }
  });
});
