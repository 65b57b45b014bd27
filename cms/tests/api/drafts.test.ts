import type { Core, UID } from '@strapi/strapi';
import { createApiToken, graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Visitors and partners never see drafts: not by listing, not by asking for status DRAFT,
 * not by REST ?status=draft, not by Strapi's publication filters, not through a relation of a
 * published item, not a draft edit of a published item. Checked for every content type with
 * draft & publish, for each kind of caller the public API serves (the `public` audience of
 * src/documents/audience.ts): a visitor without credentials, a partner with a read-only API
 * token, and a full-access API token.
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

/** Who asks: the bearer token sent, if any (created once Strapi is up). */
type Caller = { name: string; token?: string };
const callers: Caller[] = [{ name: 'a visitor' }, { name: 'a partner (read-only API token)' }, { name: 'a full-access API token' }];

let strapi: Core.Strapi;
const created = new Map<string, { documentId: string; slug: string }>();
/** Not `stamp` itself: the tests below look for `stamp` in answers, and this article is published. */
const linkedStamp = `L${stamp + 1}`;
let linkedArticle: { documentId: string; slug: string } | undefined;

/** A REST GET as `caller`. */
function get(caller: Caller, url: string) {
  const request = http().get(url);
  return caller.token ? request.set('Authorization', `Bearer ${caller.token}`) : request;
}

beforeAll(async () => {
  strapi = await startStrapi();
  callers[1].token = await createApiToken('read-only');
  callers[2].token = await createApiToken('full-access');
  for (const spec of specs) {
    const doc = await strapi.documents(spec.uid).create({ data: spec.data as never });
    created.set(spec.uid, { documentId: doc.documentId, slug: (doc as unknown as { slug: string }).slug });
  }
  // A published article whose editor linked it to the drafts above.
  const id = (uid: UID.ContentType) => created.get(uid)!.documentId;
  const article = await strapi.documents('api::article.article').create({
    data: {
      title: `Bài đã đăng liên kết tới bản nháp ${linkedStamp}`,
      summary: 'Liên kết tới các bản nháp.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Công khai' }] }],
      featured: false,
      category: id('api::category.category'),
      event: id('api::event.event'),
      tags: [id('api::tag.tag')],
      associations: [id('api::association.association')],
      honoredIntellectuals: [id('api::honored-intellectual.honored-intellectual')],
    } as never,
  });
  await strapi.documents('api::article.article').publish({ documentId: article.documentId });
  linkedArticle = { documentId: article.documentId, slug: (article as unknown as { slug: string }).slug };
});
afterAll(async () => {
  if (linkedArticle) await strapi.documents('api::article.article').delete({ documentId: linkedArticle.documentId });
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

describe.each(callers)('$name', (caller) => {
  describe.each(specs)('drafts of $uid', (spec) => {
    const draft = () => created.get(spec.uid)!;
    const ask = (query: string, variables?: Record<string, unknown>) => graphql(query, variables, caller.token);

    it('got a slug from its Vietnamese title', () => {
      expect(draft().slug).toMatch(/^[a-z0-9-]+$/);
      expect(draft().slug).toContain(String(stamp));
    });

    it('is missing from GraphQL lists and lookups', async () => {
      const { data, errors } = await ask(`query($slug: String!, $id: ID!) {
        list: ${spec.list}(filters: { slug: { eq: $slug } }) { documentId }
        one: ${spec.single}(documentId: $id) { documentId }
      }`, { slug: draft().slug, id: draft().documentId });
      expect(errors).toBeUndefined();
      expect(data!.list).toEqual([]);
      expect(data!.one).toBeNull();
    });

    it('is refused with status: DRAFT on GraphQL lists, connections and lookups', async () => {
      for (const query of [
        `{ ${spec.list}(status: DRAFT) { ${spec.title} } }`,
        `{ ${spec.list}_connection(status: DRAFT) { nodes { ${spec.title} } } }`,
        `{ ${spec.single}(documentId: "${draft().documentId}", status: DRAFT) { ${spec.title} } }`,
      ]) {
        const { data, errors } = await ask(query);
        expect({ query, message: errors?.[0].message }).toEqual({ query, message: expect.stringMatching(/biên tập viên|Forbidden/i) });
        expect(JSON.stringify(data ?? {})).not.toContain(String(stamp));
      }
    });

    it("is not reached through Strapi's publication filters or a null publishedAt on GraphQL", async () => {
      for (const args of ['publicationFilter: NEVER_PUBLISHED, filters: { slug: { eq: $slug } }', 'publicationFilter: NEVER_PUBLISHED_DOCUMENT, filters: { slug: { eq: $slug } }', 'hasPublishedVersion: false, filters: { slug: { eq: $slug } }', 'filters: { slug: { eq: $slug }, publishedAt: { null: true } }']) {
        const { data, errors } = await ask(`query($slug: String!) { list: ${spec.list}(${args}) { documentId ${spec.title} } }`, { slug: draft().slug });
        expect({ args, errors }).toEqual({ args, errors: undefined });
        expect(JSON.stringify(data)).not.toContain(String(stamp));
      }
    });

    it('is missing from sitemapEntries', async () => {
      const { data, errors } = await ask(`{ sitemapEntries(type: ${spec.sitemap}) { slugs } }`);
      expect(errors).toBeUndefined();
      expect(data!.sitemapEntries.slugs.length).toBeGreaterThan(0);
      expect(data!.sitemapEntries.slugs).not.toContain(draft().slug);
    });

    it('is refused with ?status=draft on REST, and absent from REST lists and lookups', async () => {
      for (const url of [`/api/${spec.rest}?status=draft`, `/api/${spec.rest}?status=DRAFT`, `/api/${spec.rest}/${draft().documentId}?status=draft`]) {
        const asked = await get(caller, url);
        expect({ url, status: asked.status }).toEqual({ url, status: 403 });
        expect(JSON.stringify(asked.body)).not.toContain(String(stamp));
      }

      const listed = await get(caller, `/api/${spec.rest}?filters[slug][$eq]=${encodeURIComponent(draft().slug)}`);
      expect(listed.status).toBe(200);
      expect(listed.body.data).toEqual([]);

      const one = await get(caller, `/api/${spec.rest}/${draft().documentId}`);
      expect(one.status).toBe(404);
    });

    it("is not reached on REST through Strapi's publication filters, Strapi 4's publicationState or a status list", async () => {
      const slug = encodeURIComponent(draft().slug);
      for (const query of ['publicationFilter=never-published', 'hasPublishedVersion=false', 'publicationState=preview', 'status[0]=draft', 'filters[publishedAt][$null]=true']) {
        const url = `/api/${spec.rest}?${query}&filters[slug][$eq]=${slug}`;
        const response = await get(caller, url);
        expect({ url, status: response.status }).toEqual({ url, status: expect.any(Number) });
        expect(JSON.stringify(response.body)).not.toContain(String(stamp));
        if (response.status === 200) expect(response.body.data).toEqual([]);
      }
    });
  });

  describe('drafts reached through relations', () => {
    const ask = (query: string, variables?: Record<string, unknown>) => graphql(query, variables, caller.token);

    it('a published category never lists draft articles, and status: DRAFT on the relation is refused', async () => {
      const seededDraft = await strapi.documents('api::article.article').findFirst({
        status: 'draft',
        filters: { title: { $startsWith: '[Bản nháp]' } },
        populate: { category: true },
      });
      expect(seededDraft).toBeTruthy();
      const categorySlug = (seededDraft as unknown as { category: { slug: string } }).category.slug;

      const { data, errors } = await ask('query($slug: String!) { categories(filters: { slug: { eq: $slug } }) { articles(pagination: { limit: 100 }) { title } articles_connection(pagination: { limit: 100 }) { nodes { title } } } }', { slug: categorySlug });
      expect(errors).toBeUndefined();
      const titles = data!.categories[0].articles.map((a: { title: string }) => a.title);
      expect(titles.length).toBeGreaterThan(0);
      expect(titles).not.toContain((seededDraft as unknown as { title: string }).title);
      expect(data!.categories[0].articles_connection.nodes.map((a: { title: string }) => a.title)).toEqual(titles);

      // Nested relations take no status argument at all: asking is a validation error, never data.
      const nested = await ask('query($slug: String!) { categories(filters: { slug: { eq: $slug } }) { articles(status: DRAFT) { title } } }', { slug: categorySlug });
      expect(nested.errors?.[0].message).toMatch(/Unknown argument "status"|biên tập viên/i);
      expect(JSON.stringify(nested.data ?? {})).not.toContain('[Bản nháp]');

      // Nor do filters on the relation's publication reach the draft rows.
      const filtered = await ask('query($slug: String!) { categories(filters: { slug: { eq: $slug } }) { articles(filters: { publishedAt: { null: true } }) { title } } }', { slug: categorySlug });
      expect(filtered.errors).toBeUndefined();
      expect(filtered.data!.categories[0].articles).toEqual([]);
    });

    it('a published article linked to draft documents shows none of them (GraphQL and REST populate)', async () => {
      const { data, errors } = await ask(`query($slug: String!) { articles(filters: { slug: { eq: $slug } }) {
        title category { name } event { title } tags { name } associations { name } honoredIntellectuals { fullName }
        tags_connection { nodes { name } }
      } }`, { slug: linkedArticle!.slug });
      expect(errors).toBeUndefined();
      expect(data!.articles).toEqual([{
        title: expect.stringContaining(linkedStamp), category: null, event: null, tags: [], associations: [], honoredIntellectuals: [],
        tags_connection: { nodes: [] },
      }]);

      const rest = await get(caller, `/api/articles?filters[slug][$eq]=${linkedArticle!.slug}&populate[category]=true&populate[event]=true&populate[tags]=true&populate[associations]=true&populate[honoredIntellectuals]=true`);
      expect(rest.status).toBe(200);
      expect(rest.body.data).toHaveLength(1);
      expect(JSON.stringify(rest.body)).not.toContain(String(stamp));
    });

    it('REST populate cannot reach drafts either', async () => {
      const response = await get(caller, '/api/categories?populate[articles][filters][publishedAt][$null]=true&pagination[pageSize]=100');
      const json = JSON.stringify(response.body);
      expect(json).not.toContain('[Bản nháp]');
      for (const category of response.body.data ?? []) expect(category.articles ?? []).toEqual([]);
      const withStatus = await get(caller, '/api/categories?populate[articles][status]=draft&pagination[pageSize]=100');
      expect(JSON.stringify(withStatus.body)).not.toContain('[Bản nháp]');
    });

    it('an unpublished edit of a published article stays invisible until it is published', async () => {
      const [published] = (await ask('{ articles(pagination: { limit: 1 }, sort: "date:asc") { documentId title } }')).data!.articles;
      const secretTitle = `Sửa đổi chưa duyệt ${stamp}`;
      await strapi.documents('api::article.article').update({ documentId: published.documentId, data: { title: secretTitle } as never });
      try {
        const { data } = await ask('query($id: ID!) { article(documentId: $id) { title } }', { id: published.documentId });
        expect(data!.article.title).toBe(published.title);
        const rest = await get(caller, `/api/articles/${published.documentId}`);
        expect(rest.body.data.title).toBe(published.title);
        const draftAsked = await ask('query($id: ID!) { article(documentId: $id, hasPublishedVersion: true, publicationFilter: MODIFIED) { title } }', { id: published.documentId });
        expect(JSON.stringify(draftAsked)).not.toContain(secretTitle);
      } finally {
        await strapi.documents('api::article.article').update({ documentId: published.documentId, data: { title: published.title } as never });
      }
    });
  });
});
