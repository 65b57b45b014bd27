/**
 * A draft preview (pages/xem-truoc.vue) in the admin's preview panel: when the editor saves, Strapi
 * posts `{ type: 'strapiUpdate' }` to the frame, and the page reloads to show the saved draft (the
 * link's token still valid). Only messages from the CMS's origin (the bar's data-preview-cms-origin) count.
 */
export function installPreviewRefresh(document: Document): void {
  const bar = document.querySelector<HTMLElement>('[data-preview-cms-origin]');
  const window = document.defaultView;
  const cmsOrigin = bar?.dataset.previewCmsOrigin;
  if (!window || !cmsOrigin) return;
  window.addEventListener('message', (event) => {
    const type = (event.data as { type?: unknown } | null)?.type;
    if (event.origin === cmsOrigin && type === 'strapiUpdate') window.location.reload();
  });
}
