import type { Core } from '@strapi/strapi';
import { createApiToken, graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

describe('public mutations are refused', () => {
  it('has no create, update or delete mutation for any content type', async () => {
    const { data } = await graphql('{ __schema { mutationType { fields { name } } } }');
    const names = (data!.__schema.mutationType?.fields ?? []).map((f: { name: string }) => f.name);
    for (const type of ['Article', 'Association', 'Event', 'HonoredIntellectual', 'Category', 'Tag', 'Page', 'Global']) {
      for (const verb of ['create', 'update', 'delete']) expect(names).not.toContain(`${verb}${type}`);
    }
  });

  it('answers a write attempt with a clear error and changes nothing', async () => {
    const before = (await graphql('{ articles_connection { pageInfo { total } } }')).data!.articles_connection.pageInfo.total;
    const response = await graphql('mutation { createArticle(data: { title: "Tin giả mạo" }) { documentId } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/Cannot query field "createArticle"/);
    const after = (await graphql('{ articles_connection { pageInfo { total } } }')).data!.articles_connection.pageInfo.total;
    expect(after).toBe(before);
  });

  it('refuses the media library and user mutations to anonymous callers', async () => {
    const file = await strapi.db.query('plugin::upload.file').findOne({ select: ['id'] });
    const deletion = await graphql(`mutation { deleteUploadFile(id: ${file.id}) { name } }`);
    expect(deletion.errors?.[0].message).toBe('Forbidden access');
    const rename = await graphql(`mutation { updateUploadFile(id: ${file.id}, info: { name: "x" }) { name } }`);
    expect(rename.errors?.[0].message).toBe('Forbidden access');
    expect(await strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } })).toBeTruthy();
    const user = await graphql('mutation { createUsersPermissionsUser(data: { username: "x", email: "x@example.vn", password: "Abc-12345" }) { data { documentId } } }');
    expect(user.errors?.[0].message).toBe('Forbidden access');
  });

  it('refuses REST writes', async () => {
    for (const [method, path] of [['post', '/api/articles'], ['put', '/api/articles/abc'], ['delete', '/api/articles/abc'], ['put', '/api/global']] as const) {
      const response = await http()[method](path).send({ data: { title: 'Tin giả mạo' } });
      expect([403, 404, 405]).toContain(response.status);
    }
  });

  it('does not let visitors register accounts themselves', async () => {
    const response = await graphql('mutation { register(input: { username: "khach", email: "khach@example.vn", password: "Khach-12345" }) { jwt } }');
    // Refused before users-permissions' own check (which says "Register action is currently disabled"):
    // sign-in and account actions go through REST only, where attempts are limited (src/contributors).
    expect(response.data?.register ?? null).toBeNull();
    expect(response.errors?.[0].message).toMatch(/REST \/api\/auth/);
    const rest = await http().post('/api/auth/local/register').send({ username: 'khach', email: 'khach@example.vn', password: 'Khach-12345' });
    expect(rest.status).toBe(400);
    expect(rest.body.error.details.code).toBe('registration_closed');
    expect(rest.body.error.message).toMatch(/^Không tự đăng ký tài khoản được/);
  });
});

describe.each([{ type: 'read-only' as const }, { type: 'full-access' as const }])('a $type API token cannot write', ({ type }) => {
  let token: string;
  beforeAll(async () => {
    token = await createApiToken(type);
  });
  const articleCount = async () => (await graphql('{ articles_connection { pageInfo { total } } }', undefined, token)).data!.articles_connection.pageInfo.total;

  it('finds no content mutation in GraphQL, and one sent changes nothing', async () => {
    const before = await articleCount();
    for (const mutation of [
      'mutation { createArticle(data: { title: "Tin giả mạo" }) { documentId } }',
      'mutation { updateGlobal(data: { siteName: "x" }) { siteName } }',
      'mutation { deleteCategory(documentId: "abc") { documentId } }',
    ]) {
      const response = await graphql(mutation, undefined, token);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].message).toMatch(/Cannot query field/);
    }
    expect(await articleCount()).toBe(before);
  });

  it('is refused the media library and user mutations', async () => {
    const file = await strapi.db.query('plugin::upload.file').findOne({ select: ['id'] });
    const deletion = await graphql(`mutation { deleteUploadFile(id: ${file.id}) { name } }`, undefined, token);
    expect(deletion.errors?.[0].message).toBe('Forbidden access');
    expect(await strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } })).toBeTruthy();
    const user = await graphql('mutation { createUsersPermissionsUser(data: { username: "x", email: "x@example.vn", password: "Abc-12345" }) { data { documentId } } }', undefined, token);
    expect(user.data?.createUsersPermissionsUser ?? null).toBeNull();
    expect(user.errors?.length).toBeGreaterThan(0);
  });

  it('is refused REST writes on content', async () => {
    const before = await articleCount();
    const slug = (await strapi.db.query('api::article.article').findOne({ select: ['documentId'], where: { publishedAt: { $notNull: true } } })).documentId;
    for (const [method, path] of [['post', '/api/articles'], ['put', `/api/articles/${slug}`], ['delete', `/api/articles/${slug}`], ['put', '/api/global'], ['delete', '/api/global']] as const) {
      const response = await http()[method](path).set('Authorization', `Bearer ${token}`).send({ data: { title: 'Tin giả mạo' } });
      expect([403, 405]).toContain(response.status);
    }
    expect(await articleCount()).toBe(before);
  });
});

