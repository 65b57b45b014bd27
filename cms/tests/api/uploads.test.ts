import { mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import JSZip from 'jszip';
import { makeDemoDocument, makeDemoImage } from '../../src/seed/demo-files';
import { adminJwtForRole, createApiToken, graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Uploads are checked by their bytes, served so that they can never run as a page of the CMS
 * origin, and the media library's content API is closed to every token staff did not grant it.
 */
let strapi: Core.Strapi;
let superAdmin: string;
let author: string;
const createdFileIds: number[] = [];
const createdArticles: string[] = [];
const legacyFiles: string[] = [];

type Fixture = { name: string; buffer: Buffer; contentType: string };
type UploadedFile = { id: number; name: string; url: string; mime: string; ext: string };

const REFUSAL_VI = 'Chỉ nhận ảnh JPEG, PNG, WebP, AVIF, GIF và tài liệu PDF, DOCX, XLSX, ODT, ODS.';
const REFUSAL_EN = 'Only JPEG, PNG, WebP, AVIF, GIF images and PDF, DOCX, XLSX, ODT, ODS documents are accepted.';
const TOKEN_REFUSAL = 'The media library is open through the API only to Custom API tokens explicitly granted an Upload permission.';

const HTML = '<!doctype html><html><body><script>fetch("/admin/webhooks")</script></body></html>';
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** POST /upload (the admin Media Library) or /api/upload (the content API), as multipart. */
function upload(route: '/upload' | '/api/upload', bearer: string | undefined, fixture: Fixture, query = '') {
  const request = http().post(`${route}${query}`);
  if (bearer) request.set('Authorization', `Bearer ${bearer}`);
  return request.attach('files', fixture.buffer, { filename: fixture.name, contentType: fixture.contentType });
}

async function uploadAsStaff(bearer: string, fixture: Fixture): Promise<UploadedFile> {
  const response = await upload('/upload', bearer, fixture);
  expect(response.status).toBe(201);
  const [file] = response.body as UploadedFile[];
  createdFileIds.push(file.id);
  return file;
}

const fileExists = async (id: number) => (await strapi.db.query('plugin::upload.file').findOne({ where: { id } })) !== null;
const fileNamed = async (name: string) => strapi.db.query('plugin::upload.file').findOne({ where: { name } });

let jpeg: Fixture;
let png: Fixture;
let pdf: Fixture;
let docx: Fixture;

beforeAll(async () => {
  strapi = await startStrapi();
  superAdmin = await adminJwtForRole('strapi-super-admin');
  author = await adminJwtForRole('strapi-author');
  jpeg = { name: `anh-${unique()}.jpg`, buffer: (await makeDemoImage('landscape', 'upload-test')).buffer, contentType: 'image/jpeg' };
  png = { name: `logo-${unique()}.png`, buffer: (await makeDemoImage('logo', 'upload-test')).buffer, contentType: 'image/png' };
  pdf = { name: `bao-cao-${unique()}.pdf`, ...(await makeDemoDocument('x.pdf', 'Báo cáo')), contentType: 'application/pdf' };
  docx = { name: `mau-don-${unique()}.docx`, buffer: (await makeDemoDocument('x.docx', 'Mẫu đơn')).buffer, contentType: 'application/octet-stream' };
});

afterAll(async () => {
  for (const documentId of createdArticles) await strapi.documents('api::article.article').delete({ documentId });
  const uploadService = strapi.plugin('upload').service('upload');
  for (const id of createdFileIds) {
    const file = await uploadService.findOne(id);
    if (file) await uploadService.remove(file);
  }
  for (const file of legacyFiles) await rm(file, { force: true });
  await stopStrapi();
});

describe('uploading through the Media Library', () => {
  it('refuses HTML, SVG, JavaScript, HTML renamed .png and a ZIP renamed .docx from an Author and a super admin, naming the allowed types', async () => {
    const hostile: Fixture[] = [
      { name: `trang-${unique()}.html`, buffer: Buffer.from(HTML), contentType: 'text/html' },
      { name: `hinh-${unique()}.svg`, buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), contentType: 'image/svg+xml' },
      { name: `ma-${unique()}.js`, buffer: Buffer.from('fetch("/admin/webhooks")'), contentType: 'text/javascript' },
      { name: `anh-gia-${unique()}.png`, buffer: Buffer.from(HTML), contentType: 'image/png' },
      { name: `van-ban-${unique()}.docx`, buffer: await zipOf({ 'readme.txt': 'không phải Word' }), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      { name: `thu-vien-${unique()}.docx`, buffer: await zipOf({ 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n', 'a/Main.class': 'cafebabe' }), contentType: 'application/java-archive' },
    ];
    for (const bearer of [author, superAdmin]) {
      for (const fixture of hostile) {
        const response = await upload('/upload', bearer, fixture);
        expect({ name: fixture.name, status: response.status }).toEqual({ name: fixture.name, status: 400 });
        expect(response.body.error.message).toContain(REFUSAL_VI);
        expect(response.body.error.message).toContain(REFUSAL_EN);
        expect(await fileNamed(fixture.name)).toBeNull();
      }
    }
  });

  it('refuses a PNG named .pdf instead of storing it under the wrong type', async () => {
    const response = await upload('/upload', author, { ...png, name: `bao-cao-${unique()}.pdf`, contentType: 'application/pdf' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('holds PNG content but is named .pdf');
  });

  it('accepts JPEG, PNG, PDF and DOCX and stores the type their bytes show', async () => {
    const stored = [];
    for (const fixture of [jpeg, png, pdf, docx]) stored.push(await uploadAsStaff(author, fixture));
    expect(stored.map(({ mime, ext }) => [mime, ext])).toEqual([
      ['image/jpeg', '.jpg'],
      ['image/png', '.png'],
      ['application/pdf', '.pdf'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.docx'],
    ]);
  });

  it('refuses to replace a stored PDF with an HTML file or with a PNG', async () => {
    const stored = await uploadAsStaff(superAdmin, { ...pdf, name: `thay-the-${unique()}.pdf` });
    const withHtml = await upload('/upload', superAdmin, { name: 'thay.html', buffer: Buffer.from(HTML), contentType: 'text/html' }, `?id=${stored.id}`);
    expect(withHtml.status).toBe(400);
    expect(withHtml.body.error.message).toContain(REFUSAL_EN);
    const withPng = await upload('/upload', superAdmin, png, `?id=${stored.id}`);
    expect(withPng.status).toBe(400);
    expect(withPng.body.error.message).toContain('A .pdf file can only be replaced by one of the same type');
    const after = await strapi.db.query('plugin::upload.file').findOne({ where: { id: stored.id } });
    expect(after.mime).toBe('application/pdf');
  });

  it('gives a replaced file a new URL, so a year-long browser cache never shows the old bytes', async () => {
    const stored = await uploadAsStaff(superAdmin, { ...jpeg, name: `thay-anh-${unique()}.jpg` });
    const before = await http().get(stored.url);
    const other = (await makeDemoImage('landscape', `replacement-${unique()}`)).buffer;
    const replaced = await upload('/upload', superAdmin, { name: 'anh-moi.jpg', buffer: other, contentType: 'image/jpeg' }, `?id=${stored.id}`);
    expect(replaced.status).toBe(200);
    const after = await strapi.db.query('plugin::upload.file').findOne({ where: { id: stored.id } });
    expect(after.url).not.toBe(stored.url);
    expect(after.url).toMatch(/\?v=[0-9a-z]+$/);
    for (const format of Object.values((after.formats ?? {}) as Record<string, { url: string }>)) expect(format.url).toMatch(/\?v=/);
    const served = await http().get(after.url);
    expect(served.status).toBe(200);
    expect(Buffer.compare(served.body as Buffer, before.body as Buffer)).not.toBe(0);
  });

  it('answers a normal GraphQL query while a refused upload is being made', async () => {
    const [refused, query] = await Promise.all([
      upload('/upload', author, { name: `cung-luc-${unique()}.html`, buffer: Buffer.from(HTML), contentType: 'text/html' }),
      graphql<{ articles: Array<{ title: string }> }>('{ articles(pagination: { limit: 3 }) { title } }'),
    ]);
    expect(refused.status).toBe(400);
    expect(query.errors).toBeUndefined();
    expect(query.data?.articles.length).toBeGreaterThan(0);
  });
});

describe('serving /uploads/', () => {
  it('shows an image inline and sends a document as a download, both with nosniff, a sandbox CSP and a year-long immutable cache', async () => {
    const image = await uploadAsStaff(author, { ...jpeg, name: `hien-thi-${unique()}.jpg` });
    const document = await uploadAsStaff(author, { ...pdf, name: `tai-ve-${unique()}.pdf` });

    const imageResponse = await http().get(image.url);
    expect(imageResponse.status).toBe(200);
    expect(imageResponse.headers['content-type']).toBe('image/jpeg');
    expect(imageResponse.headers['content-disposition']).toBeUndefined();

    const documentResponse = await http().get(document.url);
    expect(documentResponse.status).toBe(200);
    expect(documentResponse.headers['content-disposition']).toBe(
      `attachment; filename="${path.basename(document.url)}"; filename*=UTF-8''${path.basename(document.url)}`,
    );

    for (const response of [imageResponse, documentResponse]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('serves an HTML or SVG file stored before the content check as a sandboxed download, never as a page', async () => {
    const uploadsDir = path.join(strapi.dirs.static.public, 'uploads');
    await mkdir(uploadsDir, { recursive: true });
    for (const name of [`cu-${unique()}.html`, `cu-${unique()}.svg`]) {
      const file = path.join(uploadsDir, name);
      legacyFiles.push(file);
      await writeFile(file, name.endsWith('.svg') ? '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' : HTML);
      const response = await http().get(`/uploads/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toMatch(/^attachment; /);
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

/** A GET with the path sent byte for byte as written (HTTP clients normalise `..` and `%2f` away). */
function rawGet(requestPath: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const server = strapi.server.httpServer;
  const listening = server.listening ? Promise.resolve() : new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return listening.then(
    () =>
      new Promise((resolve, reject) => {
        const { port } = server.address() as AddressInfo;
        const request = httpRequest({ host: '127.0.0.1', port, path: requestPath, method: 'GET' }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
        });
        request.on('error', reject);
        request.end();
      }),
  );
}

describe('serving /uploads/ under other spellings of its path', () => {
  afterAll(async () => {
    if (strapi.server.httpServer.listening) await new Promise((resolve) => strapi.server.httpServer.close(resolve));
  });

  it('sends an HTML file as a sandboxed download however its path is spelled (%2f, %75, ./, ../)', async () => {
    const uploadsDir = path.join(strapi.dirs.static.public, 'uploads');
    await mkdir(uploadsDir, { recursive: true });
    const name = `cach-viet-${unique()}.html`;
    const file = path.join(uploadsDir, name);
    legacyFiles.push(file);
    await writeFile(file, HTML);
    for (const spelling of [`/uploads%2f${name}`, `/%75ploads/${name}`, `/./uploads/${name}`, `/x/../uploads/${name}`, `/uploads//${name}`]) {
      const response = await rawGet(spelling);
      if (response.status !== 200) {
        expect(response.status).toBe(404);
        continue;
      }
      expect({ spelling, disposition: response.headers['content-disposition'] }).toEqual({ spelling, disposition: expect.stringMatching(/^attachment; /) });
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    // At least the spellings the red team used are really served (the test would prove nothing otherwise).
    expect((await rawGet(`/%75ploads/${name}`)).status).toBe(200);
    expect((await rawGet(`/x/../uploads/${name}`)).status).toBe(200);
  });
});

describe('API tokens and the media library', () => {
  let draftOnlyFile: UploadedFile;

  beforeAll(async () => {
    draftOnlyFile = await uploadAsStaff(superAdmin, { ...jpeg, name: `chi-ban-nhap-${unique()}.jpg` });
    const draft = await strapi.documents('api::article.article').create({
      data: {
        title: `Bài nháp có ảnh ${unique()}`,
        summary: 'Tóm tắt.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung.' }] }],
        cover: draftOnlyFile.id,
      } as never,
    });
    createdArticles.push(draft.documentId);
  });

  it('a read-only token and a visitor cannot list or open a file only a draft uses, through REST or GraphQL', async () => {
    const readOnly = await createApiToken('read-only');
    for (const bearer of [readOnly, undefined]) {
      const request = (url: string) => (bearer ? http().get(url).set('Authorization', `Bearer ${bearer}`) : http().get(url));
      const list = await request('/api/upload/files');
      expect(list.status).toBe(403);
      expect(JSON.stringify(list.body)).not.toContain(draftOnlyFile.name);
      const one = await request(`/api/upload/files/${draftOnlyFile.id}`);
      expect(one.status).toBe(403);
      expect(JSON.stringify(one.body)).not.toContain(draftOnlyFile.url);

      const listed = await graphql('{ uploadFiles(pagination: { limit: 100 }) { name url } }', undefined, bearer);
      expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(listed.data ?? null)).not.toContain(draftOnlyFile.name);
    }
  });

  it('a read-only token still sees the images published articles use', async () => {
    const readOnly = await createApiToken('read-only');
    const result = await graphql<{ articles: Array<{ cover: { url: string } | null }> }>(
      '{ articles(pagination: { limit: 20 }) { cover { url } } }',
      undefined,
      readOnly,
    );
    expect(result.errors).toBeUndefined();
    const urls = result.data!.articles.map((article) => article.cover?.url).filter(Boolean);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls).not.toContain(draftOnlyFile.url);
  });

  it('a full-access token is refused with 403 and a message when it uploads, updates or deletes media through REST', async () => {
    const fullAccess = await createApiToken('full-access');
    const target = await uploadAsStaff(superAdmin, { ...png, name: `khong-xoa-${unique()}.png` });

    const created = await upload('/api/upload', fullAccess, { name: `x-${unique()}.html`, buffer: Buffer.from(HTML), contentType: 'text/html' });
    const replaced = await upload('/api/upload', fullAccess, png, `?id=${target.id}`);
    const renamed = await http().post(`/api/upload?id=${target.id}`).set('Authorization', `Bearer ${fullAccess}`).field('fileInfo', JSON.stringify({ name: 'doi-ten.png' }));
    const deleted = await http().delete(`/api/upload/files/${target.id}`).set('Authorization', `Bearer ${fullAccess}`);
    for (const response of [created, replaced, renamed, deleted]) {
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain(TOKEN_REFUSAL);
    }
    const after = await strapi.db.query('plugin::upload.file').findOne({ where: { id: target.id } });
    expect(after.name).toBe(target.name);
  });

  it('a full-access token cannot update or delete media through GraphQL', async () => {
    const fullAccess = await createApiToken('full-access');
    const target = await uploadAsStaff(superAdmin, { ...png, name: `khong-doi-${unique()}.png` });
    const renamed = await graphql(`mutation { updateUploadFile(id: ${target.id}, info: { name: "doi-ten.png" }) { name } }`, undefined, fullAccess);
    const deleted = await graphql(`mutation { deleteUploadFile(id: ${target.id}) { name } }`, undefined, fullAccess);
    for (const result of [renamed, deleted]) {
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.updateUploadFile ?? result.data?.deleteUploadFile ?? null).toBeNull();
    }
    expect(await fileExists(target.id)).toBe(true);
    const after = await strapi.db.query('plugin::upload.file').findOne({ where: { id: target.id } });
    expect(after.name).toBe(target.name);
  });

  it('a custom token staff granted the Upload permission can upload an allowed file, and still not HTML', async () => {
    const granted = await createApiToken('custom', ['plugin::upload.content-api.upload']);
    const accepted = await upload('/api/upload', granted, { ...png, name: `duoc-cap-${unique()}.png` });
    expect(accepted.status).toBe(201);
    createdFileIds.push((accepted.body as UploadedFile[])[0].id);
    const refused = await upload('/api/upload', granted, { name: `x-${unique()}.html`, buffer: Buffer.from(HTML), contentType: 'text/html' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(REFUSAL_EN);
  });
});
