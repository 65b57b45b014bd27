import { getIntrospectionQuery } from 'graphql';
import { graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * Requests an attacker sends to the public API (issue 6): each is refused at once with a clear
 * bilingual 4xx, and a visitor's normal query sent at the same moment still gets its data.
 */
beforeAll(startStrapi);
afterAll(stopStrapi);

const NORMAL_QUERY = '{ articles(sort: "date:desc", pagination: { limit: 5 }) { title slug } }';
/** 'Vietnamese sentence. English sentence.' */
const BILINGUAL = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*\. [A-Z][^ăâđêôơư]*\.$/i;
const INTERNALS = /select |from "|from `|insert |knex|sqlite|postgres|\.js:\d+|at .+\(|node_modules/i;

type Answer = { status: number; body: Record<string, any>; ms: number; headers: Record<string, string> };

async function timed(send: () => PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>): Promise<Answer> {
  const started = performance.now();
  const response = await send();
  return { status: response.status, body: response.body as Record<string, any>, headers: response.headers, ms: performance.now() - started };
}

const postGraphql = (body: unknown) => () => http().post('/graphql').set('Content-Type', 'application/json').send(JSON.stringify(body));

/** Sends the hostile request and a normal visitor query at once; the visitor must get data. */
async function withNormalVisitor(hostile: () => PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>): Promise<Answer> {
  const [answer, normal] = await Promise.all([timed(hostile), graphql(NORMAL_QUERY)]);
  expect(normal.status).toBe(200);
  expect(normal.errors).toBeUndefined();
  expect(normal.data!.articles).toHaveLength(5);
  expect(answer.ms).toBeLessThan(2000);
  expect(JSON.stringify(answer.body)).not.toMatch(INTERNALS);
  return answer;
}

function expectGraphqlRefusal(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors[0].extensions.code).toBe(code);
  expect(answer.body.errors[0].message).toMatch(BILINGUAL);
}

function expectRestRefusal(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.body.data).toBeNull();
  expect(answer.body.error.status).toBe(status);
  expect(answer.body.error.details.code).toBe(code);
  expect(answer.body.error.message).toMatch(BILINGUAL);
}

const aliases = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: articles(pagination: { limit: 100 }) { ${selection} }`).join(' ')} }`;
const nestedNot = (levels: number) => `${'{ not: '.repeat(levels)}{ title: { eq: "x" } }${' }'.repeat(levels)}`;
const nestedNotVariable = (levels: number): Record<string, unknown> => {
  let filter: Record<string, unknown> = { title: { eq: 'x' } };
  for (let i = 0; i < levels; i += 1) filter = { not: filter };
  return filter;
};

