/**
 * The main menu (components/layout/SiteNav.vue) is made of <details>, which open and close without
 * any script. Added here: Esc closes the innermost open menu and puts focus back on its toggle (never
 * leaving it on a link that just disappeared), and a click outside closes an open sub-list ("Giới
 * thiệu", the news categories: they cover the page like a dropdown).
 */
export function installSiteNavKeys(document: Document): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const target = event.target as Element | null;
    const focusInside = target?.closest?.('.site-nav') != null;
    const menu = focusInside ? closableMenuAround(target!) : [...document.querySelectorAll<HTMLDetailsElement>('.site-nav details[open]')].reverse().find(hasShownToggle);
    if (!menu) return;
    menu.open = false;
    if (focusInside) toggleOf(menu)?.focus();
  });
  document.addEventListener('click', (event) => {
    for (const menu of document.querySelectorAll<HTMLDetailsElement>('.site-nav__more[open]')) {
      if (!menu.contains(event.target as Node)) menu.open = false;
    }
  });
}

/**
 * The open menu around `element` that Esc closes: the innermost one whose toggle is shown. On narrow
 * screens the sub-lists lie unfolded inside "Danh mục" with their toggles hidden, so Esc there closes
 * "Danh mục" itself and focus goes back to its button.
 */
function closableMenuAround(element: Element): HTMLDetailsElement | undefined {
  let menu = element.closest<HTMLDetailsElement>('.site-nav details[open]');
  while (menu && !hasShownToggle(menu)) menu = menu.parentElement?.closest<HTMLDetailsElement>('.site-nav details[open]') ?? null;
  return menu ?? undefined;
}

function toggleOf(menu: HTMLDetailsElement): HTMLElement | null {
  return menu.querySelector<HTMLElement>(':scope > summary');
}

function hasShownToggle(menu: HTMLDetailsElement): boolean {
  const toggle = toggleOf(menu);
  const view = menu.ownerDocument.defaultView;
  return toggle !== null && (!view || view.getComputedStyle(toggle).display !== 'none');
}
