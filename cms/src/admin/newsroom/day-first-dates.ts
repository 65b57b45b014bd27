/**
 * Dates day first in the admin panel's English mode too: Strapi formats them with the interface
 * language ("en" → 03/10/2023 for 10 March, which a Vietnamese editor reads as 3 October), so "en"
 * and "en-US" are formatted as British English (10/03/2023, 24-hour time). Vietnamese is day first
 * already. Applied once, before the panel renders, to the panel's page only (the site is not
 * affected); the date pickers read and parse with the same formatter, so typing stays consistent.
 */
const DAY_FIRST_ENGLISH = 'en-GB';

function dayFirst(locales: string | readonly string[] | undefined): string | string[] | undefined {
  const swap = (locale: string) => (locale === 'en' || locale === 'en-US' ? DAY_FIRST_ENGLISH : locale);
  if (typeof locales === 'string') return swap(locales);
  return Array.isArray(locales) ? locales.map(swap) : (locales as undefined);
}

export function formatEnglishDatesDayFirst(): void {
  const Native = Intl.DateTimeFormat;
  if ((Native as { dayFirst?: boolean }).dayFirst) return;
  const DayFirst = function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new Native(dayFirst(locales), options);
  } as unknown as typeof Intl.DateTimeFormat & { dayFirst?: boolean };
  Object.defineProperty(DayFirst, 'prototype', { value: Native.prototype });
  DayFirst.supportedLocalesOf = (locales, options) => Native.supportedLocalesOf(dayFirst(locales as string | string[] | undefined) ?? [], options);
  DayFirst.dayFirst = true;
  Intl.DateTimeFormat = DayFirst;
}
