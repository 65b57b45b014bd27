import { installFeaturedSlider } from './featured-slider';
import { installImageLightbox } from './image-lightbox';
import { installMarkupToolbar } from './markup-toolbar';
import { installPreviewRefresh } from './preview-refresh';
import { installShareButtons } from './share-buttons';
import { installSiteNavKeys } from './site-nav-keys';
import { installVisitCounter } from './visit-counter';

/**
 * The site's whole browser-side behaviour. Pages are server-rendered HTML without Nuxt's runtime
 * (nuxt.config.ts, features.noScripts): everything works with plain links, forms and <details>; this
 * script only adds what HTML cannot do (slides, the lightbox, copy/print, Esc in menus, the visit beacon and the visitor figures, the submission form's markup buttons, a draft preview's reload when the editor saves). Listeners are
 * delegated from the document, so markup rendered later is handled too. `html.js` reveals the
 * controls marked `.needs-js`, whose room is kept in the layout from the first paint (no shift).
 */
export function installEnhancements(document: Document): void {
  document.documentElement.classList.add('js');
  installFeaturedSlider(document);
  installImageLightbox(document);
  installMarkupToolbar(document);
  installPreviewRefresh(document);
  installShareButtons(document);
  installSiteNavKeys(document);
  installVisitCounter(document);
}
