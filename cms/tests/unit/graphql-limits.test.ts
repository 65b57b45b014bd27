import { readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@strapi/utils';
import { buildSchema, type DocumentNode, type FragmentDefinitionNode, getIntrospectionQuery, Kind, parse, print } from 'graphql';
import pluginsConfig from '../../config/plugins';
import securityConfig from '../../config/security';
import { checkGraphqlOperation } from '../../src/security/graphql/check-operation';
import { operationCost } from '../../src/security/graphql/cost-limit';
import type { GraphqlLimits } from '../../src/security/graphql/limits';
import type { Variables } from '../../src/security/graphql/pagination-arguments';
import { siteOperationTexts } from '../helpers/site-operations';

/**
 * The limits must never get in the way of the site or of partners: every operation the Nuxt site sends
 * (read from its codegen output, not copied) passes with the default limits halved.
 */
const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const security = securityConfig({ env } as never).graphql;
const plugin = pluginsConfig({ env } as never).graphql.config;
const defaults: GraphqlLimits = {
  maxAliases: security.maxAliases,
  maxCost: security.maxCost,
  maxTokens: security.maxTokens,
  maxDirectives: security.maxDirectives,
  maxInputDepth: security.maxFilterDepth,
  maxBodyBytes: security.maxBodyBytes,
  maxSortFields: security.maxSortFields,
  maxIntrospectionDepth: security.maxIntrospectionDepth,
  maxDepth: plugin.depthLimit,
  maxListSize: plugin.maxLimit,
  defaultListSize: plugin.defaultLimit,
};
const halved: GraphqlLimits = {
  ...defaults,
  maxAliases: Math.floor(defaults.maxAliases / 2),
  maxCost: Math.floor(defaults.maxCost / 2),
  maxTokens: Math.floor(defaults.maxTokens / 2),
  maxDirectives: Math.floor(defaults.maxDirectives / 2),
};

/** Every operation the site sends, parsed. */
function siteOperations(): Array<{ name: string; document: DocumentNode }> {
  return [...siteOperationTexts()].map(([name, text]) => ({ name, document: parse(text) }));
}

/** The largest values the site sends: 100 per page, feeds of 100. */
function worstCaseVariables(document: DocumentNode): Variables {
  const variables: Variables = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      if (name === 'limit' || name === 'pageSize') variables[name] = 100;
      if (name === 'page') variables[name] = 1;
    }
  }
  return variables;
}

describe('GraphQL limits leave room for the site and for partners', () => {
  const operations = siteOperations();

  it('finds the site operations in the web codegen output', () => {
    expect(operations.length).toBeGreaterThanOrEqual(15);
    expect(operations.map((operation) => operation.name)).toEqual(expect.arrayContaining(['HomePage', 'SitemapEntries', 'FeedArticles', 'NewsPage']));
  });

  it.each(siteOperations().map((operation) => [operation.name, operation.document] as const))('lets the site send %s, even with half the default limits', (_name, document) => {
    const refusal = checkGraphqlOperation(schema, { query: print(document), variables: worstCaseVariables(document) }, halved);
    expect(refusal?.message).toBeUndefined();
  });

  it('lets a partner read 100 articles a page with cover, category and associations', () => {
    const query = `query($page: Int) { articles_connection(sort: "date:desc", pagination: { page: $page, pageSize: 100 }) {
      nodes { title slug date summary cover { url alternativeText caption width height formats } category { name slug } associations { name shortName slug } }
      pageInfo { total pageCount } } }`;
    expect(checkGraphqlOperation(schema, { query, variables: { page: 1 } }, halved)?.message).toBeUndefined();
  });

  it('lets a partner list 100 associations with their articles, events and people', () => {
    const query = `{ associations(pagination: { limit: 100 }) { slug name articles { slug } events { slug startAt } honoredIntellectuals { fullName } leadership { fullName position } contact { email } } }`;
    expect(checkGraphqlOperation(schema, { query }, defaults)?.message).toBeUndefined();
  });

  it('lets a partner or a code generator run the standard introspection query', () => {
    for (const options of [{}, { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }]) {
      expect(checkGraphqlOperation(schema, { query: getIntrospectionQuery(options) }, defaults)?.message).toBeUndefined();
    }
  });

  it('weighs introspection: a deep __schema read is refused by cost, a second __schema by INTROSPECTION_LIMIT', () => {
    const deep =
      '__schema { types { name kind fields { name args { name type { name ofType { name ofType { name } } } } type { name kind ofType { name ofType { name } } fields { name type { name ofType { name ofType { name } } } args { name type { name ofType{name} } } } } } inputFields { name type { name inputFields { name type { name ofType { name } } } } } } }';
    expect(checkGraphqlOperation(schema, { query: `{ ${deep} }` }, defaults)?.extensions.code).toBe('COST_LIMIT');
    expect(checkGraphqlOperation(schema, { query: '{ a: __schema { queryType { name } } b: __schema { queryType { name } } }' }, defaults)?.extensions.code).toBe('INTROSPECTION_LIMIT');
    const tooDeep = `{ __type(name: "Article") { ${'fields { type { '.repeat(9)}name${' } }'.repeat(9)} } }`;
    expect(checkGraphqlOperation(schema, { query: tooDeep }, defaults)?.extensions.code).toBe('DEPTH_LIMIT');
  });

  it('refuses 500 aliases × 100 rows × { title summary body } even without the alias limit', () => {
    const query = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: articles(pagination: { limit: 100 }) { title summary body }`).join(' ')} }`;
    const refusal = checkGraphqlOperation(schema, { query }, { ...defaults, maxAliases: 10_000, maxTokens: 100_000 });
    expect(refusal?.extensions.code).toBe('COST_LIMIT');
  });
});

