import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createApiToken, http, startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A query no other request of this run has sent (so no answer or registration is already kept). */
const fresh = (fields = 'slug') => `query Fresh${Date.now()}${Math.random().toString(36).slice(2, 8)} { articles(sort: "date:desc", pagination: { limit: 2 }) { ${fields} } }`;

const getGraphql = (params: Record<string, unknown>) => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return http().get(`/graphql?${search}`);
};
const postGraphql = (body: Record<string, unknown>) => http().post('/graphql').set('Content-Type', 'application/json').send(body);
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

const PUBLIC_CONTROL = /^public, max-age=30, stale-while-revalidate=60$/;
const expectVary = (vary: string | undefined) => {
  for (const header of ['Accept-Encoding', 'Authorization', 'Cookie']) expect(vary).toContain(header);
};

describe('GraphQL over GET', () => {
  it('runs a query sent as a plain GET (no preflight header) and marks the answer public with a strong ETag', async () => {
    const response = await getGraphql({ query: fresh('title slug') });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles).toHaveLength(2);
    expect(response.headers['cache-control']).toMatch(PUBLIC_CONTROL);
    expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expectVary(response.headers.vary);
  });

  it('lets a page on another origin read the answer and its ETag, without credentials', async () => {
    const response = await getGraphql({ query: fresh('slug') }).set('Origin', 'https://hoi-thanh-vien.example.vn');
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers['access-control-expose-headers']).toMatch(/ETag/);
  });

  it('refuses a mutation sent as GET with 405 and a bilingual message', async () => {
    const response = await getGraphql({ query: 'mutation { login(input: { identifier: "a@b.vn", password: "x" }) { jwt } }' });
    expect(response.status).toBe(405);
    expect(response.body.errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
    expect(response.body.errors[0].message).toMatch(/Chỉ truy vấn.*Only queries/);
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('applies every limit to GET: a page over the maximum is a 400, never cached', async () => {
    const response = await getGraphql({ query: '{ articles(pagination: { limit: 1000 }) { slug } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('PAGE_SIZE_LIMIT');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers.etag).toBeUndefined();
  });
});

describe('ETag and 304', () => {
  it('answers 304 to a matching If-None-Match (strong or weak form) and 200 to another', async () => {
    const query = fresh();
    const first = await getGraphql({ query });
    const etag = first.headers.etag as string;
    const again = await getGraphql({ query }).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toMatch(PUBLIC_CONTROL);
    expect((await getGraphql({ query }).set('If-None-Match', `W/${etag}`)).status).toBe(304);
    const other = await getGraphql({ query }).set('If-None-Match', '"something-else"');
    expect(other.status).toBe(200);
    expect(other.headers.etag).toBe(etag);
  });

  it('gives a new ETag after a publish, so a partner revalidating sees the new article at once', async () => {
    const query = 'query Newest { articles(sort: "date:desc", pagination: { limit: 1 }) { title } }';
    const before = await getGraphql({ query });
    const title = `Bài kiểm tra bộ nhớ đệm ${Date.now()}`;
    const article = await strapi.documents('api::article.article').create({
      data: { title, summary: 'Tóm tắt.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung' }] }], date: new Date(Date.now() + 86_400_000).toISOString() } as never,
    });
    try {
      const whileDraft = await getGraphql({ query }).set('If-None-Match', before.headers.etag);
      expect(whileDraft.status).toBe(304);
      await strapi.documents('api::article.article').publish({ documentId: article.documentId });
      const after = await getGraphql({ query }).set('If-None-Match', before.headers.etag);
      expect(after.status).toBe(200);
      expect(after.body.data.articles[0].title).toBe(title);
      expect(after.headers.etag).not.toBe(before.headers.etag);
    } finally {
      await strapi.documents('api::article.article').delete({ documentId: article.documentId });
    }
  });

  it('marks REST reads of content types public with an ETag and a 304, but not per-visitor routes', async () => {
    const first = await http().get('/api/categories');
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toMatch(PUBLIC_CONTROL);
    expectVary(first.headers.vary);
    const again = await http().get('/api/categories').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    // The visit figures route sets its own short caching; this layer adds no ETag or max-age to it.
    const visits = await http().get('/api/visits');
    expect(visits.headers.etag).toBeUndefined();
    expect(visits.headers['cache-control'] ?? '').not.toMatch(/max-age=30/);
  });
});

