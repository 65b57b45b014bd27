import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { importArticles } from '../../src/import/import-articles';
import { readRecords } from '../../src/import/read-records';
import { syntheticArticles } from '../../src/import/synthetic-articles';
import { articlesWrittenFromNow } from '../helpers/article-cleanup';
import { graphql, startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
let removeWrittenArticles: () => Promise<void>;
const workDir = mkdtempSync(path.join(tmpdir(), 'article-import-'));
const quiet = { log: () => {} };
// Every article imported here is dated years back, so the other test files' "latest articles" stay the demo ones.

beforeAll(async () => {
  strapi = await startStrapi();
  removeWrittenArticles = await articlesWrittenFromNow(strapi);
});
afterAll(async () => {
  await removeWrittenArticles();
  await stopStrapi();
  rmSync(workDir, { recursive: true, force: true });
});

describe('importing articles (editors migrating the old site, and the benchmark)', () => {
  it('creates and publishes the articles of an NDJSON file, with relations by slug, and skips them on a second run', async () => {
    const file = path.join(workDir, 'old-site.ndjson');
    const records = [
      { title: 'Hội thảo về cây chè Shan tuyết Bát Xát', slug: 'hoi-thao-che-shan-tuyet-bat-xat', date: '2019-05-02T08:30', summary: 'Tóm tắt', body: 'Đoạn một.\n\n## Kết quả\n\nĐoạn **hai**.', category: 'tin-hoat-dong', tags: ['ban-chap-hanh'] },
      { title: 'Bài cũ không có slug: Tập huấn nuôi cá hồi', date: '2019-05-01T00:00:00Z', summary: 'Tóm tắt', body: 'Nội dung.' },
      { title: 'Bản nháp từ trang cũ', slug: 'ban-nhap-tu-trang-cu', summary: 'Tóm tắt', body: 'Nháp.', draft: true },
    ];
    writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n') + '\n');

    const first = await importArticles(strapi, readRecords(file), quiet);
    expect(first).toMatchObject({ created: 3, existing: 0, failed: 0 });
    const second = await importArticles(strapi, readRecords(file), quiet);
    expect(second).toMatchObject({ created: 0, existing: 3, failed: 0 });

    const { data, errors } = await graphql(`{ articles(filters: { slug: { in: ["hoi-thao-che-shan-tuyet-bat-xat", "bai-cu-khong-co-slug-tap-huan-nuoi-ca-hoi", "ban-nhap-tu-trang-cu"] } }, sort: ["date:desc"]) { slug date body category { slug } tags { slug } } }`);
    expect(errors).toBeUndefined();
    const articles = data!.articles as Array<Record<string, any>>;
    expect(articles.map((a) => a.slug)).toEqual(['hoi-thao-che-shan-tuyet-bat-xat', 'bai-cu-khong-co-slug-tap-huan-nuoi-ca-hoi']);
    expect(articles[0].date).toBe('2019-05-02T01:30:00.000Z'); // 08:30 in Vietnam
    expect(articles[0].category.slug).toBe('tin-hoat-dong');
    expect(articles[0].tags.map((t: { slug: string }) => t.slug)).toEqual(['ban-chap-hanh']);
    expect(articles[0].body.map((block: { type: string }) => block.type)).toEqual(['paragraph', 'heading', 'paragraph']);

    // Found by the site's search like any article: the search text rule applied.
    const published = (await strapi.db.query('api::article.article').findOne({ select: ['searchText'], where: { slug: 'hoi-thao-che-shan-tuyet-bat-xat', publishedAt: { $notNull: true } } })) as { searchText: string };
    expect(published.searchText).toContain('shan tuyet');
  });

  it('gives a title already used the next free slug, as the editor would get', async () => {
    const title = 'Tin trùng tiêu đề khi nhập';
    await importArticles(strapi, [{ title, slug: 'tin-trung-tieu-de-khi-nhap', date: '2018-01-01T08:00', summary: 'Tóm tắt', body: 'Nội dung.' }], quiet);
    const created = await strapi.documents('api::article.article').create({ data: { title, summary: 'Tóm tắt', body: [] } as never });
    expect((created as unknown as { slug: string }).slug).toBe('tin-trung-tieu-de-khi-nhap-2');
  });

  it('stops with a clear message on a category that does not exist, rather than dropping the link', async () => {
    await expect(importArticles(strapi, [{ title: 'Bài có chuyên mục lạ', summary: 'Tóm tắt', body: 'x', category: 'khong-co-chuyen-muc-nay' }], quiet)).rejects.toThrow(/khong-co-chuyen-muc-nay/);
    expect(await strapi.db.query('api::article.article').count({ where: { title: 'Bài có chuyên mục lạ' } })).toBe(0);
  });

  it('leaves out records without a title or a required field, naming them, and imports the rest of the batch', async () => {
    const lines: string[] = [];
    const report = await importArticles(
      strapi,
      [
        { summary: 'không tiêu đề', body: 'x' },
        { title: 'Bài thiếu tóm tắt khi nhập', body: 'x' },
        { title: 'Bài hợp lệ đi kèm bản ghi lỗi', date: '2018-01-02T08:00', summary: 'Tóm tắt', body: 'Nội dung.' },
      ],
      { log: (line) => lines.push(line) },
    );
    expect(report).toMatchObject({ created: 1, failed: 2 });
    expect(lines.filter((line) => /record [12] skipped/.test(line))).toHaveLength(2);
    expect(await strapi.db.query('api::article.article').count({ where: { title: 'Bài thiếu tóm tắt khi nhập' } })).toBe(0);
    expect(await strapi.db.query('api::article.article').count({ where: { title: 'Bài hợp lệ đi kèm bản ghi lỗi' } })).toBe(2);
  });

  it('generates distinct Vietnamese articles that import at a rate it reports', async () => {
    const generated = [...syntheticArticles(50, { seed: 42, categories: ['tin-hoat-dong'], newest: new Date(Date.UTC(2018, 0, 1)) })];
    expect(new Set(generated.map((a) => a.slug)).size).toBe(50);
    expect(generated[0].title).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    const lines: string[] = [];
    const report = await importArticles(strapi, generated, { batchSize: 20, progressEvery: 20, log: (line) => lines.push(line) });
    expect(report.created).toBe(50);
    expect(report.perSecond).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes('records')).length).toBe(2);
    expect(lines.at(-1)).toMatch(/done: 50 created.*articles\/s/);
  });
});
