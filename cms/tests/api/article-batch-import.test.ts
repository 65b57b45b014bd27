import { foldVietnamese } from '@lienhiep/vietnamese-text';
import type { Core, UID } from '@strapi/strapi';
import { importArticles } from '../../src/import/import-articles';
import { syntheticArticles } from '../../src/import/synthetic-articles';
import { markdownToBlocks } from '../../src/rich-text/light-markup';
import { articlesWrittenFromNow } from '../helpers/article-cleanup';
import { startFakeSite, type FakeSite } from '../helpers/fake-site';
import { graphql, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * The bulk import writes what an editor's create + publish through the Document Service writes:
 * an article imported and one created by `strapi.documents().create` + `publish` with the same
 * values are compared row by row, link row by link row and component by component, then read back
 * through GraphQL as a visitor would.
 */
const ARTICLE = 'api::article.article' as const;
const stamp = Date.now();
const WORD = `sosanh${stamp}`;
const quiet = { log: () => {} };

type Row = Record<string, unknown>;
type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; orderColumnName?: string; inverseOrderColumnName?: string; on?: Row };
type AttributeMeta = { type: string; relation?: string; target?: string; joinTable?: JoinTable };

let strapi: Core.Strapi;
let removeWrittenArticles: () => Promise<void>;
let site: FakeSite;
let draftTag: { documentId: string; slug: string };

/** The first published document of a type, by slug. */
async function publishedOne(uid: UID.ContentType): Promise<{ slug: string; documentId: string }> {
  const row = (await strapi.db.query(uid).findOne({ select: ['slug', 'documentId'], where: { publishedAt: { $notNull: true } }, orderBy: { id: 'asc' } })) as { slug: string; documentId: string } | null;
  if (!row) throw new Error(`the seed has no published ${uid}`);
  return row;
}

const waitFor = async (predicate: () => boolean, timeoutMs = 8000) => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return predicate();
};
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  site = await startFakeSite('bi-mat-nhap-bai');
  strapi = await startStrapi();
  removeWrittenArticles = await articlesWrittenFromNow(strapi);
  const tag = await strapi.documents('api::tag.tag').create({ data: { name: `Thẻ chỉ có bản nháp ${stamp}` } as never });
  draftTag = { documentId: tag.documentId, slug: (tag as unknown as { slug: string }).slug };
});
afterAll(async () => {
  await removeWrittenArticles();
  await strapi.documents('api::tag.tag').delete({ documentId: draftTag.documentId });
  await stopStrapi();
  site.stop();
});

describe('one import, one purge of the site', () => {
  it('calls the revalidation webhook once for a whole import, not twice per article', async () => {
    await settle(300);
    const before = site.calls.length;
    const records = syntheticArticles(45, { seed: 9101, newest: new Date(Date.UTC(2016, 0, 1)) });
    const report = await importArticles(strapi, records, { ...quiet, batchSize: 10 });
    expect(report.created).toBe(45);
    expect(await waitFor(() => site.calls.slice(before).some((call) => call.event === 'entry.import'))).toBe(true);
    await settle(500);
    // Every call about articles during the import: one, at its end (a late call about the tag made
    // in beforeAll would not count).
    const calls = site.calls.slice(before).filter((call) => call.model === 'article');
    expect(calls).toEqual([expect.objectContaining({ event: 'entry.import', model: 'article', created: 45 })]);
  });
});