describe('GraphQL: abusive operations are refused before they run', () => {
  it('refuses 1,000 aliases with ALIAS_LIMIT while a normal query answers', async () => {
    const answer = await withNormalVisitor(postGraphql({ query: aliases(1000, 'title') }));
    expectGraphqlRefusal(answer, 400, 'ALIAS_LIMIT');
  });

  it('refuses 500 aliases of { title summary body } (a 34 MB answer) while a normal query answers', async () => {
    const answer = await withNormalVisitor(postGraphql({ query: aliases(500, 'title summary body') }));
    expectGraphqlRefusal(answer, 400, 'ALIAS_LIMIT');
  });

  it('refuses nested lists whose rows multiply past the budget with COST_LIMIT', async () => {
    const query = '{ associations(pagination: { limit: 100 }) { articles(pagination: { limit: 100 }) { associations(pagination: { limit: 100 }) { name } } } }';
    const answer = await withNormalVisitor(postGraphql({ query }));
    expectGraphqlRefusal(answer, 400, 'COST_LIMIT');
  });

  it('counts a page size passed as a variable in the cost', async () => {
    const query = 'query($n: Int) { associations(pagination: { limit: $n }) { articles(pagination: { limit: $n }) { associations(pagination: { limit: $n }) { name } } } }';
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query, variables: { n: 100 } })), 400, 'COST_LIMIT');
    const small = await graphql(query, { n: 2 });
    expect(small.errors).toBeUndefined();
  });

  it('refuses filters with `not` nested 1,500 levels, written in the query, without SQL in the answer', async () => {
    const answer = await withNormalVisitor(postGraphql({ query: `{ articles(filters: ${nestedNot(1500)}) { title } }` }));
    expectGraphqlRefusal(answer, 400, 'FILTER_NESTING_LIMIT');
  });

  it('refuses filters with `not` nested 1,500 levels passed as a variable with FILTER_NESTING_LIMIT', async () => {
    const query = 'query($filters: ArticleFiltersInput) { articles(filters: $filters) { title } }';
    const answer = await withNormalVisitor(postGraphql({ query, variables: { filters: nestedNotVariable(1500) } }));
    expectGraphqlRefusal(answer, 400, 'FILTER_NESTING_LIMIT');
  });

  it('refuses a short filter nested past the nesting limit with FILTER_NESTING_LIMIT', async () => {
    const answer = await withNormalVisitor(postGraphql({ query: `{ articles(filters: ${nestedNot(12)}) { title } }` }));
    expectGraphqlRefusal(answer, 400, 'FILTER_NESTING_LIMIT');
  });

  it('answers a fragment cycle with a 400, not a 500', async () => {
    const query = 'query { articles { ...A } } fragment A on Article { category { articles { ...B } } } fragment B on Article { category { articles { ...A } } }';
    const answer = await withNormalVisitor(postGraphql({ query }));
    expectGraphqlRefusal(answer, 400, 'DEPTH_LIMIT');
  });

  it('weighs sitemapEntries at its real page size: three 50,000-entry pages in one operation are refused with COST_LIMIT', async () => {
    const page = (alias: string, size = '') => `${alias}: sitemapEntries(type: article${size}) { slugs updatedAt }`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: `{ ${page('a')} ${page('b')} ${page('c')} }` })), 400, 'COST_LIMIT');
    // A page size past the maximum still counts as 50,000 rows.
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: `{ ${page('a', ', pageSize: 1000000000')} ${page('b')} ${page('c')} }` })), 400, 'COST_LIMIT');
    const two = await graphql(`{ ${page('a')} ${page('b')} }`);
    expect(two.errors).toBeUndefined();
  });

  it('refuses a page size of 1,000 instead of silently clamping it', async () => {
    const answer = await withNormalVisitor(postGraphql({ query: '{ articles_connection(pagination: { pageSize: 1000 }) { nodes { title } } }' }));
    expectGraphqlRefusal(answer, 400, 'PAGE_SIZE_LIMIT');
    expect(answer.body.errors[0].message).toMatch(/100/);
  });

  it('refuses more directives than the limit', async () => {
    const query = `{ articles { ${Array.from({ length: 60 }, () => 'title @include(if: true)').join(' ')} } }`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query })), 400, 'DIRECTIVE_LIMIT');
  });

  it('refuses a request body over the size limit with 413', async () => {
    const query = `{ articles { title } } # ${'x'.repeat(200 * 1024)}`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query })), 413, 'BODY_SIZE_LIMIT');
  });

  it('answers a filter the database cannot run on its column as bad input, never with the SQL', async () => {
    // PostgreSQL refuses LIKE on a jsonb column: a real driver error whose message holds the SQL.
    // SQLite accepts it and answers data; either way nothing internal may reach the client.
    const response = await graphql('{ articles(filters: { body: { contains: "x" } }) { title } }');
    expect(JSON.stringify(response.errors ?? [])).not.toMatch(INTERNALS);
    if (process.env.DATABASE_CLIENT === 'postgres') {
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(BILINGUAL);
    } else {
      expect(response.errors).toBeUndefined();
    }
  });

  it('refuses a query with more tokens than the limit', async () => {
    const query = `{ articles { ${Array.from({ length: 3100 }, () => 'title').join(' ')} } }`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query })), 400, 'TOKEN_LIMIT');
  });

  it('refuses a query nested so deep the parser would run out of stack, without a 500', async () => {
    const query = `{ articles(filters: ${nestedNot(5000)}) { title } }`;
    const answer = await withNormalVisitor(postGraphql({ query }));
    expect(answer.status).toBe(400);
    expect(['DEPTH_LIMIT', 'FILTER_NESTING_LIMIT']).toContain(answer.body.errors[0].extensions.code);
  });

  it('weighs a stored (persisted) query with the variables of each request that names it by hash', async () => {
    const query = `query Stored${Date.now()}($n: Int) { articles(pagination: { limit: $n }) { title } }`;
    const { createHash } = await import('node:crypto');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const stored = await timed(postGraphql({ query, variables: { n: 2 }, extensions }));
    expect(stored.body.data.articles).toHaveLength(2);
    const abusive = await timed(postGraphql({ variables: { n: 100000 }, extensions }));
    expect(abusive.status).toBe(400);
    expect(abusive.body.data).toBeUndefined();
    expect(abusive.body.errors[0].extensions.code).toBe('PAGE_SIZE_LIMIT');
  });

  it('guards the endpoint however its path is spelled', async () => {
    for (const path of ['/graphql/', '/GraphQL', '/graphql?x=1']) {
      const answer = await timed(() => http().post(path).set('Content-Type', 'application/json').send(JSON.stringify({ query: aliases(100, 'title') })));
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('ALIAS_LIMIT');
    }
    const rest = await http().get('/API/associations/?populate[articles][populate][associations][populate][articles]=true');
    expect(rest.status).toBe(400);
  });

  it('checks GET requests the same way', async () => {
    const answer = await withNormalVisitor(() =>
      http().get('/graphql').query({ query: aliases(100, 'title') }).set('apollo-require-preflight', 'true'),
    );
    expectGraphqlRefusal(answer, 400, 'ALIAS_LIMIT');
  });
});

