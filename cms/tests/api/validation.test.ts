import type { Core } from '@strapi/strapi';
import { adminJwt, http, startStrapi, stopStrapi } from '../helpers/strapi';

/** What an editor sees when saving in the admin panel (its content-manager API, over HTTP). */
let strapi: Core.Strapi;
let token: string;
const createdIds: Array<[string, string]> = [];

const create = async (uid: string, data: Record<string, unknown>) => {
  const response = await http().post(`/content-manager/collection-types/${uid}`).set('Authorization', `Bearer ${token}`).send(data);
  if (response.status === 200 || response.status === 201) createdIds.push([uid, response.body.data.documentId]);
  return response;
};
/** "Publish" in the admin panel: create and publish in one step; this is where required and unique are checked. */
const publish = async (uid: string, data: Record<string, unknown>) => {
  const response = await http().post(`/content-manager/collection-types/${uid}/actions/publish`).set('Authorization', `Bearer ${token}`).send(data);
  if (response.status === 200 || response.status === 201) createdIds.push([uid, response.body.data.documentId]);
  return response;
};
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung.' }] }];

beforeAll(async () => {
  strapi = await startStrapi();
  token = await adminJwt();
});
afterAll(async () => {
  for (const [uid, documentId] of createdIds) await strapi.documents(uid as never).delete({ documentId });
  await stopStrapi();
});

