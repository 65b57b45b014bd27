import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focalPointClasses, readFocalPoint } from '#shared/utils/focal-point';

const stylesheet = readFileSync(join(import.meta.dirname, '..', '..', 'app', 'assets', 'css', 'focal-point.css'), 'utf8');

describe('focalPointClasses', () => {
  it('places a cropped image on the focal point the editor set, rounded to 5 % steps', () => {
    expect(focalPointClasses({ x: 35, y: 60 })).toEqual(['has-focal', 'focal-x-35', 'focal-y-60']);
    expect(focalPointClasses({ x: 12.4, y: 87.6 })).toEqual(['has-focal', 'focal-x-10', 'focal-y-90']);
    expect(focalPointClasses({ x: 0, y: 100 })).toEqual(['has-focal', 'focal-x-0', 'focal-y-100']);
  });

  it('leaves the crop centred when there is no valid focal point', () => {
    for (const value of [null, undefined, 'center', 42, {}, { x: 50 }, { x: '30', y: '40' }, { x: -1, y: 50 }, { x: 50, y: 100.5 }, { x: Number.NaN, y: 10 }, { x: Infinity, y: 10 }]) {
      expect(focalPointClasses(value), JSON.stringify(value)).toEqual([]);
    }
    expect(readFocalPoint(null)).toBeNull();
  });

  it('has a rule in the stylesheet for every class it can give', () => {
    expect(stylesheet).toMatch(/img\.has-focal \{ object-position: var\(--focal-x, 50%\) var\(--focal-y, 50%\); \}/);
    for (let step = 0; step <= 100; step += 5) {
      expect(stylesheet).toContain(`.focal-x-${step} { --focal-x: ${step}%; }`);
      expect(stylesheet).toContain(`.focal-y-${step} { --focal-y: ${step}%; }`);
    }
  });
});
