import { mountSuspended } from '@nuxt/test-utils/runtime';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ImageGallery from '~/components/article/ImageGallery.vue';
import ShareLinks from '~/components/article/ShareLinks.vue';
import FeaturedSlider from '~/components/home/FeaturedSlider.vue';
import SiteNav from '~/components/layout/SiteNav.vue';
import { installEnhancements } from '~/enhancements/enhancements';

/**
 * The page script (app/enhancements) on the markup the real components render: browsers get that
 * HTML without Vue, so these tests click the rendered elements the way a visitor would, in happy-dom.
 */
const article = (n: number) => ({
  documentId: `a${n}`,
  title: `Tin nổi bật số ${n}`,
  slug: `tin-${n}`,
  date: '2026-11-20T02:00:00.000Z',
  summary: 'Tóm tắt.',
  cover: { url: `/uploads/anh-${n}.jpg`, alternativeText: `Ảnh ${n}`, width: 1200, height: 675, formats: null, focalPoint: null },
  category: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
});

const click = (element: Element | null, init: MouseEventInit = {}) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  element!.dispatchEvent(event);
  return event;
};
const key = (element: Element | null, name: string) => element!.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

beforeAll(() => installEnhancements(document));
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the page script', () => {
  it('marks the document as scripted, which reveals the controls kept invisible until then', () => {
    expect(document.documentElement.classList.contains('js')).toBe(true);
  });

  it('moves the home slider with ‹ › and the dots, one slide shown at a time, wrapping around', async () => {
    const wrapper = await mountSuspended(FeaturedSlider, { props: { articles: [article(1), article(2), article(3)] }, attachTo: document.body });
    const root = wrapper.element as HTMLElement;
    const shown = () => [...root.querySelectorAll<HTMLElement>('[data-slide]')].flatMap((slide, i) => (slide.hidden ? [] : [i]));
    const current = () => [...root.querySelectorAll('.featured__dot')].flatMap((dot, i) => (dot.getAttribute('aria-current') === 'true' ? [i] : []));
    expect([shown(), current()]).toEqual([[0], [0]]);
    click(root.querySelector('[aria-label="Tin nổi bật sau"]'));
    expect([shown(), current()]).toEqual([[1], [1]]);
    click(root.querySelectorAll('.featured__dot')[2]!);
    expect([shown(), current()]).toEqual([[2], [2]]);
    click(root.querySelector('[aria-label="Tin nổi bật sau"]'));
    expect([shown(), current()]).toEqual([[0], [0]]);
    click(root.querySelector('[aria-label="Tin nổi bật trước"]'));
    expect([shown(), current()]).toEqual([[2], [2]]);
    expect(root.querySelectorAll('.featured__slide--active')).toHaveLength(1);
  });

  it('opens a gallery thumbnail (a link to the full image) in the lightbox, moves with the arrows and ‹ ›', async () => {
    const images = [1, 2, 3].map((n) => ({ url: `/uploads/g${n}.jpg`, alternativeText: `Ảnh ${n}`, caption: `Chú thích ${n}`, width: 800 + n, height: 600 }));
    const wrapper = await mountSuspended(ImageGallery, { props: { images }, attachTo: document.body });
    const root = wrapper.element as HTMLElement;
    const thumbs = root.querySelectorAll<HTMLAnchorElement>('a.gallery__thumb');
    expect(thumbs[1]!.getAttribute('href')).toMatch(/\/uploads\/g2\.jpg$/);
    const dialog = root.querySelector('dialog')!;
    const image = dialog.querySelector<HTMLImageElement>('[data-lightbox-image]')!;
    const shown = () => [image.getAttribute('src')?.replace(/^.*\//, ''), image.alt, image.getAttribute('width'), dialog.querySelector('[data-lightbox-caption]')!.textContent, dialog.querySelector('[data-lightbox-count]')!.textContent];

    expect(click(thumbs[1]!).defaultPrevented).toBe(true);
    expect(dialog.open).toBe(true);
    expect(shown()).toEqual(['g2.jpg', 'Ảnh 2', '802', 'Chú thích 2', '2/3']);
    key(dialog.querySelector('button'), 'ArrowRight');
    expect(shown()).toEqual(['g3.jpg', 'Ảnh 3', '803', 'Chú thích 3', '3/3']);
    key(dialog.querySelector('button'), 'ArrowRight');
    expect(shown()[4]).toBe('1/3');
    click(dialog.querySelector('[data-lightbox-step="-1"]'));
    expect(shown()[4]).toBe('3/3');
    dialog.close();
    // A Ctrl-click keeps the browser's own behaviour: the image opens in a new tab.
    expect(click(thumbs[0]!, { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(dialog.open).toBe(false);
  });

  it('copies the article link and says so in the status region', async () => {
    const wrapper = await mountSuspended(ShareLinks, { props: { url: 'https://lienhiephoi.example/tin-tuc/bai', title: 'Bài' }, attachTo: document.body });
    const root = wrapper.element as HTMLElement;
    click([...root.querySelectorAll('button')].find((button) => button.textContent === 'Sao chép liên kết')!);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(window.navigator.clipboard.readText()).resolves.toBe('https://lienhiephoi.example/tin-tuc/bai');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Đã sao chép liên kết');
  });

  it('closes an open menu on Esc with focus back on its toggle, and the categories on a click elsewhere', async () => {
    const wrapper = await mountSuspended(SiteNav, { props: { categories: [{ name: 'Tin hoạt động', slug: 'tin-hoat-dong' }] }, attachTo: document.body });
    const root = wrapper.element as HTMLElement;
    const more = root.querySelector('[aria-label="Chuyên mục tin tức"]')!.closest<HTMLDetailsElement>('details')!;
    const menu = root.querySelector<HTMLDetailsElement>('details.site-nav__menu')!;
    menu.open = true;
    more.open = true;
    key(more.querySelector('a'), 'Escape');
    expect([menu.open, more.open, document.activeElement === more.querySelector('summary')]).toEqual([true, false, true]);
    key(menu.querySelector('a'), 'Escape');
    expect(menu.open).toBe(false);
    more.open = true;
    click(root.querySelector('a[href="/lien-he"]'));
    expect(more.open).toBe(false);
  });

  it('on narrow screens, where the sub-lists lie unfolded without their toggles, closes the whole menu on Esc and focuses "Danh mục"', async () => {
    const wrapper = await mountSuspended(SiteNav, { props: { categories: [{ name: 'Tin hoạt động', slug: 'tin-hoat-dong' }] }, attachTo: document.body });
    const root = wrapper.element as HTMLElement;
    // What the narrow-screen stylesheet does (main.css): the sub-lists' toggles are not displayed.
    for (const toggle of root.querySelectorAll<HTMLElement>('.site-nav__more-toggle')) toggle.style.display = 'none';
    const menu = root.querySelector<HTMLDetailsElement>('details.site-nav__menu')!;
    const about = root.querySelector('[aria-label="Các trang giới thiệu"]')!.closest<HTMLDetailsElement>('details')!;
    menu.open = true;
    about.open = true; // left open from a wider window
    const link = about.querySelector<HTMLAnchorElement>('a[href="/so-do-to-chuc"]')!;
    link.focus();
    key(link, 'Escape');
    expect([menu.open, document.activeElement === menu.querySelector(':scope > summary')]).toEqual([false, true]);
  });

  it('closes an open sub-list on Esc even when focus is elsewhere on the page, leaving focus where it is', async () => {
    const wrapper = await mountSuspended(SiteNav, { props: { categories: [{ name: 'Tin hoạt động', slug: 'tin-hoat-dong' }] }, attachTo: document.body });
    const root = wrapper.element as HTMLElement;
    const about = root.querySelector('[aria-label="Các trang giới thiệu"]')!.closest<HTMLDetailsElement>('details')!;
    about.open = true;
    key(document.body, 'Escape');
    expect([about.open, document.activeElement === document.body]).toEqual([false, true]);
  });

  it('lists the organisation chart and the functions page under "Giới thiệu"', async () => {
    const wrapper = await mountSuspended(SiteNav, { props: { categories: [] } });
    const about = wrapper.find('[aria-label="Các trang giới thiệu"]');
    expect(about.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([['Sơ đồ tổ chức', '/so-do-to-chuc'], ['Chức năng, nhiệm vụ', '/chuc-nang-nhiem-vu']]);
  });
});
