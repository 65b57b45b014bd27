/**
 * The visitor counter's browser side (components/layout/VisitorCounter.vue): one beacon per page
 * view to the site's /api/visits (never for a reload, a prerender or a draft preview; the CMS leaves out bots and
 * counts each visitor once a day; the article read, when the page is one), then the four figures
 * from the same address into `[data-visit-figure]`. Only browsers that run this script are counted.
 */
type Figures = Record<string, unknown>;

export function installVisitCounter(document: Document): void {
  const counter = document.querySelector<HTMLElement>('[data-visit-counter]');
  const window = document.defaultView;
  if (!counter || !window || typeof window.fetch !== 'function') return;
  const endpoint = counter.dataset.visitCounter || '/api/visits';

  const show = () =>
    window
      .fetch(endpoint, { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<Figures>) : null))
      .then((figures) => {
        if (!figures) return;
        for (const element of counter.querySelectorAll<HTMLElement>('[data-visit-figure]')) {
          const value = figures[element.dataset.visitFigure ?? ''];
          if (typeof value === 'number') element.textContent = value.toLocaleString('vi-VN');
        }
      })
      .catch(() => undefined);

  const navigation = window.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  const prerendering = (document as Document & { prerendering?: boolean }).prerendering === true;
  // An editor's draft preview (pages/xem-truoc.vue) is no visit.
  const preview = document.querySelector('[data-preview-cms-origin]') !== null;
  if (navigation?.type === 'reload' || prerendering || preview) {
    void show();
    return;
  }
  const article = document.querySelector<HTMLElement>('[data-article-id]')?.dataset.articleId;
  window
    .fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article ? { article } : {}), keepalive: true })
    .catch(() => undefined)
    .finally(() => void show());
}
