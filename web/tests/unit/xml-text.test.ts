import { describe, expect, it } from 'vitest';
import { withoutXmlForbiddenCharacters } from '#shared/utils/xml-text';

describe('withoutXmlForbiddenCharacters', () => {
  it('drops a Word soft line break (U+000B) and every other character XML 1.0 forbids', () => {
    expect(withoutXmlForbiddenCharacters('Hội thảo\u000Bkhoa học')).toBe('Hội thảokhoa học');
    const forbidden = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF'];
    expect(withoutXmlForbiddenCharacters(`a${forbidden.join('')}b`)).toBe('ab');
  });

  it('keeps tab, line breaks, Vietnamese text and emoji (surrogate pairs)', () => {
    const text = 'Lào Cai\tđổi mới\nsáng tạo\r\n🎉 2026';
    expect(withoutXmlForbiddenCharacters(text)).toBe(text);
  });

  it('drops lone surrogate halves but not whole pairs', () => {
    expect(withoutXmlForbiddenCharacters('a\uD83Db')).toBe('ab');
    expect(withoutXmlForbiddenCharacters('a\uDE00b')).toBe('ab');
    expect(withoutXmlForbiddenCharacters('a\uD83D\uDE00b')).toBe('a😀b');
  });
});
