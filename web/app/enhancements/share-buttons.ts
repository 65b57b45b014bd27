/**
 * The article's share row (components/article/ShareLinks.vue): `[data-copy-link="URL"]` copies the
 * link (a prompt to copy it by hand where the clipboard is refused) and says so in the row's
 * role="status" region; `[data-print]` opens the print dialog (the print stylesheet does the rest).
 */
export function installShareButtons(document: Document): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-copy-link], [data-print]');
    if (!button) return;
    const window = document.defaultView;
    if (!window) return;
    if (button.dataset.print !== undefined) {
      window.print();
      return;
    }
    const url = button.dataset.copyLink ?? window.location.href;
    const status = button.closest('.share-links')?.querySelector('[role="status"]');
    window.navigator.clipboard.writeText(url).then(
      () => {
        if (!status) return;
        status.textContent = 'Đã sao chép liên kết';
        window.setTimeout(() => (status.textContent = ''), 3000);
      },
      () => window.prompt('Sao chép liên kết:', url),
    );
  });
}