describe('saving in the admin panel', () => {
  it('makes the slug from a Vietnamese title when the editor leaves it empty', async () => {
    const response = await create('api::article.article', { title: 'Liên hiệp Hội Lào Cai tổng kết công tác năm 2026', summary: 'Tóm tắt.', body });
    expect(response.status).toBe(201);
    expect(response.body.data.slug).toBe('lien-hiep-hoi-lao-cai-tong-ket-cong-tac-nam-2026');
  });

  it('dates an undated article when it is published, not when its draft was started', async () => {
    const draft = await create('api::article.article', { title: 'Bài chưa có ngày đăng', summary: 'Tóm tắt.', body });
    expect(draft.body.data.date).toBeNull();
    const before = Date.now();
    const published = await http()
      .post(`/content-manager/collection-types/api::article.article/${draft.body.data.documentId}/actions/publish`)
      .set('Authorization', `Bearer ${token}`)
      .send({});
    expect(published.status).toBe(200);
    const stored = await strapi.documents('api::article.article').findOne({ documentId: draft.body.data.documentId, status: 'published' });
    expect(new Date((stored as unknown as { date: string }).date).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('keeps the date an editor chose', async () => {
    const response = await publish('api::article.article', { title: 'Bài có ngày đăng riêng', summary: 'Tóm tắt.', body, date: '2024-03-15T01:00:00.000Z' });
    expect(response.status).toBe(200);
    expect(response.body.data.date).toBe('2024-03-15T01:00:00.000Z');
  });

  it('keeps a slug the editor typed', async () => {
    const response = await create('api::article.article', { title: 'Một tiêu đề khác hẳn', slug: 'duong-dan-tu-chon', summary: 'Tóm tắt.', body });
    expect(response.status).toBe(201);
    expect(response.body.data.slug).toBe('duong-dan-tu-chon');
  });

  it('refuses to publish a duplicate slug', async () => {
    expect((await publish('api::article.article', { title: 'Đường dẫn gốc', slug: 'duong-dan-trung', summary: 'Tóm tắt.', body })).status).toBe(200);
    const response = await publish('api::article.article', { title: 'Trùng đường dẫn', slug: 'duong-dan-trung', summary: 'Tóm tắt.', body });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/unique/i);
  });

  it('names the missing required field when publishing', async () => {
    const response = await publish('api::article.article', { summary: 'Thiếu tiêu đề.', body });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(JSON.stringify(response.body.error.details)).toMatch(/title/);
  });

  it('refuses to publish a title that is too long', async () => {
    const response = await publish('api::article.article', { title: 'Dài '.repeat(100), summary: 'Tóm tắt.', body });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error.details)).toMatch(/title/);
  });

  it('refuses an event that ends before it starts, in Vietnamese', async () => {
    const response = await create('api::event.event', { title: 'Hội thảo ngược thời gian', kind: 'workshop', startAt: '2027-03-10T08:00:00+07:00', endAt: '2027-03-09T17:00:00+07:00', allDay: false });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/Thời gian kết thúc không được trước thời gian bắt đầu/);
    expect(response.body.error.details.errors[0].path).toEqual(['endAt']);
  });

  it('refuses to move an event start after its stored end', async () => {
    const ok = await create('api::event.event', { title: 'Tập huấn kỹ năng phản biện', kind: 'training', startAt: '2027-04-01T08:00:00+07:00', endAt: '2027-04-01T11:00:00+07:00', allDay: false });
    expect(ok.status).toBe(201);
    const response = await http()
      .put(`/content-manager/collection-types/api::event.event/${ok.body.data.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ startAt: '2027-04-02T08:00:00+07:00' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['endAt']);
  });

  it('accepts only images in image fields, and only documents as event documents', async () => {
    const pdf = await strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'application/pdf' } });
    const image = await strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'image/jpeg' } });
    expect(pdf).toBeTruthy();
    const badCover = await create('api::article.article', { title: 'Ảnh bìa là tệp PDF', summary: 'Tóm tắt.', body, cover: pdf.id });
    expect(badCover.status).toBe(400);
    expect(badCover.body.error.message).toMatch(/chỉ nhận ảnh/);

    const badDocument = await create('api::event.event', { title: 'Tài liệu là ảnh', kind: 'other', startAt: '2027-05-01T08:00:00+07:00', allDay: false, documents: [image.id] });
    expect(badDocument.status).toBe(400);
    expect(badDocument.body.error.message).toMatch(/chỉ nhận tài liệu PDF, Word, Excel/);
  });

  it('lets an editor read drafts in the admin panel', async () => {
    const draft = await strapi.documents('api::article.article').findFirst({ status: 'draft', filters: { title: { $startsWith: '[Bản nháp]' } } });
    const response = await http().get(`/content-manager/collection-types/api::article.article/${draft!.documentId}`).set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.body.data.title).toMatch(/^\[Bản nháp\]/);
  });
});

describe('uploading to the media library', () => {
  it('refuses a file over the 20 MB limit and keeps the library as it was', async () => {
    const before = await strapi.db.query('plugin::upload.file').count();
    const response = await http()
      .post('/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', Buffer.alloc(21 * 1024 * 1024, 1), { filename: 'qua-lon.pdf', contentType: 'application/pdf' });
    expect(response.status).toBe(413);
    // The admin panel shows its own translated message for this error.
    expect(response.body.error.message).toBe('FileTooBig');
    expect(await strapi.db.query('plugin::upload.file').count()).toBe(before);
  });

  it('accepts an ordinary image', async () => {
    const image = await require('sharp')({ create: { width: 64, height: 48, channels: 3, background: '#0a5580' } }).png().toBuffer();
    const response = await http().post('/upload').set('Authorization', `Bearer ${token}`).attach('files', image, { filename: 'nho.png', contentType: 'image/png' });
    expect(response.status).toBe(201);
    expect(response.body[0]).toMatchObject({ mime: 'image/png', width: 64, height: 48 });
    await strapi.plugin('upload').service('upload').remove(response.body[0]);
  });
});

describe('the admin panel in Vietnamese', () => {
  it('labels the article fields in Vietnamese', async () => {
    const response = await http().get('/content-manager/content-types/api::article.article/configuration').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    const metadatas = response.body.data.contentType.metadatas;
    expect(metadatas.title.edit.label).toBe('Tiêu đề');
    expect(metadatas.summary.edit.label).toBe('Sapo (tóm tắt)');
    expect(metadatas.category.list.label).toBe('Chuyên mục');
  });

  it('names the content types in Vietnamese', async () => {
    const response = await http().get('/content-manager/content-types').set('Authorization', `Bearer ${token}`);
    const names = Object.fromEntries(response.body.data.map((type: { uid: string; info: { displayName: string } }) => [type.uid, type.info.displayName]));
    expect(names).toMatchObject({
      'api::article.article': 'Tin bài',
      'api::association.association': 'Hội thành viên',
      'api::event.event': 'Sự kiện',
      'api::honored-intellectual.honored-intellectual': 'Trí thức tiêu biểu',
    });
  });
});

describe('signing in to the admin panel', () => {
  it('refuses a wrong password with a clear message', async () => {
    const response = await http().post('/admin/login').send({ email: 'editor@test.local', password: 'sai-mat-khau' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/Invalid credentials/i);
  });
});
