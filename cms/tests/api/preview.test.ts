import type { Core } from '@strapi/strapi';
import { signPreviewToken, verifyPreviewToken, type PreviewClaims } from '../../src/preview/preview-token';
import { adminJwt, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Draft preview (issue 11): the admin's "Open preview" gives a link to the site's /xem-truoc page
 * with a short-lived token for ONE document; with that token (X-Preview-Token, sent by the site's
 * server) the content API reads that document's draft and no other, and nothing it reads is kept
 * by the HTTP cache. A tampered or expired token is a visitor: published content only.
 */
const stamp = Date.now();
const ARTICLE = 'api::article.article';
const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

let strapi: Core.Strapi;
let draft: { documentId: string; slug: string };
let otherDraft: { documentId: string };
let eventDraft: { documentId: string };
let category: { documentId: string; name: string };
let token: string;

/** The admin's preview link for a document, as the content manager asks for it. */
async function previewLink(uid: string, documentId: string, status = 'draft') {
  return http()
    .get(`/content-manager/preview/url/${uid}`)
    .query({ documentId, status })
    .set('Authorization', `Bearer ${await adminJwt()}`);
}

/** A GraphQL POST as the site's server sends it for a preview page (or without a token). */
async function ask(query: string, variables: Record<string, unknown>, previewToken?: string) {
  const request = http().post('/graphql').set('Content-Type', 'application/json');
  if (previewToken) request.set('X-Preview-Token', previewToken);
  const response = await request.send({ query, variables });
  return { status: response.status, data: response.body?.data, errors: response.body?.errors as Array<{ message: string }> | undefined, headers: response.headers };
}

const DRAFT_BY_ID = `query($id: ID!) { article(documentId: $id, status: DRAFT) { title category { name } } }`;
const claimsOf = (value: string) => JSON.parse(Buffer.from(value.split('.')[1]!, 'base64url').toString('utf8')) as PreviewClaims;

beforeAll(async () => {
  strapi = await startStrapi();
  const articles = strapi.documents(ARTICLE);
  const categoryDoc = await strapi.documents('api::category.category').create({ data: { name: `Chuyên mục xem trước ${stamp}` } as never });
  await strapi.documents('api::category.category').publish({ documentId: categoryDoc.documentId });
  category = { documentId: categoryDoc.documentId, name: `Chuyên mục xem trước ${stamp}` };
  const created = await articles.create({
    data: { title: `Bài nháp xem trước ${stamp}`, summary: 'Chưa đăng.', body: body('Nội dung nháp'), featured: false, category: category.documentId } as never,
  });
  draft = { documentId: created.documentId, slug: (created as unknown as { slug: string }).slug };
  otherDraft = await articles.create({ data: { title: `Bài nháp khác ${stamp}`, summary: 'Chưa đăng.', body: body('Bí mật'), featured: false } as never });
  eventDraft = await strapi.documents('api::event.event').create({ data: { title: `Sự kiện nháp ${stamp}`, kind: 'other', startAt: '2027-02-01T01:00:00.000Z', allDay: false } as never });
  const link = await previewLink(ARTICLE, draft.documentId);
  token = new URL(link.body.data.url as string).searchParams.get('token')!;
});

afterAll(async () => {
  for (const [uid, doc] of [[ARTICLE, draft], [ARTICLE, otherDraft], ['api::event.event', eventDraft], ['api::category.category', category]] as const) {
    if (doc) await strapi.documents(uid as never).delete({ documentId: doc.documentId });
  }
  await stopStrapi();
});

describe("the admin's preview link", () => {
  it('opens the site\'s /xem-truoc page with a token for that one draft, valid 15 minutes', async () => {
    const response = await previewLink(ARTICLE, draft.documentId);
    expect(response.status).toBe(200);
    const url = new URL(response.body.data.url);
    expect(url.pathname).toBe('/xem-truoc');
    const claims = claimsOf(url.searchParams.get('token')!);
    expect(claims).toMatchObject({ uid: ARTICLE, documentId: draft.documentId, status: 'draft' });
    expect(claims.exp - Date.now() / 1000).toBeGreaterThan(14 * 60);
    expect(claims.exp - Date.now() / 1000).toBeLessThanOrEqual(15 * 60);
    expect(verifyPreviewToken(strapi.config.get<{ secret: string }>('security.preview').secret, url.searchParams.get('token')!)).not.toBeNull();
  });

  it('is offered for articles, events, associations, intellectuals and pages, not for categories, tags or the settings', async () => {
    expect((await previewLink('api::event.event', eventDraft.documentId)).body.data.url).toMatch(/\/xem-truoc\?token=/);
    const none = await previewLink('api::category.category', category.documentId);
    expect(none.status).toBe(204);
  });

  it('is for staff only', async () => {
    expect((await http().get(`/content-manager/preview/url/${ARTICLE}`).query({ documentId: draft.documentId })).status).toBe(401);
  });

  it('lets the admin frame the site (CSP frame-src)', async () => {
    const response = await http().get('/_health');
    expect(response.headers['content-security-policy']).toMatch(/frame-src 'self' https?:\/\/[^;\s]+/);
  });
});

describe('the content API with a preview token', () => {
  it("reads that document's draft, over GraphQL and REST, with the published category it links to", async () => {
    const { data, errors } = await ask(DRAFT_BY_ID, { id: draft.documentId }, token);
    expect(errors).toBeUndefined();
    expect(data.article.title).toBe(`Bài nháp xem trước ${stamp}`);
    expect(data.article.category?.name).toBe(category.name);
    const bySlug = await ask(`query($slug: String!) { articles(filters: { slug: { eq: $slug } }, status: DRAFT) { title } }`, { slug: draft.slug }, token);
    expect(bySlug.data.articles).toEqual([{ title: `Bài nháp xem trước ${stamp}` }]);
    const rest = await http().get(`/api/articles/${draft.documentId}?status=draft`).set('X-Preview-Token', token);
    expect(rest.status).toBe(200);
    expect(rest.body.data.title).toBe(`Bài nháp xem trước ${stamp}`);
  });

  it('reads no other draft: not another article, not a list of drafts, not a draft of another type', async () => {
    const other = await ask(DRAFT_BY_ID, { id: otherDraft.documentId }, token);
    expect(other.errors).toBeUndefined();
    expect(other.data.article).toBeNull();
    const list = await ask(`{ articles(status: DRAFT, pagination: { limit: 100 }) { documentId } }`, {}, token);
    expect(list.data.articles).toEqual([{ documentId: draft.documentId }]);
    const event = await ask(`query($id: ID!) { event(documentId: $id, status: DRAFT) { title } }`, { id: eventDraft.documentId }, token);
    expect(event.errors?.[0].message).toMatch(/biên tập viên|Forbidden/i);
    expect(JSON.stringify(event.data ?? {})).not.toContain(String(stamp));
    const rest = await http().get(`/api/articles/${otherDraft.documentId}?status=draft`).set('X-Preview-Token', token);
    expect(rest.status).toBe(404);
  });

  it('reads published content only with an expired, tampered or foreign-key token', async () => {
    const secret = strapi.config.get<{ secret: string }>('security.preview').secret;
    const claims = claimsOf(token);
    const [version, , signature] = token.split('.');
    const forOther = Buffer.from(JSON.stringify({ ...claims, documentId: otherDraft.documentId })).toString('base64url');
    const badTokens = {
      expired: signPreviewToken(secret, { ...claims, exp: Math.floor(Date.now() / 1000) - 1 }),
      tampered: `${version}.${forOther}.${signature}`,
      'signed with another key': signPreviewToken('not-the-cms-secret', claims),
      garbage: 'v1.e30.AAAA',
    };
    for (const [name, bad] of Object.entries(badTokens)) {
      const { data, errors } = await ask(DRAFT_BY_ID, { id: draft.documentId }, bad);
      expect({ name, message: errors?.[0].message }).toEqual({ name, message: expect.stringMatching(/biên tập viên|Forbidden/i) });
      expect(JSON.stringify(data ?? {})).not.toContain(String(stamp));
      const published = await ask(`{ articles(pagination: { limit: 1 }) { title } }`, {}, bad);
      expect({ name, errors: published.errors, rows: published.data.articles.length }).toEqual({ name, errors: undefined, rows: 1 });
    }
  });

  it('is never kept nor answered by the HTTP cache', async () => {
    const get = (query: string, previewToken?: string) => {
      const request = http().get(`/graphql?${new URLSearchParams({ query })}`);
      return previewToken ? request.set('X-Preview-Token', previewToken) : request;
    };
    const draftQuery = `{ article(documentId: "${draft.documentId}", status: DRAFT) { title } }`;
    const previewed = await get(draftQuery, token);
    expect(previewed.status).toBe(200);
    expect(previewed.body.data.article.title).toBe(`Bài nháp xem trước ${stamp}`);
    expect(previewed.headers['cache-control']).toBe('private, no-store');
    expect(previewed.headers.vary).toContain('X-Preview-Token');
    const anonymous = await get(draftQuery);
    expect(JSON.stringify(anonymous.body)).not.toContain(String(stamp));

    // A public answer kept for visitors is not what a preview request gets.
    const publicQuery = `query Published${stamp} { articles(pagination: { limit: 1 }) { title } }`;
    expect((await get(publicQuery)).headers['cache-control']).toMatch(/^public/);
    const withToken = await get(publicQuery, token);
    expect(withToken.headers['cache-control']).toBe('private, no-store');
    expect(withToken.headers.age).toBeUndefined();
  });
});