describe('GraphQL: the limits hold however the operation reaches Apollo', () => {
  it('refuses a POST body that is not application/json (another JSON type or a form) with 415, never running it', async () => {
    const body = JSON.stringify({ query: aliases(1000, 'title') });
    const vnd = await withNormalVisitor(() => http().post('/graphql').set('Content-Type', 'application/vnd.api+json').send(body));
    expectGraphqlRefusal(vnd, 415, 'CONTENT_TYPE');
    const form = await withNormalVisitor(() =>
      http()
        .post('/graphql')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .set('apollo-require-preflight', '1')
        .send(`query=${encodeURIComponent(aliases(1000, 'title'))}`),
    );
    expectGraphqlRefusal(form, 415, 'CONTENT_TYPE');
    const normal = await http().post('/graphql').set('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify({ query: NORMAL_QUERY }));
    expect(normal.status).toBe(200);
    expect(normal.body.data.articles).toHaveLength(5);
  });

  it('refuses a GET whose query string hides the operation behind 1,001 other parameters', async () => {
    const junk = Array.from({ length: 1001 }, () => 'a').join('&');
    const answer = await withNormalVisitor(() =>
      http().get(`/graphql?${junk}&query=${encodeURIComponent(aliases(100, 'title'))}`).set('apollo-require-preflight', '1'),
    );
    expectGraphqlRefusal(answer, 400, 'ALIAS_LIMIT');
  });

  it('weighs a page size given as a variable default value, and refuses one over the limit', async () => {
    const huge = await withNormalVisitor(postGraphql({ query: 'query($l: Int = 100000) { articles(pagination: { limit: $l }) { title } }' }));
    expectGraphqlRefusal(huge, 400, 'PAGE_SIZE_LIMIT');
    const query = 'query($n: Int = 100) { associations(pagination: { limit: $n }) { articles(pagination: { limit: $n }) { associations(pagination: { limit: $n }) { name } } } }';
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query })), 400, 'COST_LIMIT');
    const small = await graphql('query($l: Int = 3) { articles(pagination: { limit: $l }) { title } }');
    expect(small.errors).toBeUndefined();
    expect(small.data!.articles).toHaveLength(3);
  });

  it('refuses a variable nested 6,000 lists deep with FILTER_NESTING_LIMIT, not a 500', async () => {
    // Written by hand: JSON.stringify itself recurses and would overflow on 6,000 levels.
    const body = `{"query":"{ __typename }","variables":{"x":${'['.repeat(6000)}1${']'.repeat(6000)}}}`;
    const answer = await withNormalVisitor(() => http().post('/graphql').set('Content-Type', 'application/json').send(body));
    expectGraphqlRefusal(answer, 400, 'FILTER_NESTING_LIMIT');
    const rest = await withNormalVisitor(() => http().get(`/api/articles?filters${'[$and][0]'.repeat(6)}[title][$eq]=x`));
    expectRestRefusal(rest, 400, 'FILTER_NESTING_LIMIT');
  });
});

