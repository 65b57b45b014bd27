import { describe, expect, it } from 'vitest';
import { blocksToPlainText, type Block } from '../src/index';

describe('blocksToPlainText', () => {
  it('keeps the text of paragraphs, headings, lists, quotes and links, one space between blocks', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Mục tiêu' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Hội ' }, { type: 'text', text: 'thảo', bold: true }, { type: 'text', text: ' khoa học.' }] },
      { type: 'list', format: 'unordered', children: [
        { type: 'list-item', children: [{ type: 'text', text: 'Sa Pa' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'Bắc Hà' }] },
      ] },
      { type: 'quote', children: [{ type: 'text', text: 'Xem ' }, { type: 'link', url: 'https://example.vn', children: [{ type: 'text', text: 'trang hội' }] }] },
      { type: 'image', image: { url: '/uploads/a.jpg', alternativeText: 'không phải văn bản' } },
    ];
    expect(blocksToPlainText(blocks)).toBe('Mục tiêu Hội thảo khoa học. Sa Pa Bắc Hà Xem trang hội');
  });

  it('takes a string as it is', () => {
    expect(blocksToPlainText('Văn bản thường')).toBe('Văn bản thường');
  });

  it('gives empty text for empty or missing content', () => {
    expect(blocksToPlainText(null)).toBe('');
    expect(blocksToPlainText(undefined)).toBe('');
    expect(blocksToPlainText([])).toBe('');
  });
});
