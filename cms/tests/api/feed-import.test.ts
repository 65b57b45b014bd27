import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { articlesWrittenFromNow } from '../helpers/article-cleanup';
import { adminJwtForRole, http as api, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Moving the old site in (issue 11): staff import a WordPress export and an RSS feed (committed
 * fixtures, tests/fixtures/import) through the admin's import route; the old site's images are served
 * by a real HTTP server here, on 127.0.0.1 (hence IMPORT_ALLOW_PRIVATE_HOSTS=true for this file).
 */
const ARTICLE = 'api::article.article';
const OLD_SITE = 'https://trang-cu.lienhiep.example';
let strapi: Core.Strapi;
let server: http.Server;
let oldSite: string;
let editor: string;
let author: string;
let cleanArticles: () => Promise<void>;
const hits = new Map<string, number>();
const images = new Map<string, { type: string; body: Buffer }>();
const feeds = new Map<string, string>();
const savedAllow = process.env.IMPORT_ALLOW_PRIVATE_HOSTS;

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'import', name), 'utf8').split(OLD_SITE).join(oldSite);
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
type Progress = { total: number; done: number; created: number; updated: number; skipped: number; failed: number; imagesUploaded: number; messages: string[]; finished: boolean };

async function importFile(token: string, name: string, mode: 'draft' | 'published', createCategories = false): Promise<Progress> {
  const started = await api().post('/admin/lienhiep-import').set(as(token)).attach('file', Buffer.from(feeds.get(name) ?? fixture(name)), name).field('mode', mode).field('createCategories', String(createCategories));
  expect(started.status).toBe(202);
  return finished(token, started.body.jobId as string);
}