describe('the cost of a query counts every field once per row read', () => {
  const cost = (query: string, variables: Variables = {}) => {
    const document = parse(query);
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
    return operationCost(operation.selectionSet, schema.getQueryType()!, fragments, (name) => schema.getType(name) ?? undefined, variables, { ...defaults, maxCost: 1_000_000 });
  };

  it('multiplies a list field by its limit, nested lists by each other', () => {
    expect(cost('{ articles(pagination: { limit: 20 }) { title cover { url } } }')).toBe(1 + 20 * 3);
    expect(cost('{ associations(pagination: { limit: 10 }) { articles(pagination: { limit: 5 }) { title } } }')).toBe(1 + 10 * (1 + 5));
  });

  it('counts a list without a page size at the default limit, and reads sizes from variables', () => {
    expect(cost('{ articles { title } }')).toBe(1 + defaults.defaultListSize);
    expect(cost('query($n: Int) { articles(pagination: { limit: $n }) { title } }', { n: 40 })).toBe(1 + 40);
  });

  it('hands a connection\'s page size to its nodes, and search\'s to its hits', () => {
    expect(cost('{ articles_connection(pagination: { pageSize: 50 }) { nodes { slug } pageInfo { total } } }')).toBe(1 + (1 + 50) + (1 + 1));
    expect(cost('{ search(query: "x", pageSize: 30) { hits { title } } }')).toBe(1 + 1 + 30);
  });

  it('weighs sitemapEntries at its own page size (50,000 unless asked smaller), a list of scalars one per 10 items', () => {
    expect(cost('{ sitemapEntries(type: article) { slugs updatedAt nextCursor } }')).toBe(1 + 5000 + 5000 + 1);
    expect(cost('{ sitemapEntries(type: article, pageSize: 100) { slugs } }')).toBe(1 + 10);
    // Past its maximum the resolver refuses; it is never weighed as more than the maximum, nor as less.
    expect(cost('query($n: Int) { sitemapEntries(type: article, pageSize: $n) { slugs } }', { n: 1_000_000_000 })).toBe(1 + 5000);
    // One full page fits the budget, three do not.
    const pages = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `p${i}: sitemapEntries(type: article) { slugs updatedAt }`).join(' ')} }`;
    expect(checkGraphqlOperation(schema, { query: pages(1) }, halved)?.message).toBeUndefined();
    expect(checkGraphqlOperation(schema, { query: pages(3) }, defaults)?.extensions.code).toBe('COST_LIMIT');
  });

  it('weighs search at its declared default and its own maximum of 50', () => {
    expect(cost('{ search(query: "x") { hits { title } } }')).toBe(1 + 1 + 10);
    expect(cost('{ search(query: "x", pageSize: 5000) { hits { title } } }')).toBe(1 + 1 + 50);
  });

  it('weighs mostReadArticles at its declared default of 5 and its maximum of 20, and refuses a limit outside 1-20 before it runs', () => {
    expect(cost('{ mostReadArticles { title slug } }')).toBe(1 + 5 * 2);
    expect(cost('{ mostReadArticles(limit: 20) { title } }')).toBe(1 + 20);
    expect(checkGraphqlOperation(schema, { query: '{ mostReadArticles(limit: 20) { title } }' }, defaults)).toBeUndefined();
    for (const [query, variables] of [['{ mostReadArticles(limit: 21) { title } }', {}], ['query($n: Int) { mostReadArticles(limit: $n) { title } }', { n: 0 }]] as const) {
      const refusal = checkGraphqlOperation(schema, { query, variables }, defaults);
      expect(refusal?.extensions.code).toBe('PAGE_SIZE_LIMIT');
      expect(refusal?.message).toMatch(/^Số bài đọc nhiều \(limit\) phải từ 1 đến 20\. The number/);
    }
  });

  it('counts fragments where they are spread', () => {
    expect(cost('{ articles(pagination: { limit: 4 }) { ...Card } } fragment Card on Article { title slug }')).toBe(1 + 4 * 2);
  });
});
