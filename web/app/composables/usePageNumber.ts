import type { ComputedRef } from 'vue';
import { PAGE_PARAM } from '#shared/routes';

/**
 * The list page asked for in ?trang=…, 1 when absent. Anything that is not a sane page number
 * (trang=0, trang=abc, trang=2147483648) is a 404 at once, before any call to the CMS.
 */
export function usePageNumber(): ComputedRef<number> {
  const route = useRoute();
  if (parsePageNumber(route.query[PAGE_PARAM]) === null) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found', fatal: true });
  }
  return computed(() => parsePageNumber(route.query[PAGE_PARAM]) ?? 1);
}