async function finished(token: string, jobId: string): Promise<Progress> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const response = await api().get(`/admin/lienhiep-import/${jobId}`).set(as(token));
    expect(response.status).toBe(200);
    const progress = response.body.progress as Progress;
    expect(progress.done).toBeLessThanOrEqual(progress.total);
    if (progress.finished) return progress;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${jobId} did not finish`);
}

type Row = { documentId: string; title: string; summary: string; date: string; publishedAt: string | null; author: string | null; body: unknown; category?: { slug: string } | null; cover?: { mime: string; url: string } | null };
async function rowsOf(slug: string): Promise<Row[]> {
  return (await strapi.db.query(ARTICLE).findMany({ where: { slug }, populate: { category: { select: ['slug'] }, cover: { select: ['mime', 'url'] } }, orderBy: { id: 'asc' } })) as Row[];
}
const draftOf = async (slug: string) => (await rowsOf(slug)).find((row) => row.publishedAt == null)!;
const vietnamTime = (iso: string) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
const fileCount = () => strapi.db.query('plugin::upload.file').count({});

beforeAll(async () => {
  process.env.IMPORT_ALLOW_PRIVATE_HOSTS = 'true';
  const photo = (color: string) => sharp({ create: { width: 24, height: 16, channels: 3, background: color } });
  images.set('/wp-content/uploads/2023/12/hoi-nghi-tong-ket.png', { type: 'image/png', body: await photo('#2a7a4a').png().toBuffer() });
  images.set('/wp-content/uploads/2024/03/doi-che.jpg', { type: 'image/jpeg', body: await photo('#5a9a30').jpeg().toBuffer() });
  images.set('/anh/toa-dam-sa-pa.jpg', { type: 'image/jpeg', body: await photo('#30609a').jpeg().toBuffer() });
  server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const image = images.get(url);
    if (image) return response.writeHead(200, { 'Content-Type': image.type, 'Content-Length': image.body.length }).end(image.body);
    const feed = feeds.get(url.slice(1));
    if (feed) return response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(feed);
    response.writeHead(404).end('không có');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  oldSite = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  strapi = await startStrapi();
  cleanArticles = await articlesWrittenFromNow(strapi);
  editor = await adminJwtForRole('strapi-editor');
  author = await adminJwtForRole('strapi-author');
});

afterAll(async () => {
  await cleanArticles?.();
  await strapi?.db.query('api::category.category').deleteMany({ where: { slug: 'chuyen-doi-so' } });
  await stopStrapi();
  await new Promise((resolve) => server.close(resolve));
  if (savedAllow === undefined) delete process.env.IMPORT_ALLOW_PRIVATE_HOSTS;
  else process.env.IMPORT_ALLOW_PRIVATE_HOSTS = savedAllow;
});

describe('import from the old site (WXR and RSS)', () => {
  it('lets an author import drafts only, and nobody import without signing in or send something that is no feed', async () => {
    const refused = await api().post('/admin/lienhiep-import').set(as(author)).attach('file', Buffer.from(fixture('trang-cu-rss.xml')), 'tin.xml').field('mode', 'published');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/bản nháp/);
    expect((await api().post('/admin/lienhiep-import').field('url', `${oldSite}/tin.xml`)).status).toBe(401);
    const notAFeed = await api().post('/admin/lienhiep-import').set(as(editor)).attach('file', Buffer.from('<html><script>x</script></html>'), 'trang.html').field('mode', 'draft');
    expect(notAFeed.status).toBe(400);
    expect(notAFeed.body.error.message).toMatch(/không phải RSS/);
    const privateUrl = await api().post('/admin/lienhiep-import').set(as(editor)).send({ url: 'file:///etc/passwd', mode: 'draft' });
    expect(privateUrl.status).toBe(400);
  });

  it('imports an author\'s Atom feed as drafts the author may then edit, and shows the job to that author only', async () => {
    const atom =
      '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bản tin hội</title>' +
      '<entry><id>urn:lienhiep:atom:1</id><title>Hội Sinh vật cảnh giới thiệu mô hình bonsai</title><updated>2024-06-01T02:00:00Z</updated>' +
      '<author><name>Hoàng Minh Hiếu</name></author><content type="html">&lt;p&gt;Mô hình &lt;b&gt;bonsai&lt;/b&gt; của hội viên.&lt;/p&gt;</content></entry></feed>';
    const started = await api().post('/admin/lienhiep-import').set(as(author)).attach('file', Buffer.from(atom), 'ban-tin.atom').field('mode', 'draft');
    expect(started.status).toBe(202);
    expect((await api().get(`/admin/lienhiep-import/${started.body.jobId}`).set(as(editor))).status).toBe(404);
    expect(await finished(author, started.body.jobId as string)).toMatchObject({ total: 1, created: 1, failed: 0 });
    const rows = await rowsOf('hoi-sinh-vat-canh-gioi-thieu-mo-hinh-bonsai');
    expect(rows.map((row) => row.publishedAt)).toEqual([null]);
    expect(rows[0]).toMatchObject({ author: 'Hoàng Minh Hiếu', summary: 'Mô hình bonsai của hội viên.' });
    const edit = await api()
      .put(`/content-manager/collection-types/${ARTICLE}/${rows[0].documentId}`)
      .set(as(author))
      .send({ title: 'Hội Sinh vật cảnh giới thiệu mô hình bonsai (tác giả sửa)' });
    expect(edit.status).toBe(200);
  });

  it('imports a WordPress export with dates, categories, featured and inline images, without scripts, keeping drafts drafts', async () => {
    const filesBefore = await fileCount();
    const progress = await importFile(editor, 'trang-cu-wordpress.xml', 'published');
    expect(progress).toMatchObject({ total: 3, done: 3, created: 3, failed: 0, imagesUploaded: 2 });
    expect(progress.messages.join('\n')).toMatch(/Chuyên mục “Nông nghiệp vùng cao” chưa có/);
    expect(await fileCount()).toBe(filesBefore + 2);

    const summit = await rowsOf('hoi-nghi-tong-ket-2023');
    expect(summit.map((row) => row.publishedAt != null)).toEqual([false, true]);
    expect(summit[1]).toMatchObject({ title: 'Hội nghị tổng kết công tác năm 2023 của Liên hiệp Hội', author: 'Nguyễn Thu Hà', category: { slug: 'tin-hoat-dong' }, cover: { mime: 'image/png' } });
    expect(vietnamTime(summit[1].date)).toBe('09:30 20/12/2023');
    const summitBody = JSON.stringify(summit[1].body);
    expect(summitBody).toContain('Kết quả nổi bật');
    expect(summitBody).toContain(`${oldSite}/bao-cao-2023/`);
    expect(summitBody).not.toContain('javascript');

    const training = await draftOf('tap-huan-che-shan-tuyet-bac-ha');
    // "Khoa học và công nghệ" is the portal's category of that name (slug khoa-hoc-cong-nghe).
    expect(training).toMatchObject({ category: { slug: 'khoa-hoc-cong-nghe' } });
    expect(vietnamTime(training.date)).toBe('08:15 15/03/2024');
    const body = training.body as Array<{ type: string; image?: { url: string; mime: string; alternativeText: string } }>;
    expect(JSON.stringify(body)).not.toMatch(/document\.cookie|alert|onclick|iframe|display: none|ke-xau/);
    expect(body.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'image', 'paragraph']);
    expect(body[2].image).toMatchObject({ mime: 'image/jpeg', alternativeText: 'Đồi chè Shan tuyết' });
    expect(body[2].image!.url).toMatch(/^\/uploads\//);
    expect(training.cover?.url).toBe(body[2].image!.url); // the first image is the cover when there is no featured image

    const draft = await rowsOf('du-thao-ke-hoach-hoi-thi-2024');
    expect(draft.map((row) => row.publishedAt)).toEqual([null]);
    expect(draft[0]).toMatchObject({ category: { slug: 'hoi-thi-cuoc-thi' } });
  });

  it('imports an RSS feed from its URL, creating missing categories when asked, and reports an image it cannot fetch', async () => {
    feeds.set('tin.xml', fixture('trang-cu-rss.xml'));
    const started = await api().post('/admin/lienhiep-import').set(as(editor)).send({ url: `${oldSite}/tin.xml`, mode: 'published', createCategories: true });
    expect(started.status).toBe(202);
    const progress = await finished(editor, started.body.jobId as string);
    expect(progress).toMatchObject({ total: 3, created: 3, failed: 0, imagesUploaded: 1 });
    expect(progress.messages.join('\n')).toMatch(/Đã tạo chuyên mục mới “Chuyển đổi số”/);
    expect(progress.messages.join('\n')).toMatch(/không lấy được ảnh .*da-xoa\.jpg/);

    const talk = (await rowsOf('toa-dam-chuyen-doi-so-trong-san-xuat-nong-nghiep-sa-pa')).find((row) => row.publishedAt != null)!;
    expect(talk).toMatchObject({ author: 'Trần Văn Long', category: { slug: 'chuyen-doi-so' }, cover: { mime: 'image/jpeg' } });
    expect(vietnamTime(talk.date)).toBe('14:00 06/05/2024');
    const broken = await draftOf('anh-khong-tai-duoc-van-giu-bai-viet');
    expect(broken.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Bài có ảnh không còn trên máy chủ cũ.' }] }]);
  });

  it('creates nothing and uploads no image again when the same files are imported again', async () => {
    const articlesBefore = await strapi.db.query(ARTICLE).count({});
    const filesBefore = await fileCount();
    const imageHitsBefore = [...images.keys()].map((url) => hits.get(url) ?? 0);
    const wxr = await importFile(editor, 'trang-cu-wordpress.xml', 'published');
    const rss = await importFile(editor, 'tin.xml', 'published', true);
    for (const progress of [wxr, rss]) expect(progress).toMatchObject({ total: 3, created: 0, updated: 0, skipped: 3, failed: 0, imagesUploaded: 0 });
    expect(await strapi.db.query(ARTICLE).count({})).toBe(articlesBefore);
    expect(await fileCount()).toBe(filesBefore);
    expect([...images.keys()].map((url) => hits.get(url) ?? 0)).toEqual(imageHitsBefore);
  });

  it('updates a post changed on the old site, unless an editor changed the article since the import', async () => {
    const changed = feeds.get('tin.xml')!.replace('nhận bài đến hết tháng 6', 'nhận bài đến hết tháng 7');
    feeds.set('tin.xml', changed);
    const first = await importFile(editor, 'tin.xml', 'published');
    expect(first).toMatchObject({ created: 0, updated: 1, skipped: 2 });
    const slug = 'phat-dong-cuoc-thi-tim-hieu-phap-luat-ve-so-huu-tri-tue';
    expect((await rowsOf(slug)).map((row) => [row.publishedAt != null, JSON.stringify(row.body).includes('tháng 7')])).toEqual([[false, true], [true, true]]);

    const { documentId } = await draftOf(slug);
    await strapi.documents(ARTICLE).update({ documentId, data: { title: 'Phát động cuộc thi sở hữu trí tuệ (đã biên tập)' } } as never);
    feeds.set('tin.xml', changed.replace('tháng 7', 'tháng 8'));
    const second = await importFile(editor, 'tin.xml', 'published');
    expect(second).toMatchObject({ created: 0, updated: 0, skipped: 3 });
    expect(second.messages.join('\n')).toMatch(/đã được biên tập trên cổng/);
    expect((await draftOf(slug)).title).toBe('Phát động cuộc thi sở hữu trí tuệ (đã biên tập)');
  });
});