describe('limits', () => {
  it('refuses page sizes over 100 with a clear error and serves 100', async () => {
    const refused = await graphql('{ articles_connection(pagination: { pageSize: 500 }) { pageInfo { pageSize } } }');
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions?.code).toBe('PAGE_SIZE_LIMIT');
    const { data, errors } = await graphql('{ articles_connection(pagination: { pageSize: 100 }) { pageInfo { pageSize } } }');
    expect(errors).toBeUndefined();
    expect(data!.articles_connection.pageInfo.pageSize).toBe(100);
  });

  it('returns 10 items when no page size is given', async () => {
    const { data } = await graphql('{ articles { slug } }');
    expect(data!.articles).toHaveLength(10);
  });

  it('rejects queries nested deeper than the depth limit', async () => {
    const deep = '{ articles { category { articles { category { articles { category { articles { category { articles { title } } } } } } } } } }';
    const response = await graphql(deep);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('DEPTH_LIMIT');
    expect(response.errors?.[0].message).toMatch(/lồng sâu quá 8 cấp.*nested deeper than 8 levels/);
    expect(response.data).toBeUndefined();
  });

  it('answers a malformed query with a syntax error, not a crash or a stack trace', async () => {
    const response = await graphql('{ articles { title ');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/Syntax Error/);
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\.js:\d+/);
  });

  it('answers an unknown field with its name', async () => {
    const response = await graphql('{ articles { titel } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/Cannot query field "titel" on type "Article"/);
  });
});

describe('no N+1 queries on list pages', () => {
  const countQueries = async (query: string) => {
    let count = 0;
    const listener = () => {
      count += 1;
    };
    strapi.db.connection.on('query', listener);
    try {
      const { errors } = await graphql(query);
      expect(errors).toBeUndefined();
    } finally {
      strapi.db.connection.off('query', listener);
    }
    return count;
  };
  const listQuery = (size: number) => `{
    articles(sort: "date:desc", pagination: { limit: ${size} }) {
      title slug date
      cover { url formats }
      category { name slug }
      tags { name }
      associations { name slug logo { url } }
      event { title }
      honoredIntellectuals { fullName }
      seo { metaTitle }
    }
  }`;

  it('runs as many database queries for 30 articles as for 3', async () => {
    await countQueries(listQuery(3)); // warm-up: permissions, caches
    const small = await countQueries(listQuery(3));
    const large = await countQueries(listQuery(30));
    expect(large).toBe(small);
    expect(large).toBeLessThan(30);
  });

  it('keeps nested pagination per parent', async () => {
    const batched = await graphql('{ associations(pagination: { limit: 100 }, sort: "name:asc") { slug articles(pagination: { limit: 1 }, sort: "date:desc") { slug } } }');
    for (const association of batched.data!.associations.slice(0, 5)) {
      const single = await graphql('query($slug: String!) { associations(filters: { slug: { eq: $slug } }) { articles(pagination: { limit: 1 }, sort: "date:desc") { slug } } }', { slug: association.slug });
      expect(association.articles).toEqual(single.data!.associations[0].articles);
      expect(association.articles.length).toBeLessThanOrEqual(1);
    }
  });
});
