import { compareRanked, parseSearchTerms, scoreMatch } from '../../src/search/ranking';
import { MAX_PAGE_SIZE, parseSearchRequest } from '../../src/search/search-request';
import { buildSearchText } from '../../src/search/search-text';

describe('buildSearchText', () => {
  it('joins the searchable fields of an article, blocks as plain text', () => {
    const text = buildSearchText('api::article.article', {
      title: 'Hội thảo phản biện',
      summary: 'Tóm tắt ở Lào Cai.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung bài viết.' }] }],
      author: 'Nguyễn Văn Đức',
      source: 'không được tìm',
      slug: 'hoi-thao-phan-bien',
    });
    expect(text).toBe('hoi thao phan bien tom tat o lao cai noi dung bai viet nguyen van duc');
  });

  it('joins the title, summary and body of a static page', () => {
    const text = buildSearchText('api::page.page', {
      title: 'Sơ đồ tổ chức',
      summary: 'Ban Chấp hành khóa V.',
      body: [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Văn phòng' }] }],
      slug: 'so-do-to-chuc',
      order: 2,
    });
    expect(text).toBe('so do to chuc ban chap hanh khoa v van phong');
  });

  it('skips empty fields', () => {
    expect(buildSearchText('api::association.association', { name: 'Hội Tin học', shortName: null })).toBe('hoi tin hoc');
  });
});

describe('search terms and ranking', () => {
  it('drops one-letter words unless the query is one word', () => {
    expect(parseSearchTerms('Hội Đông y')).toEqual({ phrase: 'hoi dong y', tokens: ['hoi', 'dong'] });
    expect(parseSearchTerms('Y')).toEqual({ phrase: 'y', tokens: ['y'] });
    expect(parseSearchTerms('a b')).toEqual({ phrase: 'a b', tokens: ['a', 'b'] });
  });

  it('ranks a title match above a text-only match, and the whole phrase above scattered words', () => {
    const terms = parseSearchTerms('hội thảo');
    const inTitle = scoreMatch(terms, 'hoi thao khoa hoc', 'hoi thao khoa hoc noi dung');
    const inText = scoreMatch(terms, 'tin tuc', 'tin tuc hoi thao khoa hoc');
    const scattered = scoreMatch(terms, 'tin tuc', 'tin tuc thao luan cua hoi');
    expect(inTitle).toBeGreaterThan(inText);
    expect(inText).toBeGreaterThan(scattered);
  });

  it('orders equal scores newest first, undated last', () => {
    const hit = (documentId: string, date: string | null) => ({ score: 5, date: date ? new Date(date) : null, title: 'x', type: 'article', documentId });
    const sorted = [hit('a', null), hit('b', '2024-01-01'), hit('c', '2025-01-01')].sort(compareRanked);
    expect(sorted.map((h) => h.documentId)).toEqual(['c', 'b', 'a']);
  });
});

describe('parseSearchRequest', () => {
  it('fills in defaults and caps the page size', () => {
    const request = parseSearchRequest({ query: '  Lào Cai ', pageSize: 500 });
    expect(request).toMatchObject({ query: 'Lào Cai', page: 1, pageSize: MAX_PAGE_SIZE, types: ['article', 'event', 'association', 'honoredIntellectual', 'page'] });
  });

  it('refuses empty, blank, punctuation-only and too long queries, and pages below 1, in Vietnamese', () => {
    expect(() => parseSearchRequest({ query: '' })).toThrow('Vui lòng nhập từ khóa tìm kiếm.');
    expect(() => parseSearchRequest({ query: '   ' })).toThrow('Vui lòng nhập từ khóa tìm kiếm.');
    expect(() => parseSearchRequest({ query: '?!…' })).toThrow(/ít nhất một chữ cái/);
    expect(() => parseSearchRequest({ query: 'a'.repeat(101) })).toThrow(/không được dài quá 100 ký tự/);
    expect(() => parseSearchRequest({ query: 'ấ'.repeat(100) })).not.toThrow();
    expect(() => parseSearchRequest({ query: 'hội', page: 0 })).toThrow(/Số trang/);
    expect(() => parseSearchRequest({ query: 'hội', pageSize: 0 })).toThrow(/pageSize/);
  });
});