describe('an imported article is the article an editor would have created and published', () => {
  const markdown = `Đoạn **một** về ${WORD}.\n\n## Kết quả\n\n- ý thứ nhất\n- ý thứ hai\n\nXem [trang Liên hiệp](https://lienhiep.example.vn).`;
  const seo = { metaTitle: 'Tiêu đề chia sẻ', metaDescription: 'Mô tả chia sẻ của bài.', noIndex: true };
  const imported = { slug: `bai-nhap-so-sanh-${stamp}`, title: `Bài nhập để so sánh ${stamp}` };
  const edited = { slug: `bai-bien-tap-so-sanh-${stamp}`, title: `Bài biên tập để so sánh ${stamp}` };
  const documentIds: Record<'imported' | 'edited', string> = { imported: '', edited: '' };
  let targets: Record<'category' | 'event' | 'tag' | 'association' | 'intellectual', { slug: string; documentId: string }>;

  beforeAll(async () => {
    targets = {
      category: await publishedOne('api::category.category'),
      event: await publishedOne('api::event.event'),
      tag: await publishedOne('api::tag.tag'),
      association: await publishedOne('api::association.association'),
      intellectual: await publishedOne('api::honored-intellectual.honored-intellectual'),
    };
    const report = await importArticles(
      strapi,
      [
        {
          ...imported,
          date: '2017-03-04T09:15',
          summary: `Tóm tắt bài so sánh ${WORD}.`,
          body: markdown,
          author: 'Thu Hà',
          source: 'Liên hiệp Lào Cai',
          featured: true,
          category: targets.category.slug,
          event: targets.event.slug,
          tags: [draftTag.slug, targets.tag.slug],
          associations: [targets.association.slug],
          honoredIntellectuals: [targets.intellectual.slug],
          seo,
        },
      ],
      quiet,
    );
    expect(report).toMatchObject({ created: 1, existing: 0, failed: 0 });
    documentIds.imported = ((await strapi.db.query(ARTICLE).findOne({ select: ['documentId'], where: { slug: imported.slug } })) as { documentId: string }).documentId;

    const documents = strapi.documents(ARTICLE);
    const created = await documents.create({
      data: {
        ...edited,
        date: '2017-03-04T02:15:00.000Z',
        summary: `Tóm tắt bài so sánh ${WORD}.`,
        body: markdownToBlocks(markdown),
        author: 'Thu Hà',
        source: 'Liên hiệp Lào Cai',
        featured: true,
        category: targets.category.documentId,
        event: targets.event.documentId,
        tags: [draftTag.documentId, targets.tag.documentId],
        associations: [targets.association.documentId],
        honoredIntellectuals: [targets.intellectual.documentId],
        seo,
      } as never,
    });
    await documents.publish({ documentId: created.documentId });
    documentIds.edited = created.documentId;
  });

  const meta = () => strapi.db.metadata.get(ARTICLE) as unknown as { tableName: string; attributes: Record<string, AttributeMeta> };
  const knex = () => strapi.db.connection;

  /** The draft and published rows of a document, every column. */
  async function rowsOf(documentId: string): Promise<{ draft: Row; published: Row }> {
    const rows = (await knex()(meta().tableName).where({ document_id: documentId })) as Row[];
    expect(rows).toHaveLength(2);
    return { draft: rows.find((row) => row.published_at == null)!, published: rows.find((row) => row.published_at != null)! };
  }

  const BY_DESIGN = ['id', 'document_id', 'title', 'slug', 'search_text', 'created_at', 'updated_at', 'published_at', 'first_published_at'];
  const comparable = (row: Row) => Object.fromEntries(Object.entries(row).filter(([column]) => !BY_DESIGN.includes(column)));
  const time = (value: unknown) => new Date(value as string | number).getTime();

  it('has a draft row and a published row with the same columns as the editor’s, and the same timestamp rules', async () => {
    const mine = await rowsOf(documentIds.imported);
    const theirs = await rowsOf(documentIds.edited);
    for (const version of ['draft', 'published'] as const) {
      expect(comparable(mine[version])).toEqual(comparable(theirs[version]));
      expect(Object.keys(mine[version]).sort()).toEqual(Object.keys(theirs[version]).sort());
    }
    for (const rows of [mine, theirs]) {
      // Publishing copies the draft: the same creation and update times, a publication time of its own.
      expect(time(rows.published.created_at)).toBe(time(rows.draft.created_at));
      expect(time(rows.published.updated_at)).toBe(time(rows.draft.updated_at));
      expect(time(rows.draft.updated_at)).toBeGreaterThanOrEqual(time(rows.draft.created_at));
      expect(rows.draft.published_at).toBeNull();
      expect(time(rows.published.published_at)).toBeGreaterThanOrEqual(time(rows.draft.created_at));
      expect(rows.published.search_text).toBe(rows.draft.search_text);
    }
    // The search text is made by the same rule: the same text after the title.
    const afterTitle = (row: Row, title: string) => String(row.search_text).replace(foldVietnamese(title), '');
    expect(afterTitle(mine.published, imported.title)).toBe(afterTitle(theirs.published, edited.title));
    expect(String(mine.published.search_text)).toContain(WORD);
  });

  it('links the draft to the targets’ drafts and the published row to their published versions, with the same order columns', async () => {
    const mine = await rowsOf(documentIds.imported);
    const theirs = await rowsOf(documentIds.edited);
    const relations = Object.entries(meta().attributes).filter(([, attribute]) => attribute.type === 'relation' && attribute.joinTable && attribute.target?.startsWith('api::'));
    expect(relations.map(([name]) => name).sort()).toEqual(['associations', 'category', 'event', 'honoredIntellectuals', 'tags']);
    for (const [name, { joinTable }] of relations) {
      const { name: table, joinColumn, inverseJoinColumn, inverseOrderColumnName } = joinTable!;
      const links = async (articleId: unknown) => (await knex()(table).where({ [joinColumn.name]: articleId }).orderBy('id')) as Row[];
      for (const version of ['draft', 'published'] as const) {
        const mineLinks = await links(mine[version].id);
        const theirLinks = await links(theirs[version].id);
        const withoutOwnIds = (row: Row) => Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'id' && column !== joinColumn.name && column !== inverseOrderColumnName));
        expect({ name, version, links: mineLinks.map(withoutOwnIds) }).toEqual({ name, version, links: theirLinks.map(withoutOwnIds) });
        expect(mineLinks.length).toBeGreaterThan(0);
        // The editor's article came right after the import: one further along each target's list.
        if (inverseOrderColumnName) {
          expect({ name, version, ord: theirLinks.map((row) => Number(row[inverseOrderColumnName])) }).toEqual({ name, version, ord: mineLinks.map((row) => Number(row[inverseOrderColumnName]) + 1) });
        }
        // Each link reaches the target row of the same version.
        const targetUid = meta().attributes[name].target as UID.ContentType;
        for (const link of mineLinks) {
          const target = (await strapi.db.query(targetUid).findOne({ select: ['publishedAt'], where: { id: link[inverseJoinColumn.name] } })) as { publishedAt: unknown };
          expect(target.publishedAt == null).toBe(version === 'draft');
        }
      }
    }
    // The draft-only tag, given first, is linked from the drafts only; publishing keeps the
    // published tag's place in the draft's list (tag_ord 2), as Strapi does.
    const tagTable = meta().attributes.tags.joinTable!;
    const tagIds = async (row: Row) => ((await knex()(tagTable.name).where({ [tagTable.joinColumn.name]: row.id })) as Row[]).length;
    expect([await tagIds(mine.draft), await tagIds(mine.published)]).toEqual([2, 1]);
    const publishedTagLink = (await knex()(tagTable.name).where({ [tagTable.joinColumn.name]: mine.published.id }).first()) as Row;
    expect(Number(publishedTagLink[tagTable.orderColumnName!])).toBe(2);
  });

  it('gives each row its own SEO component, stored like the editor’s', async () => {
    const mine = await rowsOf(documentIds.imported);
    const theirs = await rowsOf(documentIds.edited);
    const joinTable = meta().attributes.seo.joinTable!;
    const componentTable = (strapi.db.metadata.get('shared.seo' as UID.Schema) as unknown as { tableName: string }).tableName;
    const componentOf = async (row: Row) => {
      const links = (await knex()(joinTable.name).where({ [joinTable.joinColumn.name]: row.id })) as Row[];
      expect(links).toHaveLength(1);
      const { id: _linkId, [joinTable.joinColumn.name]: _entity, [joinTable.inverseJoinColumn.name]: componentId, ...link } = links[0];
      const { id, ...values } = (await knex()(componentTable).where({ id: componentId }).first()) as Row;
      return { id, link, values };
    };
    for (const rows of [mine, theirs]) {
      const [draft, published] = [await componentOf(rows.draft), await componentOf(rows.published)];
      expect(draft.id).not.toEqual(published.id);
    }
    for (const version of ['draft', 'published'] as const) {
      const [a, b] = [await componentOf(mine[version]), await componentOf(theirs[version])];
      expect({ link: a.link, values: a.values }).toEqual({ link: b.link, values: b.values });
    }
  });

  it('reads back through GraphQL exactly like the editor’s article: by slug, in lists, through its category and tag, in search', async () => {
    const FIELDS = 'title slug date summary body author source featured category { slug } event { slug } tags { slug } associations { slug } honoredIntellectuals { slug } seo { metaTitle metaDescription noIndex }';
    const bySlug = async (slug: string) => {
      const { data, errors } = await graphql(`query($slug: String!) { articles(filters: { slug: { eq: $slug } }) { ${FIELDS} } }`, { slug });
      expect(errors).toBeUndefined();
      expect(data!.articles).toHaveLength(1);
      const { title: _title, slug: _slug, ...rest } = data!.articles[0];
      return rest;
    };
    const mine = await bySlug(imported.slug);
    expect(mine).toEqual(await bySlug(edited.slug));
    expect(mine.tags).toEqual([{ slug: targets.tag.slug }]);
    expect(mine.category).toEqual({ slug: targets.category.slug });
    expect(mine.seo).toEqual(seo);

    const both = [imported.slug, edited.slug].sort();
    const listed = await graphql(`query($slugs: [String]) { articles(filters: { slug: { in: $slugs } }, sort: ["slug:asc"]) { slug } }`, { slugs: both });
    expect(listed.data!.articles.map((a: { slug: string }) => a.slug)).toEqual(both);
    const byCategory = await graphql(`query($slug: String!, $slugs: [String]) { categories(filters: { slug: { eq: $slug } }) { articles(filters: { slug: { in: $slugs } }, sort: ["slug:asc"]) { slug } } }`, { slug: targets.category.slug, slugs: both });
    expect(byCategory.data!.categories[0].articles.map((a: { slug: string }) => a.slug)).toEqual(both);
    const byTag = await graphql(`query($slug: String!, $slugs: [String]) { tags(filters: { slug: { eq: $slug } }) { articles(filters: { slug: { in: $slugs } }, sort: ["slug:asc"]) { slug } } }`, { slug: targets.tag.slug, slugs: both });
    expect(byTag.data!.tags[0].articles.map((a: { slug: string }) => a.slug)).toEqual(both);

    const found = await graphql(`query($q: String!) { search(query: $q, types: [article], pageSize: 10) { total hits { slug type } } }`, { q: WORD });
    expect(found.errors).toBeUndefined();
    expect(found.data!.search.hits.map((hit: { slug: string }) => hit.slug).sort()).toEqual(both);
  });

  it('writes a draft record as the editor’s unpublished draft: one row, linked to drafts', async () => {
    const draftSlug = `ban-nhap-nhap-${stamp}`;
    await importArticles(strapi, [{ title: `Bản nháp nhập ${stamp}`, slug: draftSlug, date: '2017-03-05T08:00', summary: 'Tóm tắt nháp.', body: 'Nháp.', tags: [targets.tag.slug], draft: true }], quiet);
    const created = await strapi.documents(ARTICLE).create({ data: { title: `Bản nháp biên tập ${stamp}`, slug: `ban-nhap-bien-tap-${stamp}`, date: '2017-03-05T01:00:00.000Z', summary: 'Tóm tắt nháp.', body: markdownToBlocks('Nháp.'), tags: [targets.tag.documentId] } as never });
    const mine = (await knex()(meta().tableName).where({ slug: draftSlug })) as Row[];
    const theirs = (await knex()(meta().tableName).where({ document_id: created.documentId })) as Row[];
    expect(mine).toHaveLength(1);
    expect(theirs).toHaveLength(1);
    expect(comparable(mine[0])).toEqual(comparable(theirs[0]));
    const tagTable = meta().attributes.tags.joinTable!;
    const linked = async (row: Row) => ((await knex()(tagTable.name).where({ [tagTable.joinColumn.name]: row.id })) as Row[]).map((link) => [link[tagTable.inverseJoinColumn.name], link[tagTable.orderColumnName!]]);
    expect(await linked(mine[0])).toEqual(await linked(theirs[0]));
  });
});

