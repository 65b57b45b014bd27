import { markdownToBlocks, parseInline } from '../../src/rich-text/light-markup';

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