describe('never stored', () => {
  it('anything sent with a token or a cookie, any error, and every POST is private, no-store', async () => {
    const token = await createApiToken('read-only');
    const query = fresh();
    const withToken = await getGraphql({ query }).set('Authorization', `Bearer ${token}`);
    expect(withToken.status).toBe(200);
    expect(withToken.headers['cache-control']).toBe('private, no-store');
    expect(withToken.headers.etag).toBeUndefined();
    expectVary(withToken.headers.vary);
    // An anonymous answer kept for this URL is not handed to a token holder either.
    await getGraphql({ query });
    const tokenAfter = await getGraphql({ query }).set('Authorization', `Bearer ${token}`);
    expect(tokenAfter.headers['cache-control']).toBe('private, no-store');
    const withCookie = await getGraphql({ query }).set('Cookie', 'session=abc');
    expect(withCookie.headers['cache-control']).toBe('private, no-store');
    const restWithToken = await http().get('/api/categories').set('Authorization', `Bearer ${token}`);
    expect(restWithToken.headers['cache-control']).toBe('private, no-store');

    const syntaxError = await getGraphql({ query: '{ articles { ' });
    expect(syntaxError.status).toBe(400);
    expect(syntaxError.headers['cache-control']).toBe('private, no-store');
    const unknownField = await getGraphql({ query: '{ articles { noSuchField } }' });
    expect(unknownField.headers['cache-control']).toBe('private, no-store');
    expect((await http().get('/api/articles/no-such-document')).headers['cache-control']).toBe('private, no-store');

    const post = await postGraphql({ query });
    expect(post.status).toBe(200);
    expect(post.headers['cache-control']).toBe('private, no-store');
  });
});

describe('automatic persisted queries', () => {
  it('misses on an unknown hash, registers hash + query, then runs the hash alone (GET and POST)', async () => {
    const query = fresh('title');
    const hash = sha256(query);
    const miss = await getGraphql({ extensions: persisted(hash) });
    expect(miss.status).toBe(200);
    expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.headers['cache-control']).toBe('private, no-store');

    const register = await postGraphql({ query, extensions: persisted(hash) });
    expect(register.status).toBe(200);
    expect(register.body.data.articles).toHaveLength(2);

    const hit = await getGraphql({ extensions: persisted(hash) });
    expect(hit.status).toBe(200);
    expect(hit.body).toEqual(register.body);
    expect(hit.headers['cache-control']).toMatch(PUBLIC_CONTROL);
    expect((await getGraphql({ extensions: persisted(hash) }).set('If-None-Match', hit.headers.etag)).status).toBe(304);
    expect((await postGraphql({ extensions: persisted(hash) })).body).toEqual(register.body);
  });

  it('keeps the answer to a persisted GET: the next partner gets it without the query being run again (Age counts)', async () => {
    const query = fresh('slug');
    const hash = sha256(query);
    await postGraphql({ query, extensions: persisted(hash) });
    const first = await getGraphql({ extensions: persisted(hash) });
    expect(first.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const kept = await getGraphql({ extensions: persisted(hash) });
    expect(kept.body).toEqual(first.body);
    expect(kept.headers.etag).toBe(first.headers.etag);
    expect(Number(kept.headers.age)).toBeGreaterThanOrEqual(1);
  });

  it('refuses a hash that is not the SHA-256 of the query sent with it', async () => {
    const response = await postGraphql({ query: fresh(), extensions: persisted(sha256('something else')) });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });

  it('weighs a stored query with each request’s variables, and never stores a refused one', async () => {
    const query = `query Sized${Date.now()}($limit: Int) { articles(pagination: { limit: $limit }) { slug } }`;
    const hash = sha256(query);
    expect((await postGraphql({ query, variables: { limit: 3 }, extensions: persisted(hash) })).body.data.articles).toHaveLength(3);
    const tooMany = await getGraphql({ variables: { limit: 1000 }, extensions: persisted(hash) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].extensions.code).toBe('PAGE_SIZE_LIMIT');

    const tooDeep = `query Deep${Date.now()} { articles { category { articles { category { articles { category { articles { category { articles { slug } } } } } } } } } }`;
    const refused = await postGraphql({ query: tooDeep, extensions: persisted(sha256(tooDeep)) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe('DEPTH_LIMIT');
    const notStored = await getGraphql({ extensions: persisted(sha256(tooDeep)) });
    expect(notStored.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('knows the site’s own operations from its generated manifest without any registration', async () => {
    const file = path.join(__dirname, '..', '..', '..', 'web', 'shared', 'graphql', 'generated', 'persisted-documents.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const [key] = Object.entries(manifest).find(([, text]) => /query SubmissionCategories \{/.test(text)) ?? [];
    expect(key).toBeDefined();
    const hash = key!.replace(/^sha256:/, '');
    const response = await getGraphql({ operationName: 'SubmissionCategories', extensions: persisted(hash) });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.categories.length).toBeGreaterThan(0);
  });
});
