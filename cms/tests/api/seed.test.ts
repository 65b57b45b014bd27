import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

const count = (uid: UID.ContentType, status: 'draft' | 'published') => strapi.documents(uid).count({ status } as never);

describe('demo content', () => {
  it('holds what the portal needs', async () => {
    expect(await count('api::association.association', 'published')).toBe(18);
    expect(await count('api::article.article', 'published')).toBeGreaterThanOrEqual(30);
    expect(await count('api::event.event', 'published')).toBeGreaterThanOrEqual(10);
    expect(await count('api::honored-intellectual.honored-intellectual', 'published')).toBeGreaterThanOrEqual(10);
    expect(await count('api::page.page', 'published')).toBeGreaterThanOrEqual(4);
    const categories = await strapi.documents('api::category.category').findMany({ status: 'published', populate: { articles: { fields: ['title'] } } } as never);
    for (const category of categories as unknown as Array<{ name: string; articles: unknown[] }>) {
      expect({ category: category.name, articles: category.articles.length > 0 }).toEqual({ category: category.name, articles: true });
    }
  });

  it('marks sample data as such', async () => {
    const associations = await strapi.documents('api::association.association').findMany({ status: 'published', limit: 100 } as never);
    for (const association of associations as unknown as Array<{ name: string }>) expect(association.name).toMatch(/\(dữ liệu mẫu\)$/);
  });

  it('is written in Vietnamese with composed (NFC) diacritics', async () => {
    const articles = (await strapi.documents('api::article.article').findMany({ status: 'published', limit: 100 } as never)) as unknown as Array<{ title: string; summary: string }>;
    for (const article of articles) {
      expect(article.title.normalize('NFC')).toBe(article.title);
      expect(article.summary.normalize('NFC')).toBe(article.summary);
    }
    expect(articles.some((a) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(a.title))).toBe(true);
  });

  it('seeds again without duplicating anything', async () => {
    const types: UID.ContentType[] = ['api::article.article', 'api::association.association', 'api::event.event', 'api::honored-intellectual.honored-intellectual', 'api::category.category', 'api::tag.tag', 'api::page.page', 'api::global.global'];
    const before = await Promise.all(types.map((uid) => count(uid, 'draft')));
    const filesBefore = await strapi.db.query('plugin::upload.file').count();
    const { seedDemoContent } = require(path.join(strapi.dirs.dist.src, 'seed')) as typeof import('../../src/seed');
    const lines: string[] = [];
    const report = await seedDemoContent(strapi, { log: (line) => lines.push(line) });
    expect(Object.values(report).every((entry) => entry.created === 0)).toBe(true);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^\[seed\] Chuyên mục \(category\): 0 created, \d+ already present$/);
    expect(await Promise.all(types.map((uid) => count(uid, 'draft')))).toEqual(before);
    expect(await strapi.db.query('plugin::upload.file').count()).toBe(filesBefore);
  });
});
