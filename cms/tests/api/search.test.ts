import { foldVietnamese } from '@lienhiep/vietnamese-text';
import type { Core, UID } from '@strapi/strapi';
import { backfillSearchText } from '../../src/search/backfill-search-text';
import { ensureSearchIndexes, ftsTableOf } from '../../src/search/search-index';
import { adminJwt, graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * `search` over GraphQL: Vietnamese with or without diacritics, ranked, paginated, published content
 * only, for anonymous visitors. Demo content (cms/data) plus a few documents made here with a word
 * found nowhere else, so ranking and drafts can be checked exactly.
 */
type Hit = { type: string; documentId: string; slug: string; title: string; summary: string | null; date: string | null; imageUrl: string | null; score: number };
type ResultPage = { query: string; total: number; page: number; pageSize: number; pageCount: number; hits: Hit[] };

const SEARCH = `query($query: String!, $types: [SearchType!], $page: Int, $pageSize: Int) {
  search(query: $query, types: $types, page: $page, pageSize: $pageSize) {
    query total page pageSize pageCount
    hits { type documentId slug title summary date imageUrl score }
  }
}`;

async function search(query: string, options: { types?: string[]; page?: number; pageSize?: number } = {}): Promise<ResultPage> {
  const { data, errors } = await graphql<{ search: ResultPage }>(SEARCH, { query, ...options });
  expect(errors).toBeUndefined();
  return data!.search;
}
const titles = (page: ResultPage) => page.hits.map((hit) => hit.title);
const keys = (page: ResultPage) => page.hits.map((hit) => `${hit.type}:${hit.documentId}:${hit.score}`);

const stamp = Date.now();
/** Words that occur only in the documents made by this test. */
const MARKER = `kiemthu${stamp}`;
const PUBLISHED_WORD = `nguyenban${stamp}`;
const DRAFT_WORD = `bansua${stamp}`;
/** Words with Vietnamese diacritics, found only in the static pages made here. */
const PAGE_TITLE_WORD = `Đồnghành${stamp}`;
const PAGE_BODY_WORD = `Lũngpô${stamp}`;
const DRAFT_PAGE_WORD = `Bảnnháptrang${stamp}`;
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

let strapi: Core.Strapi;
const made: Array<{ uid: UID.ContentType; documentId: string }> = [];
const ids: Record<'inTitle' | 'inText' | 'event' | 'draft' | 'edited' | 'page' | 'draftPage', string> = { inTitle: '', inText: '', event: '', draft: '', edited: '', page: '', draftPage: '' };

async function make(uid: UID.ContentType, data: Record<string, unknown>, publish: boolean): Promise<string> {
  const documents = strapi.documents(uid);
  const { documentId } = await documents.create({ data: data as never });
  made.push({ uid, documentId });
  if (publish) await documents.publish({ documentId });
  return documentId;
}

async function storedSearchText(uid: UID.ContentType, documentId: string, published: boolean): Promise<string> {
  const row = await strapi.db.query(uid).findOne({
    select: ['searchText'],
    where: { documentId, publishedAt: published ? { $notNull: true } : null },
  });
  return (row as { searchText: string }).searchText;
}

beforeAll(async () => {
  strapi = await startStrapi();
  const article = 'api::article.article';
  ids.inTitle = await make(article, { title: `Tin thử nghiệm ${MARKER} trong tiêu đề`, summary: 'Tin cũ hơn.', body: paragraph('Nội dung.'), date: '2020-01-01T00:00:00.000Z' }, true);
  ids.inText = await make(article, { title: 'Tin thử nghiệm chỉ nhắc trong nội dung', summary: 'Tin mới hơn.', body: paragraph(`Nhắc đến ${MARKER} ở đây.`), date: '2026-06-01T00:00:00.000Z' }, true);
  ids.event = await make('api::event.event', { title: `Sự kiện thử nghiệm ${MARKER}`, kind: 'other', startAt: '2027-02-01T01:00:00.000Z', allDay: false, venue: 'Thành phố Lào Cai' }, true);
  ids.draft = await make(article, { title: `Bản nháp thử nghiệm ${MARKER}`, summary: 'Chưa duyệt.', body: paragraph('Nháp.') }, false);
  ids.edited = await make(article, { title: `Tin đã đăng ${PUBLISHED_WORD}`, summary: 'Đã đăng.', body: paragraph('Bản đã đăng.') }, true);
  await strapi.documents(article).update({ documentId: ids.edited, data: { title: `Tin đang sửa ${DRAFT_WORD}` } as never });
  ids.page = await make('api::page.page', { title: `Trang thử nghiệm ${PAGE_TITLE_WORD}`, body: paragraph(`Đường lên ${PAGE_BODY_WORD} ở biên giới.`) }, true);
  ids.draftPage = await make('api::page.page', { title: `Trang nháp ${DRAFT_PAGE_WORD}`, summary: 'Chưa duyệt.', body: paragraph(`Nháp ${PAGE_BODY_WORD}.`) }, false);
});

afterAll(async () => {
  for (const { uid, documentId } of made) await strapi.documents(uid).delete({ documentId });
  await stopStrapi();
});

describe('Vietnamese with or without diacritics', () => {
  it('"hoi thao" finds articles and events titled "Hội thảo…" and "…hội thảo"', async () => {
    const result = await search('hoi thao', { pageSize: 50 });
    const { data } = await graphql('{ articles(pagination: { limit: 100 }) { title } events(pagination: { limit: 100 }) { title } }');
    const expected = [...data!.articles, ...data!.events].map((item: { title: string }) => item.title).filter((title: string) => /hội thảo/i.test(title));
    expect(expected.some((title) => title.startsWith('Hội thảo'))).toBe(true);
    expect(expected.some((title) => title.includes('hội thảo'))).toBe(true);
    expect(titles(result)).toEqual(expect.arrayContaining(expected));
    expect(result.hits.map((hit) => hit.type)).toEqual(expect.arrayContaining(['article', 'event']));
  });

  it('"Lao Cai" finds "Lào Cai"', async () => {
    const result = await search('Lao Cai', { types: ['association'], pageSize: 50 });
    expect(titles(result)).toContain('Hội Y học tỉnh Lào Cai (dữ liệu mẫu)');
    expect(result.total).toBeGreaterThanOrEqual(15);
    for (const title of titles(result).slice(0, 10)) expect(title).toMatch(/Lào Cai/);
  });

  it('gives the same results with and without diacritics, in any case and Unicode form', async () => {
    expect(keys(await search('hoi thao', { pageSize: 50 }))).toEqual(keys(await search('Hội thảo', { pageSize: 50 })));
    const reference = keys(await search('lao cai', { pageSize: 50 }));
    for (const variant of ['Lào Cai', 'LÀO CAI', 'Lào Cai'.normalize('NFD'), '  lào   cai  ']) {
      expect(keys(await search(variant, { pageSize: 50 }))).toEqual(reference);
    }
  });

  it('needs every word: "Đông y" finds the association of traditional medicine, not every "Hội"', async () => {
    const result = await search('Hội Đông y', { types: ['association'] });
    expect(result.hits[0].title).toBe('Hội Đông y tỉnh Lào Cai (dữ liệu mẫu)');
    expect(result.total).toBeLessThan((await search('Hội', { types: ['association'] })).total);
  });

  it('matches the beginning of words, so "hoi" does not find "thời" or "khởi"', async () => {
    const result = await search('hoi', { pageSize: 50 });
    for (const hit of result.hits) {
      const row = await strapi.db.query(`api::${hit.type === 'honoredIntellectual' ? 'honored-intellectual.honored-intellectual' : `${hit.type}.${hit.type}`}` as UID.ContentType)
        .findOne({ select: ['searchText'], where: { documentId: hit.documentId, publishedAt: { $notNull: true } } });
      expect(` ${(row as { searchText: string }).searchText}`).toContain(' hoi');
    }
  });
});

describe('results', () => {
  it('describe each hit: type, slug, title, summary, date and thumbnail', async () => {
    const result = await search(MARKER);
    const event = result.hits.find((hit) => hit.type === 'event')!;
    expect(event).toMatchObject({ documentId: ids.event, title: `Sự kiện thử nghiệm ${MARKER}`, date: '2027-02-01T01:00:00.000Z' });
    expect(event.slug).toContain(MARKER);
    const seeded = (await search('Hội Tin học tỉnh Lào Cai', { types: ['association'] })).hits[0];
    expect(seeded.title).toBe('Hội Tin học tỉnh Lào Cai (dữ liệu mẫu)');
    const { data } = await graphql('query($id: ID!) { association(documentId: $id) { logo { url formats } } }', { id: seeded.documentId });
    expect(seeded.imageUrl).toBe(data!.association.logo.formats?.thumbnail?.url ?? data!.association.logo.url);
    expect(seeded.imageUrl).toMatch(/^\/uploads\/.+/);
    expect(seeded.date).toBeNull();
    const image = await http().get(seeded.imageUrl!);
    expect(image.status).toBe(200);
    const person = (await search('Lù Thị Sen', { types: ['honoredIntellectual'] })).hits[0];
    expect(person).toMatchObject({ type: 'honoredIntellectual', title: 'Lù Thị Sen' });
    expect(person.summary).toBeTruthy();
  });

  it('filters by type', async () => {
    const all = await search('Lào Cai', { pageSize: 50 });
    const totals: number[] = [];
    for (const type of ['article', 'event', 'association', 'honoredIntellectual', 'page']) {
      const only = await search('Lào Cai', { types: [type], pageSize: 50 });
      expect(only.hits.every((hit) => hit.type === type)).toBe(true);
      totals.push(only.total);
    }
    expect(totals.reduce((sum, n) => sum + n, 0)).toBe(all.total);
    const two = await search('Lào Cai', { types: ['event', 'article'], pageSize: 50 });
    expect(new Set(two.hits.map((hit) => hit.type))).toEqual(new Set(['article', 'event']));
    expect(two.total).toBe(totals[0] + totals[1]);
  });

  it('ranks a title match above a newer text-only match', async () => {
    const result = await search(MARKER, { types: ['article'] });
    expect(result.hits.map((hit) => hit.documentId)).toEqual([ids.inTitle, ids.inText]);
    expect(result.hits[0].score).toBeGreaterThan(result.hits[1].score);
  });

  it('ranks titles with the phrase above the rest on real content', async () => {
    const result = await search('hội thảo', { pageSize: 50 });
    const inTitle = result.hits.map((hit) => /hội thảo/i.test(hit.title));
    expect(inTitle.indexOf(false)).toBeGreaterThan(0);
    expect(inTitle.lastIndexOf(true)).toBeLessThan(inTitle.indexOf(false));
  });

  it('paginates after merging the types: totals, page counts, no overlap, same order as one big page', async () => {
    const first = await search('Lào Cai', { page: 1, pageSize: 7 });
    const second = await search('Lào Cai', { page: 2, pageSize: 7 });
    const third = await search('Lào Cai', { page: 3, pageSize: 7 });
    const big = await search('Lào Cai', { page: 1, pageSize: 21 });
    expect(first.total).toBeGreaterThan(21);
    expect(first).toMatchObject({ page: 1, pageSize: 7, pageCount: Math.ceil(first.total / 7), query: 'Lào Cai' });
    expect(second.total).toBe(first.total);
    const paged = [...keys(first), ...keys(second), ...keys(third)];
    expect(new Set(paged.map((key) => key.split(':').slice(0, 2).join(':'))).size).toBe(21);
    expect(paged).toEqual(keys(big));
    const past = await search('Lào Cai', { page: 1000, pageSize: 7 });
    expect(past.hits).toEqual([]);
    expect(past.total).toBe(first.total);
  });

  it('caps the page size at 50 and defaults to 10', async () => {
    expect((await search('Lào Cai', { pageSize: 500 })).pageSize).toBe(50);
    const defaults = await search('Lào Cai');
    expect(defaults).toMatchObject({ page: 1, pageSize: 10 });
    expect(defaults.hits).toHaveLength(10);
  });

  it('loads the thumbnails of a page with as many database queries for 20 hits as for 2 (no N+1)', async () => {
    const countQueries = async (pageSize: number) => {
      let count = 0;
      const listener = () => {
        count += 1;
      };
      strapi.db.connection.on('query', listener);
      try {
        const result = await search('Lào Cai', { pageSize });
        expect(result.hits.filter((hit) => hit.imageUrl).length).toBeGreaterThan(1);
      } finally {
        strapi.db.connection.off('query', listener);
      }
      return count;
    };
    await countQueries(2);
    const small = await countQueries(2);
    const large = await countQueries(20);
    expect(large).toBeLessThanOrEqual(small + 6);
    expect(large).toBeLessThan(20);
  });
});

describe('published content only', () => {
  it('never returns a draft made here, though its searchText is filled', async () => {
    expect(await storedSearchText('api::article.article', ids.draft, false)).toContain(MARKER);
    const result = await search(MARKER, { pageSize: 50 });
    expect(result.hits.map((hit) => hit.documentId)).not.toContain(ids.draft);
    expect(result.total).toBe(3);
    expect((await search(`Bản nháp thử nghiệm ${MARKER}`)).total).toBe(0);
  });

  it('never returns the seeded drafts ("[Bản nháp]…")', async () => {
    const draft = await strapi.documents('api::article.article').findFirst({ status: 'draft', filters: { title: { $startsWith: '[Bản nháp]' } } });
    expect(draft).toBeTruthy();
    expect(await storedSearchText('api::article.article', draft!.documentId, false)).toContain('ban nhap de xuat dat hang');
    for (const query of ['Bản nháp', 'Đề xuất đặt hàng nhiệm vụ khoa học và công nghệ năm 2027', 'ban nhap hoi nghi tong ket']) {
      const result = await search(query, { pageSize: 50 });
      for (const title of titles(result)) expect(title).not.toMatch(/^\[Bản nháp\]/);
      expect(result.hits.map((hit) => hit.documentId)).not.toContain(draft!.documentId);
    }
  });

  it('finds a published item edited as a draft by its published text only', async () => {
    const published = await search(PUBLISHED_WORD);
    expect(published.hits.map((hit) => [hit.documentId, hit.title])).toEqual([[ids.edited, `Tin đã đăng ${PUBLISHED_WORD}`]]);
    expect((await search(DRAFT_WORD)).total).toBe(0);
    expect(await storedSearchText('api::article.article', ids.edited, false)).toContain(DRAFT_WORD);
  });

  it('publishing copies the draft searchText to the published row', async () => {
    await strapi.documents('api::article.article').publish({ documentId: ids.edited });
    try {
      expect(await storedSearchText('api::article.article', ids.edited, true)).toContain(DRAFT_WORD);
      expect((await search(DRAFT_WORD)).hits.map((hit) => hit.documentId)).toEqual([ids.edited]);
      expect((await search(PUBLISHED_WORD)).total).toBe(0);
    } finally {
      await strapi.documents('api::article.article').update({ documentId: ids.edited, data: { title: `Tin đã đăng ${PUBLISHED_WORD}` } as never });
      await strapi.documents('api::article.article').publish({ documentId: ids.edited });
    }
  });
});

describe('static pages', () => {
  it('finds the seeded pages by their title, with or without diacritics, as pages with their slug and no date or picture', async () => {
    for (const query of ['Sơ đồ tổ chức', 'so do to chuc', 'SO DO TO CHUC']) {
      const onlyPages = await search(query, { types: ['page'] });
      expect(onlyPages.hits[0]).toMatchObject({ type: 'page', slug: 'so-do-to-chuc', title: 'Sơ đồ tổ chức', date: null, imageUrl: null });
      const everything = await search(query, { pageSize: 50 });
      expect(everything.hits.map((hit) => `${hit.type}:${hit.slug}`)).toContain('page:so-do-to-chuc');
    }
    expect((await search('chuc nang nhiem vu', { types: ['page'] })).hits[0]).toMatchObject({ slug: 'chuc-nang-nhiem-vu', summary: expect.stringContaining('Chức năng, nhiệm vụ') });
  });

  it('finds a published page by a word of its title or of its body, typed with or without diacritics', async () => {
    for (const word of [PAGE_TITLE_WORD, PAGE_BODY_WORD]) {
      for (const query of [word, foldVietnamese(word), word.toUpperCase()]) {
        const result = await search(query);
        expect(result.hits.map((hit) => [hit.type, hit.documentId])).toEqual([['page', ids.page]]);
      }
    }
    const [hit] = (await search(PAGE_BODY_WORD)).hits;
    expect(hit.slug).toBe(`trang-thu-nghiem-${foldVietnamese(PAGE_TITLE_WORD)}`);
  });

  it('never finds a draft page, though its searchText is filled', async () => {
    expect(await storedSearchText('api::page.page', ids.draftPage, false)).toContain(foldVietnamese(DRAFT_PAGE_WORD));
    for (const query of [DRAFT_PAGE_WORD, foldVietnamese(DRAFT_PAGE_WORD), `Trang nháp ${DRAFT_PAGE_WORD}`]) {
      expect((await search(query)).total).toBe(0);
      expect((await search(query, { types: ['page'] })).total).toBe(0);
    }
    expect((await search(PAGE_BODY_WORD, { types: ['page'], pageSize: 50 })).hits.map((hit) => hit.documentId)).toEqual([ids.page]);
  });
});

describe('keeping searchText current', () => {
  it('a partial update keeps the text of the fields it does not change', async () => {
    await strapi.documents('api::event.event').update({ documentId: ids.event, data: { summary: 'Tóm tắt mới về Bắc Hà' } as never });
    const text = await storedSearchText('api::event.event', ids.event, false);
    expect(text).toContain(`su kien thu nghiem ${MARKER}`);
    expect(text).toContain('tom tat moi ve bac ha');
    expect(text).toContain('thanh pho lao cai');
  });

  it('an update that touches no searchable field leaves it alone; a value sent by a client is ignored', async () => {
    const before = await storedSearchText('api::event.event', ids.event, false);
    await strapi.documents('api::event.event').update({ documentId: ids.event, data: { allDay: true, searchText: 'gia mao' } as never });
    expect(await storedSearchText('api::event.event', ids.event, false)).toBe(before);
  });

  it('is filled for editors saving and duplicating in the admin panel', async () => {
    const token = await adminJwt();
    const uid = 'api::association.association';
    const saved = await http()
      .post(`/content-manager/collection-types/${uid}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ name: `Hội Thử nghiệm ${MARKER}`, field: 'other', operatingStatus: 'active', searchText: 'gia mao' });
    expect(saved.status).toBe(201);
    made.push({ uid, documentId: saved.body.data.documentId });
    expect(await storedSearchText(uid, saved.body.data.documentId, false)).toBe(`hoi thu nghiem ${MARKER}`);

    const cloned = await http()
      .post(`/content-manager/collection-types/${uid}/clone/${saved.body.data.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ name: `Hội Nhân bản ${MARKER}`, slug: `hoi-nhan-ban-${MARKER}`, shortName: 'HNB' });
    expect(cloned.status).toBe(200);
    made.push({ uid, documentId: cloned.body.data.documentId });
    expect(await storedSearchText(uid, cloned.body.data.documentId, false)).toBe(`hoi nhan ban ${MARKER} hnb`);
  });

  it('is filled in at start for rows written before it existed, without touching updatedAt', async () => {
    const uid = 'api::article.article';
    const { tableName, attributes } = strapi.db.metadata.get(uid);
    const column = (attributes.searchText as { columnName: string }).columnName;
    const row = (await strapi.db.query(uid).findOne({ select: ['id', 'updatedAt', 'searchText'], where: { documentId: ids.inTitle, publishedAt: { $notNull: true } } })) as { id: number; updatedAt: unknown; searchText: string };
    await strapi.db.getConnection(tableName).where({ id: row.id }).update({ [column]: null });
    expect((await search(MARKER, { types: ['article'] })).total).toBe(1);

    await backfillSearchText(strapi);
    const after = (await strapi.db.query(uid).findOne({ select: ['updatedAt', 'searchText'], where: { id: row.id } })) as { updatedAt: unknown; searchText: string };
    expect(after.searchText).toBe(row.searchText);
    expect(after.updatedAt).toEqual(row.updatedAt);
    expect((await search(MARKER, { types: ['article'] })).total).toBe(2);
  });
});

describe('search index', () => {
  const uid = 'api::article.article';
  const tableOf = () => strapi.db.metadata.get(uid).tableName;

  it('finds matching rows through the index, not by reading the table', async () => {
    const knex = strapi.db.connection;
    const table = tableOf();
    if (strapi.db.dialect.client === 'sqlite') {
      const names = (await knex('sqlite_master').pluck('name').where('name', 'like', `${ftsTableOf(table)}%`)) as string[];
      expect(names).toEqual(expect.arrayContaining([ftsTableOf(table), `${ftsTableOf(table)}_after_insert`, `${ftsTableOf(table)}_after_update`, `${ftsTableOf(table)}_after_delete`]));
      const plan = (await knex.raw(`EXPLAIN QUERY PLAN SELECT id FROM "${table}" WHERE id IN (SELECT rowid FROM "${ftsTableOf(table)}" WHERE "${ftsTableOf(table)}" MATCH '"hoi"*')`)) as Array<{ detail: string }>;
      expect(plan.map((row) => row.detail).join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
    } else {
      const found = await knex.raw('SELECT indexdef FROM pg_indexes WHERE indexname = ?', [`${table}_search_text_trgm_idx`]);
      expect(found.rows[0].indexdef).toMatch(/gin \(search_text gin_trgm_ops\)/);
    }
  });

  it('indexes a write made with SQL, and one made while the index was away once it is repaired at start', async () => {
    const knex = strapi.db.connection;
    const table = tableOf();
    const { attributes } = strapi.db.metadata.get(uid);
    const column = (attributes.searchText as { columnName: string }).columnName;
    const row = (await strapi.db.query(uid).findOne({ select: ['id', 'searchText'], where: { documentId: ids.inText, publishedAt: { $notNull: true } } })) as { id: number; searchText: string };
    const sqlWord = `quasql${stamp}`;
    try {
      // A write outside the Document Service (an import, a script) is found at once.
      await knex(table).where({ id: row.id }).update({ [column]: `${row.searchText} ${sqlWord}` });
      expect(titles(await search(sqlWord))).toEqual(['Tin thử nghiệm chỉ nhắc trong nội dung']);

      if (strapi.db.dialect.client === 'sqlite') {
        // Strapi rebuilds a SQLite table when its schema changes, which drops the triggers.
        for (const trigger of ['after_insert', 'after_update', 'after_delete']) await knex.raw(`DROP TRIGGER "${ftsTableOf(table)}_${trigger}"`);
        const awayWord = `khivang${stamp}`;
        await knex(table).where({ id: row.id }).update({ [column]: `${row.searchText} ${awayWord}` });
        expect((await search(awayWord)).total).toBe(0);
        await ensureSearchIndexes(strapi); // what the next start does
        expect(titles(await search(awayWord))).toEqual(['Tin thử nghiệm chỉ nhắc trong nội dung']);
        expect((await search(sqlWord)).total).toBe(0);
      }
    } finally {
      await knex(table).where({ id: row.id }).update({ [column]: row.searchText });
    }
    expect((await search(sqlWord)).total).toBe(0);
    expect((await search(MARKER, { types: ['article'] })).total).toBe(2);
  });
});

describe('errors', () => {
  const failure = async (variables: Record<string, unknown>) => {
    const { data, errors } = await graphql(SEARCH, variables);
    expect(data?.search ?? null).toBeNull();
    return errors?.[0];
  };

  it('refuses an empty or blank query in Vietnamese', async () => {
    for (const query of ['', '   ']) {
      const error = await failure({ query });
      expect(error?.message).toBe('Vui lòng nhập từ khóa tìm kiếm.');
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a query longer than 100 characters and a page below 1', async () => {
    expect((await failure({ query: 'lào cai '.repeat(13) }))?.message).toMatch(/không được dài quá 100 ký tự/);
    expect((await failure({ query: 'Lào Cai', page: 0 }))?.message).toMatch(/Số trang \(page\) phải là số nguyên từ 1 trở lên/);
    expect((await failure({ query: 'Lào Cai', pageSize: -1 }))?.message).toMatch(/pageSize/);
  });

  it('refuses an unknown type by the schema', async () => {
    expect((await failure({ query: 'Lào Cai', types: ['category'] }))?.message).toMatch(/SearchType/);
  });
});

describe('searchText stays private', () => {
  const searchable = [
    { rest: 'articles', type: 'Article' },
    { rest: 'events', type: 'Event' },
    { rest: 'associations', type: 'Association' },
    { rest: 'honored-intellectuals', type: 'HonoredIntellectual' },
    { rest: 'pages', type: 'Page' },
  ];

  it.each(searchable)('is absent from REST /api/$rest, cannot be selected, filtered or sorted on', async ({ rest }) => {
    const list = await http().get(`/api/${rest}?pagination[pageSize]=100`);
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(JSON.stringify(list.body)).not.toMatch(/searchText|search_text/);
    const one = await http().get(`/api/${rest}/${list.body.data[0].documentId}`);
    expect(Object.keys(one.body.data)).not.toContain('searchText');

    const selected = await http().get(`/api/${rest}?fields[0]=searchText`);
    expect(JSON.stringify(selected.body.data ?? [])).not.toContain('searchText');
    const filtered = await http().get(`/api/${rest}?filters[searchText][$contains]=lao`);
    expect(filtered.status).toBe(400);
    const sorted = await http().get(`/api/${rest}?sort=searchText:asc`);
    expect(sorted.status).toBe(400);
  });

  it.each(searchable)('is absent from the GraphQL type $type and its filters', async ({ type }) => {
    const { data } = await graphql(`{ type: __type(name: "${type}") { fields { name } } filters: __type(name: "${type}FiltersInput") { inputFields { name } } }`);
    const fields = data!.type.fields.map((field: { name: string }) => field.name);
    expect(fields).toContain('slug');
    expect(fields).not.toContain('searchText');
    expect(data!.filters.inputFields.map((field: { name: string }) => field.name)).not.toContain('searchText');
  });

  it('cannot be queried over GraphQL', async () => {
    const response = await graphql('{ articles { searchText } }');
    expect(response.errors?.[0].message).toMatch(/Cannot query field "searchText" on type "Article"/);
  });

  it('is not shown in the admin panel', async () => {
    const token = await adminJwt();
    const types = await http().get('/content-manager/content-types').set('Authorization', `Bearer ${token}`);
    const article = types.body.data.find((type: { uid: string }) => type.uid === 'api::article.article');
    expect(Object.keys(article.attributes)).toContain('title');
    expect(Object.keys(article.attributes)).not.toContain('searchText');
    const configuration = await http().get('/content-manager/content-types/api::article.article/configuration').set('Authorization', `Bearer ${token}`);
    expect(JSON.stringify(configuration.body.data.contentType.layouts)).not.toContain('searchText');
  });
});
