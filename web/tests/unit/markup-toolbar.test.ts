import { describe, expect, it } from 'vitest';
import { applyMarkup } from '~/enhancements/markup-toolbar';

describe("the submission form's markup buttons", () => {
  it('start the line at the cursor as a heading or a list item, once', () => {
    expect(applyMarkup('Mở đầu\nNông nghiệp', 9, 9, 'heading')).toEqual({ value: 'Mở đầu\n## Nông nghiệp', start: 12, end: 12 });
    expect(applyMarkup('Nông nghiệp', 0, 0, 'bullet')).toEqual({ value: '- Nông nghiệp', start: 2, end: 2 });
    expect(applyMarkup('- Nông nghiệp', 5, 5, 'bullet').value).toBe('- Nông nghiệp');
    expect(applyMarkup('', 0, 0, 'numbered').value).toBe('1. ');
  });

  it('wrap the selection in bold, italic or a link, or insert a selected placeholder', () => {
    expect(applyMarkup('Hội thảo lớn', 9, 12, 'bold')).toEqual({ value: 'Hội thảo **lớn**', start: 11, end: 14 });
    expect(applyMarkup('Xem ', 4, 4, 'link')).toEqual({ value: 'Xem [chữ hiển thị](https://)', start: 5, end: 17 });
    expect(applyMarkup('a', 1, 1, 'italic').value).toBe('a*chữ nghiêng*');
  });
});
