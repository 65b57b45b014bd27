/**
 * The article gallery (components/article/ImageGallery.vue). Each thumbnail is a link to the full
 * image (what a browser without scripts opens); here it opens the gallery's modal <dialog> instead,
 * on that image. ‹ › buttons and the arrow keys move, Esc and "Đóng" (a method="dialog" form) close,
 * and the browser gives focus back to the thumbnail.
 */
export function installImageLightbox(document: Document): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const thumb = target?.closest?.<HTMLAnchorElement>('a[data-lightbox-index]');
    if (thumb) {
      if (event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0)) return;
      const dialog = thumb.closest('[data-gallery]')?.querySelector('dialog');
      if (!dialog) return;
      event.preventDefault();
      showImage(dialog, Number(thumb.dataset.lightboxIndex));
      if (!dialog.open) dialog.showModal();
      return;
    }
    const step = target?.closest?.<HTMLElement>('[data-lightbox-step]');
    const dialog = step?.closest('dialog');
    if (step && dialog) showImage(dialog, currentImage(dialog) + Number(step.dataset.lightboxStep));
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const dialog = (event.target as Element | null)?.closest?.('[data-gallery] dialog');
    if (dialog instanceof HTMLDialogElement && dialog.open) showImage(dialog, currentImage(dialog) + (event.key === 'ArrowRight' ? 1 : -1));
  });
}

function thumbnails(dialog: HTMLDialogElement): HTMLAnchorElement[] {
  return [...(dialog.closest('[data-gallery]')?.querySelectorAll<HTMLAnchorElement>('a[data-lightbox-index]') ?? [])];
}

function currentImage(dialog: HTMLDialogElement): number {
  return Number(dialog.dataset.current ?? 0);
}

/** Shows image `index` (wrapping around) in the dialog: source, size, alt text, caption and "(n/total)". */
export function showImage(dialog: HTMLDialogElement, index: number): void {
  const thumbs = thumbnails(dialog);
  if (thumbs.length === 0) return;
  const i = (index + thumbs.length) % thumbs.length;
  const thumb = thumbs[i]!;
  const image = dialog.querySelector<HTMLImageElement>('[data-lightbox-image]');
  if (image) {
    image.src = thumb.href;
    image.alt = thumb.querySelector('img')?.alt ?? '';
    for (const side of ['width', 'height'] as const) {
      const value = thumb.dataset[side];
      if (value) image.setAttribute(side, value);
      else image.removeAttribute(side);
    }
  }
  const caption = dialog.querySelector('[data-lightbox-caption]');
  if (caption) caption.textContent = thumb.dataset.caption ?? '';
  const count = dialog.querySelector('[data-lightbox-count]');
  if (count) count.textContent = `${i + 1}/${thumbs.length}`;
  dialog.dataset.current = String(i);
}