describe('GraphQL: introspection is allowed but weighed', () => {
  const deepSchemaRead =
    '__schema { types { name kind fields { name args { name type { name ofType { name ofType { name } } } } type { name kind ofType { name ofType { name } } fields { name type { name ofType { name ofType { name } } } args { name type { name ofType{name} } } } } } inputFields { name type { name inputFields { name type { name ofType { name } } } } } } }';

  it('refuses 30 aliases of a deep __schema read, and a single one, while a normal query answers', async () => {
    const thirty = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${deepSchemaRead}`).join(' ')} }`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: thirty })), 400, 'INTROSPECTION_LIMIT');
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: `{ ${deepSchemaRead} }` })), 400, 'COST_LIMIT');
  });

  it('answers the standard introspection query code generators and GraphiQL send', async () => {
    const response = await graphql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(response.errors).toBeUndefined();
    expect((response.data!.__schema as { types: unknown[] }).types.length).toBeGreaterThan(50);
  });
});

describe('GraphQL: fields the API cannot answer', () => {
  it('refuses the polymorphic `related` of an uploaded file with a 400, not an internal error', async () => {
    const answer = await withNormalVisitor(postGraphql({ query: '{ articles { cover { related { __typename } } } }' }));
    expectGraphqlRefusal(answer, 400, 'FIELD_NOT_AVAILABLE');
    const cover = await graphql('{ articles(pagination: { limit: 1 }) { cover { url } } }');
    expect(cover.errors).toBeUndefined();
  });
});

describe('sorting: only a few of the type\'s own fields, never through a relation', () => {
  const relational = 'articles.associations.articles.title';

  it('refuses the REST sort through relations that froze the CMS, in every spelling, while a normal query answers', async () => {
    const fourPaths = Array.from({ length: 4 }, (_, i) => `sort[${i}]=${relational}`).join('&');
    expectRestRefusal(await withNormalVisitor(() => http().get(`/api/associations?${fourPaths}`)), 400, 'SORT_LIMIT');
    for (const query of [`sort=${relational}`, `sort[0]=${relational}`, `sort=name:asc,${relational}:desc`, 'sort[articles][title]=asc', 'sort[0][articles][title]=asc']) {
      expectRestRefusal(await withNormalVisitor(() => http().get(`/api/associations?${query}`)), 400, 'SORT_FIELD');
    }
  });

  it('refuses more than 3 sort fields on REST, as a list or a comma-separated string', async () => {
    const forty = Array.from({ length: 40 }, (_, i) => `sort[${i}]=name`).join('&');
    expectRestRefusal(await withNormalVisitor(() => http().get(`/api/associations?${forty}`)), 400, 'SORT_LIMIT');
    expectRestRefusal(await withNormalVisitor(() => http().get('/api/articles?sort=title:desc,date,summary,slug')), 400, 'SORT_LIMIT');
  });

  it('still sorts REST lists on the type\'s own fields', async () => {
    for (const query of ['sort=date:desc', 'sort[0]=date:desc&sort[1]=title', 'sort[title]=asc', 'sort=date:desc,title']) {
      const response = await http().get(`/api/articles?${query}&pagination[pageSize]=2`);
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(2);
    }
  });

  it('refuses a GraphQL sort through relations, written in the query, in a variable or on a relation field', async () => {
    const literal = `{ associations(sort: ["${relational}", "${relational}", "${relational}"]) { name } }`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: literal })), 400, 'SORT_FIELD');
    const variable = 'query($s: [String]) { associations(sort: $s) { name } }';
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: variable, variables: { s: [relational] } })), 400, 'SORT_FIELD');
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: variable, variables: { s: `name:asc,${relational}` } })), 400, 'SORT_FIELD');
    const nested = `{ associations { articles(sort: "associations.name") { title } } }`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: nested })), 400, 'SORT_FIELD');
    const defaulted = `query($s: [String] = ["${relational}"]) { associations(sort: $s) { name } }`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: defaulted })), 400, 'SORT_FIELD');
  });

  it('refuses more than 3 GraphQL sort fields, and still sorts on own fields', async () => {
    const many = `{ articles(sort: [${Array.from({ length: 40 }, () => '"title"').join(', ')}]) { title } }`;
    expectGraphqlRefusal(await withNormalVisitor(postGraphql({ query: many })), 400, 'SORT_LIMIT');
    const ok = await graphql('{ articles(sort: ["date:desc", "title:asc"], pagination: { limit: 2 }) { title } }');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.articles).toHaveLength(2);
  });
});

