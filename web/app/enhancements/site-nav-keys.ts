/**
 * The main menu (components/layout/SiteNav.vue) is made of <details>, which open and close without
 * any script. Added here: Esc closes the innermost open menu and puts focus back on its toggle, and a
 * click outside closes an open category list (it covers the page like a dropdown).
 */
export function installSiteNavKeys(document: Document): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const menu = (event.target as Element | null)?.closest?.<HTMLDetailsElement>('.site-nav details[open]');
    if (!menu) return;
    menu.open = false;
    menu.querySelector<HTMLElement>(':scope > summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    for (const menu of document.querySelectorAll<HTMLDetailsElement>('.site-nav__more[open]')) {
      if (!menu.contains(event.target as Node)) menu.open = false;
    }
  });
}
