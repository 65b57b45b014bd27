import { describe, expect, it } from 'vitest';
import { vietnameseCollator } from '../src/index';

describe('vietnameseCollator', () => {
  it('sorts Đ right after D, as Vietnamese readers expect', () => {
    expect(['Hội Y học', 'Hội Đông y', 'Hội Dược học', 'Hội Điều dưỡng'].sort(vietnameseCollator.compare)).toEqual(['Hội Dược học', 'Hội Điều dưỡng', 'Hội Đông y', 'Hội Y học']);
  });
});