describe('REST: populate, filters, page size and query length are limited for every content type', () => {
  const eightLevels =
    '/api/associations?populate[articles][populate][associations][populate][articles][populate][associations][populate][articles][populate][associations][populate][articles][populate][associations]=true';

  it('refuses the 8-level populate from the issue at once while a normal query answers', async () => {
    expect(eightLevels.length).toBeLessThan(260);
    const answer = await withNormalVisitor(() => http().get(eightLevels));
    expectRestRefusal(answer, 400, 'POPULATE_DEPTH_LIMIT');
  });

  it('refuses the same populate written as a dotted path', async () => {
    expectRestRefusal(await withNormalVisitor(() => http().get('/api/associations?populate=articles.associations.articles')), 400, 'POPULATE_DEPTH_LIMIT');
  });

  it('refuses * below the first level', async () => {
    expectRestRefusal(await withNormalVisitor(() => http().get('/api/associations?populate[articles][populate]=*')), 400, 'POPULATE_WILDCARD');
  });

  it('refuses populating too many relations at once', async () => {
    const many = Array.from({ length: 12 }, (_, i) => `populate[${i}]=articles`).join('&');
    expectRestRefusal(await withNormalVisitor(() => http().get(`/api/associations?${many}`)), 400, 'POPULATE_RELATIONS_LIMIT');
  });

  it('refuses filters with $not nested past the limit', async () => {
    const path = `/api/articles?filters${'[$not]'.repeat(15)}[title][$eq]=x`;
    expectRestRefusal(await withNormalVisitor(() => http().get(path)), 400, 'FILTER_NESTING_LIMIT');
  });

  it('refuses a page size of 1,000 instead of silently clamping it', async () => {
    const answer = await withNormalVisitor(() => http().get('/api/articles?pagination[pageSize]=1000'));
    expectRestRefusal(answer, 400, 'PAGE_SIZE_LIMIT');
  });

  it('refuses a query string over 4 KB with 414', async () => {
    const answer = await withNormalVisitor(() => http().get(`/api/articles?filters[title][$eq]=${'x'.repeat(5000)}`));
    expectRestRefusal(answer, 414, 'QUERY_STRING_LIMIT');
  });

  it('answers filter values that do not fit their field (an id that is not a number, a date searched as text) with 400 or no rows, never a 500', async () => {
    for (const path of ['/api/articles?filters[id][$eq]=abc', '/api/articles?filters[date][$contains]=x']) {
      const answer = await withNormalVisitor(() => http().get(path));
      if (process.env.DATABASE_CLIENT === 'postgres') expectRestRefusal(answer, 400, 'INVALID_FILTER_VALUE');
      else expect([200, 400]).toContain(answer.status);
    }
  });

  it('still answers a reasonable populate two levels deep with data', async () => {
    const response = await http().get('/api/associations?populate[articles][populate][category]=true&pagination[pageSize]=2');
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(2);
    expect(Array.isArray(response.body.data[0].articles)).toBe(true);
  });
});

describe('HTTP headers', () => {
  const evil = 'https://evil.example';

  it('gives a foreign origin no CORS access to /admin, and never credentials', async () => {
    for (const request of [http().get('/admin/init').set('Origin', evil), http().options('/admin/login').set('Origin', evil).set('Access-Control-Request-Method', 'POST')]) {
      const response = await request;
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it('lets any origin read the content API, without credentials', async () => {
    const preflight = await http().options('/graphql').set('Origin', evil).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'content-type');
    expect([evil, '*']).toContain(preflight.headers['access-control-allow-origin']);
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const read = await http().post('/graphql').set('Origin', evil).send({ query: NORMAL_QUERY });
    expect(read.status).toBe(200);
    expect([evil, '*']).toContain(read.headers['access-control-allow-origin']);
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    const rest = await http().get('/api/articles').set('Origin', evil);
    expect([evil, '*']).toContain(rest.headers['access-control-allow-origin']);
    expect(rest.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('sends no X-Powered-By on any response', async () => {
    const responses = await Promise.all([
      http().get('/api/articles'),
      http().post('/graphql').send({ query: NORMAL_QUERY }),
      http().get('/admin/init'),
      http().get('/khong-ton-tai'),
      http().get('/api/associations?populate[a][populate][b][populate][c]=true'),
    ]);
    for (const response of responses) expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
