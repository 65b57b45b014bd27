import { blocksToMarkdown, markdownToBlocks, parseInline } from '../../src/rich-text/light-markup';

describe('markdownToBlocks (demo data to Strapi rich text)', () => {
  it('makes paragraphs, headings, lists and quotes', () => {
    const blocks = markdownToBlocks('## Kết quả\n\nĐoạn một.\n\n- Ý một\n- Ý hai\n\n1. Bước một\n2. Bước hai\n\n> Trích dẫn');
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote']);
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 2, children: [{ type: 'text', text: 'Kết quả' }] });
    expect(blocks[2]).toMatchObject({ format: 'unordered', children: [{ type: 'list-item' }, { type: 'list-item' }] });
    expect(blocks[3]).toMatchObject({ format: 'ordered' });
  });

  it('keeps bold, italic and links inline', () => {
    expect(parseInline('Xem **kế hoạch** tại [trang VUSTA](https://example.vn/a) _(mẫu)_')).toEqual([
      { type: 'text', text: 'Xem ' },
      { type: 'text', text: 'kế hoạch', bold: true },
      { type: 'text', text: ' tại ' },
      { type: 'link', url: 'https://example.vn/a', children: [{ type: 'text', text: 'trang VUSTA' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: '(mẫu)', italic: true },
    ]);
  });

  it("links to the portal's own pages by path, never to another host written as //host", () => {
    expect(parseInline('Xem [sơ đồ tổ chức](/so-do-to-chuc).')).toEqual([
      { type: 'text', text: 'Xem ' },
      { type: 'link', url: '/so-do-to-chuc', children: [{ type: 'text', text: 'sơ đồ tổ chức' }] },
      { type: 'text', text: '.' },
    ]);
    expect(parseInline('[x](//evil.example/a)')).toEqual([{ type: 'text', text: '[x](//evil.example/a)' }]);
  });

  it('does not treat underscores inside words as italics', () => {
    expect(parseInline('ten_tep_mau.pdf')).toEqual([{ type: 'text', text: 'ten_tep_mau.pdf' }]);
  });
});

describe('the contributors\' markup (links http, https and mailto only), both ways', () => {
  const contributorMarkup = [
    '## Kết quả',
    'Hội thảo thống nhất **ba giải pháp**, xem *chi tiết* tại [trang hội](https://example.vn/a) hoặc [thư](mailto:hoi@example.vn).',
    '### Việc tiếp theo',
    '- Khảo sát\n- Tập huấn',
    '1. Bước một\n2. Bước hai',
    '> Lời phát biểu',
  ].join('\n\n');

  it('reads *italic* as well as _italic_, but not a lone star or stars around spaces', () => {
    expect(parseInline('rất *quan trọng* nhé')).toEqual([
      { type: 'text', text: 'rất ' },
      { type: 'text', text: 'quan trọng', italic: true },
      { type: 'text', text: ' nhé' },
    ]);
    expect(parseInline('2 * 3 * 4')).toEqual([{ type: 'text', text: '2 * 3 * 4' }]);
  });

  it('makes http, https and mailto links, and leaves any other link as text', () => {
    const options = { sitePaths: false };
    expect(parseInline('[a](mailto:hoi@example.vn)', options)).toEqual([{ type: 'link', url: 'mailto:hoi@example.vn', children: [{ type: 'text', text: 'a' }] }]);
    for (const text of ['[a](javascript:alert(1))', '[a](/admin)', '[a](data:text/html,x)', '[a](//evil.example)', '[a](ftp://x.vn)']) {
      expect(parseInline(text, options).some((node) => node.type === 'link')).toBe(false);
    }
  });

  it('gives back the markup it read', () => {
    const blocks = markdownToBlocks(contributorMarkup, { sitePaths: false });
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'list', 'list', 'quote']);
    expect(blocksToMarkdown(blocks)).toBe(contributorMarkup);
    expect(markdownToBlocks(blocksToMarkdown(blocks), { sitePaths: false })).toEqual(blocks);
  });

  it('simplifies what the markup cannot say (an editor\'s changes in the admin)', () => {
    expect(
      blocksToMarkdown([
        { type: 'paragraph', children: [{ type: 'text', text: 'gạch', underline: true }, { type: 'text', text: ' ' }, { type: 'text', text: 'đậm nghiêng', bold: true, italic: true }] },
        { type: 'image', image: { url: '/uploads/a.jpg' } },
        { type: 'code', children: [{ type: 'text', text: 'x = 1' }] },
      ]),
    ).toBe('gạch **đậm nghiêng**\n\nx = 1');
    expect(blocksToMarkdown(null)).toBe('');
  });
});
