import { graphql, startStrapi, stopStrapi } from '../helpers/strapi';

type Spec = {
  type: string;
  list: string;
  title: string;
  sortField: string;
  minimum: number;
  filter: { args: string; check: (node: Record<string, any>) => boolean };
  extraFields: string;
};

/** Every public collection type: list, detail by slug, filter, sort, pagination with totals. */
const specs: Spec[] = [
  { type: 'article', list: 'articles', title: 'title', sortField: 'date', minimum: 30, extraFields: 'date summary category { slug }',
    filter: { args: '{ featured: { eq: true } }', check: (n) => n.featured === true } },
  { type: 'association', list: 'associations', title: 'name', sortField: 'name', minimum: 18, extraFields: 'shortName field operatingStatus',
    filter: { args: '{ operatingStatus: { eq: "merged" } }', check: (n) => n.operatingStatus === 'merged' } },
  { type: 'event', list: 'events', title: 'title', sortField: 'startAt', minimum: 10, extraFields: 'startAt kind',
    filter: { args: '{ kind: { eq: "workshop" } }', check: (n) => n.kind === 'workshop' } },
  { type: 'honored-intellectual', list: 'honoredIntellectuals', title: 'fullName', sortField: 'fullName', minimum: 10, extraFields: 'honoringRound honoringYear',
    filter: { args: '{ honoringRound: { eq: 2 } }', check: (n) => n.honoringRound === 2 } },
  { type: 'category', list: 'categories', title: 'name', sortField: 'order', minimum: 7, extraFields: 'order',
    filter: { args: '{ order: { lte: 3 } }', check: (n) => n.order <= 3 } },
  { type: 'tag', list: 'tags', title: 'name', sortField: 'name', minimum: 10, extraFields: '',
    filter: { args: '{ name: { containsi: "hội" } }', check: (n) => n.name.toLowerCase().includes('hội') } },
  { type: 'page', list: 'pages', title: 'title', sortField: 'order', minimum: 4, extraFields: 'order',
    filter: { args: '{ slug: { in: ["gioi-thieu", "lien-he"] } }', check: (n) => ['gioi-thieu', 'lien-he'].includes(n.slug) } },
];

const filterFieldOf = (spec: Spec) => spec.filter.args.match(/\{\s*(\w+)/)![1];

beforeAll(startStrapi);
afterAll(stopStrapi);

describe.each(specs)('$type over GraphQL', (spec) => {
  const fields = (extra = '') => `documentId slug ${spec.title} ${spec.extraFields} ${extra}`;

  it('lists published items with a total count', async () => {
    const { data, errors } = await graphql(`{ ${spec.list}_connection(pagination: { pageSize: 100 }) { nodes { ${fields()} } pageInfo { total page pageSize pageCount } } }`);
    expect(errors).toBeUndefined();
    const { nodes, pageInfo } = data![`${spec.list}_connection`];
    expect(pageInfo.total).toBeGreaterThanOrEqual(spec.minimum);
    expect(nodes).toHaveLength(pageInfo.total);
    for (const node of nodes) expect(String(node[spec.title])).not.toMatch(/^\[Bản nháp\]/);
  });

  it('finds one item by its slug', async () => {
    const first = await graphql(`{ ${spec.list}(pagination: { pageSize: 1 }, sort: "${spec.sortField}:asc") { slug ${spec.title} } }`);
    const { slug, [spec.title]: title } = first.data![spec.list][0];
    const { data, errors } = await graphql(`query($slug: String!) { ${spec.list}(filters: { slug: { eq: $slug } }) { slug ${spec.title} } }`, { slug });
    expect(errors).toBeUndefined();
    expect(data![spec.list]).toEqual([{ slug, [spec.title]: title }]);
  });

  it('filters', async () => {
    const { data, errors } = await graphql(`{ ${spec.list}_connection(filters: ${spec.filter.args}, pagination: { pageSize: 100 }) { nodes { slug ${spec.title} ${filterFieldOf(spec)} } pageInfo { total } } }`);
    expect(errors).toBeUndefined();
    const { nodes, pageInfo } = data![`${spec.list}_connection`];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every(spec.filter.check)).toBe(true);
    const all = await graphql(`{ ${spec.list}_connection { pageInfo { total } } }`);
    expect(pageInfo.total).toBeLessThan(all.data![`${spec.list}_connection`].pageInfo.total);
  });

  it('sorts both ways', async () => {
    const read = async (direction: 'asc' | 'desc') =>
      (await graphql(`{ ${spec.list}(sort: "${spec.sortField}:${direction}", pagination: { pageSize: 100 }) { ${spec.sortField} } }`)).data![spec.list].map(
        (node: Record<string, unknown>) => node[spec.sortField],
      );
    const ascending = await read('asc');
    const descending = await read('desc');
    expect(descending).toEqual([...ascending].reverse());
    // Numbers and dates have one order; text order depends on the database's collation
    // (SQLite compares code points, PostgreSQL its locale), so only its direction is checked.
    const first = ascending[0];
    if (typeof first === 'number' || /^\d{4}-\d{2}-\d{2}T/.test(String(first))) {
      const key = (value: unknown) => (typeof value === 'number' ? value : new Date(String(value)).getTime());
      for (let i = 1; i < ascending.length; i += 1) expect(key(ascending[i])).toBeGreaterThanOrEqual(key(ascending[i - 1]));
    }
    expect(new Set(ascending).size).toBeGreaterThan(1);
  });

  it('paginates without overlap and reports page counts', async () => {
    const page = async (n: number) =>
      (await graphql(`{ ${spec.list}_connection(sort: ["${spec.sortField}:asc", "slug:asc"], pagination: { page: ${n}, pageSize: 2 }) { nodes { slug } pageInfo { total page pageSize pageCount } } }`)).data![`${spec.list}_connection`];
    const first = await page(1);
    const second = await page(2);
    expect(first.pageInfo).toMatchObject({ page: 1, pageSize: 2, pageCount: Math.ceil(first.pageInfo.total / 2) });
    expect(second.pageInfo.page).toBe(2);
    const firstSlugs = first.nodes.map((n: { slug: string }) => n.slug);
    expect(first.nodes).toHaveLength(2);
    for (const node of second.nodes) expect(firstSlugs).not.toContain(node.slug);
  });
});

describe('global settings', () => {
  it('gives the site name, logo and contacts', async () => {
    const { data, errors } = await graphql('{ global { siteName shortName logo { url alternativeText } contact { email phone address } socialLinks { platform url } defaultSeo { metaTitle metaDescription } } }');
    expect(errors).toBeUndefined();
    expect(data!.global.siteName).toBe('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai');
    expect(data!.global.logo.url).toMatch(/^\/uploads\/.+\.png$/);
    expect(data!.global.contact.email).toMatch(/@/);
  });

  it('lists related portals (name and web address) for the site\'s side column', async () => {
    const { data, errors } = await graphql('{ global { relatedPortals { name url } } }');
    expect(errors).toBeUndefined();
    const portals = data!.global.relatedPortals as Array<{ name: string; url: string }>;
    expect(portals.length).toBeGreaterThanOrEqual(3);
    for (const portal of portals) expect(portal).toEqual({ name: expect.stringMatching(/\S/), url: expect.stringMatching(/^https:\/\/\S+$/) });
  });
});
