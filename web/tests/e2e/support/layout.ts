import type { Page } from 'playwright-core';

/**
 * Words of the visible elements matching `selector` that the browser split over two lines
 * ("chuyể|n"): each word's text range lies on more than one line box. A line may end after a dash or a
 * slash ("2024–|2029"): those end a word here.
 */
export function wordsSplitAcrossLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const split: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(css)) {
      if (element.getClientRects().length === 0) continue; // not displayed
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (tops.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  }, selector);
}

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 0.5)" → [r, g, b, alpha]. */
function parseColor(css: string): [number, number, number, number] {
  const parts = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
}

function luminance(css: string): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseColor(css);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque CSS colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export type FocusRing = { element: string; outline: string; outlineWidth: number; background: string };

/**
 * The focus ring of the focused element as drawn: its outline colour and width, and the colour of the
 * first ancestor with an opaque background, which the ring (outside the element) is seen against.
 */
export function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    let background = 'rgb(255, 255, 255)';
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const color = getComputedStyle(parent).backgroundColor;
      const alpha = Number(color.match(/rgba\([^)]*,\s*([\d.]+)\)/)?.[1] ?? 1);
      if (alpha === 1 && color !== 'transparent') {
        background = color;
        break;
      }
    }
    const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    return { element: name, outline: style.outlineColor, outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth), background };
  });
}
