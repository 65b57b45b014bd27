/**
 * The home banner (components/home/FeaturedSlider.vue): `[data-slider]` holds `[data-slide]` articles,
 * all but one `hidden`; `[data-slider-step="±1"]` moves, `[data-slider-go="i"]` (the dots) jumps.
 * No autoplay (WCAG 2.2.2). The dot of the slide shown has aria-current="true".
 */
export function installFeaturedSlider(document: Document): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-slider-step], [data-slider-go]');
    const slider = button?.closest<HTMLElement>('[data-slider]');
    if (!button || !slider) return;
    const slides = [...slider.querySelectorAll<HTMLElement>('[data-slide]')];
    if (slides.length === 0) return;
    const current = Math.max(0, slides.findIndex((slide) => !slide.hidden));
    const target = button.dataset.sliderGo !== undefined ? Number(button.dataset.sliderGo) : current + Number(button.dataset.sliderStep);
    showSlide(slider, (target + slides.length) % slides.length);
  });
}

export function showSlide(slider: HTMLElement, index: number): void {
  slider.querySelectorAll<HTMLElement>('[data-slide]').forEach((slide, i) => {
    slide.hidden = i !== index;
    slide.classList.toggle('featured__slide--active', i === index);
  });
  slider.querySelectorAll<HTMLElement>('[data-slider-go]').forEach((dot) => {
    if (Number(dot.dataset.sliderGo) === index) dot.setAttribute('aria-current', 'true');
    else dot.removeAttribute('aria-current');
  });
}
