import { textDiff } from '../../src/history/text-diff';

const joined = (segments: ReturnType<typeof textDiff>, op: 'equal' | 'insert' | 'delete') => segments.filter((s) => s.op === op).map((s) => s.text);

describe('the readable diff of a field', () => {
  it('marks only the words that changed within a changed line', () => {
    const diff = textDiff('Hội thảo bàn về giống lúa mới', 'Hội thảo bàn về giống ngô mới');
    expect(diff).toEqual([
      { op: 'equal', text: 'Hội thảo bàn về giống ' },
      { op: 'delete', text: 'lúa ' },
      { op: 'insert', text: 'ngô ' },
      { op: 'equal', text: 'mới' },
    ]);
  });

  it('shows whole paragraphs added or removed, the others kept', () => {
    const diff = textDiff('Mở đầu.\nĐoạn bị bỏ.\nKết luận.', 'Mở đầu.\nKết luận.\nĐoạn thêm mới.');
    expect(joined(diff, 'delete')).toEqual(['Đoạn bị bỏ.']);
    expect(joined(diff, 'insert')).toEqual(['Đoạn thêm mới.']);
    expect(diff.map((s) => s.text).join('').replace('Đoạn bị bỏ.\n', '')).toBe('Mở đầu.\nKết luận.\nĐoạn thêm mới.');
  });

  it('reads a field filled or emptied as all added or all removed, and equal texts as unchanged', () => {
    expect(textDiff('', 'Tiêu đề mới')).toEqual([{ op: 'insert', text: 'Tiêu đề mới' }]);
    expect(textDiff('Tiêu đề cũ', '')).toEqual([{ op: 'delete', text: 'Tiêu đề cũ' }]);
    expect(textDiff('Giống nhau', 'Giống nhau')).toEqual([{ op: 'equal', text: 'Giống nhau' }]);
  });

  it('stays fast on a long article rewritten from top to bottom', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `từ${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `chữ${i}`).join(' ');
    const started = Date.now();
    const diff = textDiff(before, after);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(joined(diff, 'delete').join('')).toBe(before);
    expect(joined(diff, 'insert').join('')).toBe(after);
  });
});