describe('a mixed input, across batches, is written as the Document Service writes it record by record', () => {
  it('gives each record the rows, links, order columns and component of its editor-made twin', async () => {
    const published = async (uid: UID.ContentType) => ((await strapi.db.query(uid).findMany({ select: ['slug', 'documentId'], where: { publishedAt: { $notNull: true } }, orderBy: { id: 'asc' } })) as Array<{ slug: string; documentId: string }>);
    const categories = await published('api::category.category');
    const tags = [draftTag, ...(await published('api::tag.tag'))];
    const associations = await published('api::association.association');
    const events = await published('api::event.event');
    const at = <T>(list: T[], i: number) => list[i % list.length];
    const COUNT = 12;
    const fields = (i: number) => ({
      title: `Bài loạt thứ ${i} ${stamp}`,
      date: new Date(Date.UTC(2014, 0, 1 + i)).toISOString(),
      summary: `Tóm tắt bài loạt ${i}.`,
      body: `Đoạn của bài ${i}.\n\n- ý một\n- ý hai`,
      featured: i % 4 === 0,
      ...(i % 5 === 0 ? { seo: { metaTitle: `Chia sẻ ${i}`, noIndex: i % 10 === 0 } } : {}),
    });
    // Tags with the draft-only one first every third record; to-one relations on some records only.
    const relations = (i: number) => ({
      category: at(categories, i),
      tags: i % 3 === 0 ? [draftTag, at(tags, i + 1)] : [at(tags, i), at(tags, i + 2)],
      associations: i % 2 === 0 ? [at(associations, i), at(associations, i + 3)] : [],
      event: i % 4 === 1 ? at(events, i) : undefined,
    });
    const isDraft = (i: number) => i % 6 === 5;
    const records = Array.from({ length: COUNT }, (_, i) => {
      const r = relations(i);
      return { ...fields(i), slug: `bai-loat-nhap-${i}-${stamp}`, category: r.category.slug, tags: r.tags.map((t) => t.slug), associations: r.associations.map((a) => a.slug), event: r.event?.slug, draft: isDraft(i) };
    });
    expect(await importArticles(strapi, records, { ...quiet, batchSize: 5 })).toMatchObject({ created: COUNT, failed: 0 });
    const documents = strapi.documents(ARTICLE);
    for (let i = 0; i < COUNT; i += 1) {
      const r = relations(i);
      const data = { ...fields(i), body: markdownToBlocks(fields(i).body), slug: `bai-loat-bien-tap-${i}-${stamp}`, category: r.category.documentId, tags: r.tags.map((t) => t.documentId), associations: r.associations.map((a) => a.documentId), event: r.event?.documentId };
      const created = await documents.create({ data: data as never });
      if (!isDraft(i)) await documents.publish({ documentId: created.documentId });
    }

    const meta = strapi.db.metadata.get(ARTICLE) as unknown as { tableName: string; attributes: Record<string, AttributeMeta> };
    const knex = strapi.db.connection;
    /** Rows of the series by "index|version", for one kind (imported or edited). */
    const series = async (kind: 'nhap' | 'bien-tap') => {
      const rows = (await knex(meta.tableName).where('slug', 'like', `bai-loat-${kind}-%-${stamp}`)) as Row[];
      return new Map(rows.map((row) => [`${String(row.slug).split('-').at(-2)}|${row.published_at == null ? 'draft' : 'published'}`, row]));
    };
    const mine = await series('nhap');
    const theirs = await series('bien-tap');
    expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
    expect(mine.size).toBe(COUNT * 2 - 2);
    const SKIP = ['id', 'document_id', 'title', 'slug', 'search_text', 'created_at', 'updated_at', 'published_at', 'first_published_at'];
    const values = (row: Row) => Object.fromEntries(Object.entries(row).filter(([column]) => !SKIP.includes(column)));
    for (const [key, row] of mine) expect({ key, ...values(row) }).toEqual({ key, ...values(theirs.get(key)!) });

    const relationNames = Object.entries(meta.attributes).filter(([, attribute]) => attribute.type === 'relation' && attribute.joinTable && attribute.target?.startsWith('api::'));
    for (const [name, { joinTable }] of relationNames) {
      const { name: table, joinColumn, inverseJoinColumn, orderColumnName, inverseOrderColumnName } = joinTable!;
      /** Each link as "row key → target (order)", and each target's list of the series' rows in its order. */
      const linksOf = async (rows: Map<string, Row>) => {
        const keyOf = new Map([...rows].map(([key, row]) => [row.id, key]));
        const links = ((await knex(table).whereIn(joinColumn.name, [...keyOf.keys()] as number[])) as Row[]).map((link): Row => ({ ...link, key: keyOf.get(link[joinColumn.name]) }));
        const own = links.map((link) => `${link.key} → ${link[inverseJoinColumn.name]}${orderColumnName ? ` (${link[orderColumnName]})` : ''}`).sort();
        const lists: Record<string, string[]> = {};
        if (inverseOrderColumnName) {
          for (const link of [...links].sort((x, y) => Number(x[inverseOrderColumnName]) - Number(y[inverseOrderColumnName]))) {
            (lists[String(link[inverseJoinColumn.name])] ??= []).push(String(link.key));
          }
        }
        return { own, lists };
      };
      expect({ name, ...(await linksOf(mine)) }).toEqual({ name, ...(await linksOf(theirs)) });
    }
    const seoTable = meta.attributes.seo.joinTable!;
    const seoOf = async (rows: Map<string, Row>) => {
      const keyOf = new Map([...rows].map(([key, row]) => [row.id, key]));
      const links = (await knex(seoTable.name).whereIn(seoTable.joinColumn.name, [...keyOf.keys()] as number[])) as Row[];
      return links.map((link) => `${keyOf.get(link[seoTable.joinColumn.name])} ${link.field} ${link.component_type} ${link.order}`).sort();
    };
    expect(await seoOf(mine)).toEqual(await seoOf(theirs));
    expect((await seoOf(mine)).length).toBe(5); // records 0 and 10 (draft + published), 5 (a draft)
  });
});

