/**
 * The focal point an editor sets on an image in the CMS's media library (Strapi's upload file
 * `focalPoint`: `{ x, y }`, percent from the left and top, 0–100; null when unset). Where the site
 * crops an image (`object-fit: cover` on cards and the home banner; the share image), the crop keeps
 * that point in view.
 *
 * The site's CSP forbids inline styles, so an image gets classes instead of `style="object-position…"`:
 * the point rounded to 5 % steps, `focal-x-35 focal-y-60`, and `has-focal`, which app/assets/css/focal-point.css
 * turns into `object-position: 35% 60%`.
 */
export type FocalPoint = { x: number; y: number };

/** The focal point's step in percent: 21 positions per axis, fine enough for any crop the site makes. */
export const FOCAL_STEP = 5;

function percent(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) return null;
  return Math.round(value / FOCAL_STEP) * FOCAL_STEP;
}

/** The focal point as the CMS stores it, rounded to FOCAL_STEP; null when unset or not a valid point. */
export function readFocalPoint(value: unknown): FocalPoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y } = value as Record<string, unknown>;
  const px = percent(x);
  const py = percent(y);
  return px === null || py === null ? null : { x: px, y: py };
}

/** The classes that place a cropped image on its focal point; none (the centre) without a valid one. */
export function focalPointClasses(value: unknown): string[] {
  const point = readFocalPoint(value);
  return point ? ['has-focal', `focal-x-${point.x}`, `focal-y-${point.y}`] : [];
}
