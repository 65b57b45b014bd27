import { describe, expect, it } from 'vitest';
import { everyStartsAWord, foldedWords, isAWord, matchesWordStarts, startsAWord } from '../src/index';

describe('foldedWords', () => {
  it('splits folded text into words', () => {
    expect(foldedWords('Hội thảo: KH&CN')).toEqual(['hoi', 'thao', 'kh', 'cn']);
    expect(foldedWords(' – ')).toEqual([]);
  });
});

describe('word starts in folded text', () => {
  it('matches words by their beginning, not inside other words', () => {
    expect(everyStartsAWord('hoi thao nong nghiep', ['hoi', 'tha'])).toBe(true);
    expect(everyStartsAWord('thoi gian thao luan', ['hoi', 'thao'])).toBe(false);
    expect(startsAWord('tin tuc hoi thao khoa hoc', 'hoi thao')).toBe(true);
  });

  it('tells a whole word from the start of one', () => {
    expect(isAWord('hoi thao khoa hoc', 'thao')).toBe(true);
    expect(isAWord('hoi thao khoa hoc', 'tha')).toBe(false);
    expect(isAWord('hoi thao khoa hoc', 'hoi thao')).toBe(true);
  });

  it('finds words at either end of the text and the text that is one word', () => {
    expect(startsAWord('hoi thao', 'hoi')).toBe(true);
    expect(startsAWord('thoi gian', 'hoi')).toBe(false);
    expect(isAWord('hoi thao', 'hoi')).toBe(true);
    expect(isAWord('hoi thao', 'thao')).toBe(true);
    expect(isAWord('hoi thao', 'hoi thao')).toBe(true);
    expect(isAWord('hoi', 'hoi')).toBe(true);
    expect(isAWord('hoi thao', 'ao')).toBe(false);
    expect(isAWord('khoi', 'hoi')).toBe(false);
  });
});

describe('matchesWordStarts', () => {
  it('finds text typed without diacritics, in any word order', () => {
    expect(matchesWordStarts('Hội Y học tỉnh Lào Cai', 'lao cai y hoc')).toBe(true);
    expect(matchesWordStarts('Hội Y học tỉnh Lào Cai', 'duoc')).toBe(false);
  });

  it('matches the start of words, so "hoi" does not find "thời" or "khởi"', () => {
    expect(matchesWordStarts('Thời sự khởi sắc', 'hoi')).toBe(false);
    expect(matchesWordStarts('Hội thảo', 'hoi tha')).toBe(true);
  });

  it('splits words as folding does, in any script', () => {
    // Splitting on [^a-z0-9] left no word of "北京", and a query of no words matched everything.
    expect(matchesWordStarts('Hội Hữu nghị Việt Nam – Trung Quốc', '北京')).toBe(false);
    expect(matchesWordStarts('Đoàn 北京 thăm Lào Cai', '北京')).toBe(true);
    expect(matchesWordStarts('Hội Hữu nghị Việt Nam – Đan Mạch (Øresund)', 'øre')).toBe(true);
    expect(matchesWordStarts('KH&CN Lào Cai', 'cn')).toBe(true);
  });

  it('matches everything when nothing is typed', () => {
    expect(matchesWordStarts('Hội Tin học', '  ')).toBe(true);
  });
});