describe('import rules', () => {
  const valid = (n: number) => ({ title: `Bài hợp lệ thứ ${n} ${stamp}`, slug: `bai-hop-le-${n}-${stamp}`, date: '2016-06-01T08:00', summary: 'Tóm tắt.', body: 'Nội dung.' });

  it('creates nothing on a second run, and takes a slug repeated in the file once', async () => {
    const records = [valid(1), { ...valid(1), title: 'Cùng slug, tiêu đề khác' }, valid(2)];
    expect(await importArticles(strapi, records, quiet)).toMatchObject({ created: 2, existing: 1, failed: 0 });
    expect(await importArticles(strapi, records, quiet)).toMatchObject({ created: 0, existing: 3, failed: 0 });
    expect(await strapi.db.query(ARTICLE).count({ where: { slug: valid(1).slug } })).toBe(2);
  });

  it('skips invalid records, naming each by its position, and imports the others', async () => {
    const lines: string[] = [];
    const records: unknown[] = [
      valid(3),
      { ...valid(4), title: 'Ngắn' }, // 4 characters: at least 5
      { ...valid(5), summary: 'x'.repeat(601) }, // at most 600
      valid(6),
      { ...valid(7), slug: 'co dau cach' }, // a slug has no spaces
      { summary: 'Không có tiêu đề', body: 'x' },
      { ...valid(8), date: 'không phải ngày' },
      { ...valid(9), body: [{ type: 'bogus', children: [] }] },
      { ...valid(10), summary: undefined }, // required
      'not an object',
    ];
    const report = await importArticles(strapi, records, { log: (line) => lines.push(line) });
    expect(report).toMatchObject({ created: 2, existing: 0, failed: 8 });
    expect(report.failures.map((failure) => failure.position)).toEqual([2, 3, 5, 6, 7, 8, 9, 10]);
    const message = (position: number) => report.failures.find((failure) => failure.position === position)!.message;
    expect(message(2)).toMatch(/title/);
    expect(message(3)).toMatch(/summary/);
    expect(message(5)).toMatch(/slug/);
    expect(message(6)).toMatch(/tiêu đề/);
    expect(message(7)).toMatch(/ngày/);
    expect(message(9)).toMatch(/summary/);
    expect(lines.filter((line) => /bản ghi \d+ bị bỏ qua \(record \d+ skipped\)/.test(line))).toHaveLength(8);
    const slugs = [3, 4, 5, 6, 7, 8, 9, 10].map((n) => valid(n).slug).concat('co dau cach');
    const stored = (await strapi.db.query(ARTICLE).findMany({ select: ['slug'], where: { slug: { $in: slugs }, publishedAt: { $notNull: true } } })) as Array<{ slug: string }>;
    expect(stored.map((row) => row.slug).sort()).toEqual([valid(3).slug, valid(6).slug].sort());
  });
});
