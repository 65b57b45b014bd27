import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { makeDemoImage } from '../../src/seed/demo-files';
import { adminJwt, http, startStrapi, stopStrapi } from '../helpers/strapi';

/** Production serves uploads from their own host, which never receives the admin's cookies. */
const UPLOADS_HOST = 'https://media.lienhiep.test';
let strapi: Core.Strapi;
let token: string;
const createdFileIds: number[] = [];

type StoredFile = { id: number; url: string; hash: string; ext: string; formats: Record<string, { url: string }> | null };

beforeAll(async () => {
  process.env.UPLOADS_PUBLIC_URL = `${UPLOADS_HOST}/`;
  strapi = await startStrapi();
  token = await adminJwt();
});
afterAll(async () => {
  const uploadService = strapi.plugin('upload').service('upload');
  for (const id of createdFileIds) {
    const file = await uploadService.findOne(id);
    if (file) await uploadService.remove(file);
  }
  await stopStrapi();
  delete process.env.UPLOADS_PUBLIC_URL;
});

describe('with UPLOADS_PUBLIC_URL set', () => {
  it('stores a new image and its resized formats with URLs on the uploads host', async () => {
    const { buffer } = await makeDemoImage('landscape', 'public-host');
    const response = await http()
      .post('/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', buffer, { filename: `anh-${Date.now()}.jpg`, contentType: 'image/jpeg' });
    expect(response.status).toBe(201);
    const [file] = response.body as StoredFile[];
    createdFileIds.push(file.id);

    expect(file.url).toBe(`${UPLOADS_HOST}/uploads/${file.hash}${file.ext}`);
    const formatUrls = Object.values(file.formats ?? {}).map((format) => format.url);
    expect(formatUrls.length).toBeGreaterThan(0);
    for (const url of formatUrls) expect(url.startsWith(`${UPLOADS_HOST}/uploads/`)).toBe(true);
    await access(path.join(strapi.dirs.static.public, 'uploads', `${file.hash}${file.ext}`));
  });

  it("lets the admin panel's CSP load images from the uploads host", async () => {
    const response = await http().get('/_health');
    expect(response.headers['content-security-policy']).toMatch(new RegExp(`img-src [^;]*${UPLOADS_HOST.replace(/[.]/g, '\\.')}`));
  });
});
