import type { Core, UID } from '@strapi/strapi';
import { graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Visitors and partners never see drafts: not by listing, not by asking for status DRAFT,
 * not by REST ?status=draft, not through a relation of a published item, not a draft edit of a
 * published item. Checked for every content type with draft & publish.
 */
type DraftSpec = { uid: UID.ContentType; list: string; single: string; rest: string; sitemap: string; title: string; data: Record<string, unknown> };

const stamp = Date.now();
const specs: DraftSpec[] = [
  { uid: 'api::article.article', list: 'articles', single: 'article', rest: 'articles', sitemap: 'article', title: 'title',
    data: { title: `Bản nháp bí mật ${stamp}`, summary: 'Chưa được duyệt.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung nháp' }] }] } },
  { uid: 'api::association.association', list: 'associations', single: 'association', rest: 'associations', sitemap: 'association', title: 'name',
    data: { name: `Hội nháp ${stamp}`, field: 'other', operatingStatus: 'active' } },
  { uid: 'api::event.event', list: 'events', single: 'event', rest: 'events', sitemap: 'event', title: 'title',
    data: { title: `Sự kiện nháp ${stamp}`, kind: 'other', startAt: '2027-01-10T01:00:00.000Z', allDay: false } },
  { uid: 'api::honored-intellectual.honored-intellectual', list: 'honoredIntellectuals', single: 'honoredIntellectual', rest: 'honored-intellectuals', sitemap: 'honoredIntellectual', title: 'fullName',
    data: { fullName: `Trí thức nháp ${stamp}`, field: 'Thử nghiệm', honoringRound: 3, honoringYear: 2028 } },
  { uid: 'api::category.category', list: 'categories', single: 'category', rest: 'categories', sitemap: 'category', title: 'name', data: { name: `Chuyên mục nháp ${stamp}` } },
  { uid: 'api::tag.tag', list: 'tags', single: 'tag', rest: 'tags', sitemap: 'tag', title: 'name', data: { name: `Thẻ nháp ${stamp}` } },
  { uid: 'api::page.page', list: 'pages', single: 'page', rest: 'pages', sitemap: 'page', title: 'title',
    data: { title: `Trang nháp ${stamp}`, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nháp' }] }] } },
];

let strapi: Core.Strapi;
const created = new Map<string, { documentId: string; slug: string }>();

beforeAll(async () => {
  strapi = await startStrapi();
  for (const spec of specs) {
    const doc = await strapi.documents(spec.uid).create({ data: spec.data as never });
    created.set(spec.uid, { documentId: doc.documentId, slug: (doc as unknown as { slug: string }).slug });
  }
});
afterAll(async () => {
  for (const spec of specs) {
    const doc = created.get(spec.uid);
    if (doc) await strapi.documents(spec.uid).delete({ documentId: doc.documentId });
  }
  await stopStrapi();
});

it('every draft & publish content type is covered by this test', () => {
  const withDrafts = Object.values(strapi.contentTypes)
    .filter((model) => model.uid.startsWith('api::') && (model.options as { draftAndPublish?: boolean } | undefined)?.draftAndPublish)
    .map((model) => model.uid)
    .sort();
  expect(specs.map((spec) => spec.uid).sort()).toEqual(withDrafts);
});

describe.each(specs)('drafts of $uid', (spec) => {
  const draft = () => created.get(spec.uid)!;

  it('got a slug from its Vietnamese title', () => {
    expect(draft().slug).toMatch(/^[a-z0-9-]+$/);
    expect(draft().slug).toContain(String(stamp));
  });

  it('is missing from GraphQL lists and lookups', async () => {
    const { data, errors } = await graphql(`query($slug: String!, $id: ID!) {
      list: ${spec.list}(filters: { slug: { eq: $slug } }) { documentId }
      one: ${spec.single}(documentId: $id) { documentId }
    }`, { slug: draft().slug, id: draft().documentId });
    expect(errors).toBeUndefined();
    expect(data!.list).toEqual([]);
    expect(data!.one).toBeNull();
  });

  it('is refused with status: DRAFT on GraphQL', async () => {
    const { data, errors } = await graphql(`{ ${spec.list}(status: DRAFT) { ${spec.title} } }`);
    expect(errors?.[0].message).toMatch(/biên tập viên|Forbidden/i);
    expect(JSON.stringify(data ?? {})).not.toContain(String(stamp));
  });

  it('is missing from sitemapEntries', async () => {
    const { data, errors } = await graphql(`{ sitemapEntries(type: ${spec.sitemap}) { slugs } }`);
    expect(errors).toBeUndefined();
    expect(data!.sitemapEntries.slugs.length).toBeGreaterThan(0);
    expect(data!.sitemapEntries.slugs).not.toContain(draft().slug);
  });

  it('is refused with ?status=draft on REST, and absent from REST lists and lookups', async () => {
    const asked = await http().get(`/api/${spec.rest}?status=draft`);
    expect(asked.status).toBe(403);
    expect(JSON.stringify(asked.body)).not.toContain(String(stamp));

    const listed = await http().get(`/api/${spec.rest}?filters[slug][$eq]=${encodeURIComponent(draft().slug)}`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([]);

    const one = await http().get(`/api/${spec.rest}/${draft().documentId}`);
    expect(one.status).toBe(404);
  });
});

describe('drafts reached through relations', () => {
  it('a published category never lists draft articles, and status: DRAFT on the relation is refused', async () => {
    const seededDraft = await strapi.documents('api::article.article').findFirst({
      status: 'draft',
      filters: { title: { $startsWith: '[Bản nháp]' } },
      populate: { category: true },
    });
    expect(seededDraft).toBeTruthy();
    const categorySlug = (seededDraft as unknown as { category: { slug: string } }).category.slug;

    const { data, errors } = await graphql('query($slug: String!) { categories(filters: { slug: { eq: $slug } }) { articles(pagination: { limit: 100 }) { title } } }', { slug: categorySlug });
    expect(errors).toBeUndefined();
    const titles = data!.categories[0].articles.map((a: { title: string }) => a.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).not.toContain((seededDraft as unknown as { title: string }).title);

    // Nested relations take no status argument at all: asking is a validation error, never data.
    const nested = await graphql('query($slug: String!) { categories(filters: { slug: { eq: $slug } }) { articles(status: DRAFT) { title } } }', { slug: categorySlug });
    expect(nested.errors?.[0].message).toMatch(/Unknown argument "status"|biên tập viên/i);
    expect(JSON.stringify(nested.data ?? {})).not.toContain('[Bản nháp]');
  });

  it('REST populate cannot reach drafts either', async () => {
    const response = await http().get('/api/categories?populate[articles][filters][publishedAt][$null]=true&pagination[pageSize]=100');
    const json = JSON.stringify(response.body);
    expect(json).not.toContain('[Bản nháp]');
    for (const category of response.body.data ?? []) expect(category.articles ?? []).toEqual([]);
  });

  it('an unpublished edit of a published article stays invisible until it is published', async () => {
    const [published] = (await graphql('{ articles(pagination: { limit: 1 }, sort: "date:asc") { documentId title } }')).data!.articles;
    const secretTitle = `Sửa đổi chưa duyệt ${stamp}`;
    await strapi.documents('api::article.article').update({ documentId: published.documentId, data: { title: secretTitle } as never });
    try {
      const { data } = await graphql('query($id: ID!) { article(documentId: $id) { title } }', { id: published.documentId });
      expect(data!.article.title).toBe(published.title);
      const rest = await http().get(`/api/articles/${published.documentId}`);
      expect(rest.body.data.title).toBe(published.title);
    } finally {
      await strapi.documents('api::article.article').update({ documentId: published.documentId, data: { title: published.title } as never });
    }
  });
});
