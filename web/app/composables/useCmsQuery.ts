import type { PreviewRead } from '#shared/utils/preview-token';
import type { WatchSource } from 'vue';
import type { TypedDocumentString } from '#shared/graphql/generated/graphql';

/**
 * Runs one GraphQL query through the app's client (plugins/cms-graphql.ts) inside useAsyncData (stable key; only
 * `nuxt dev` hands the data to a browser client, built pages ship none). When the CMS cannot be reached, the page fails with a
 * friendly 503 instead of a stack trace; when the CMS refuses the query as asked (the URL's fault),
 * with a 400. `preview`: the query reads a previewed draft (app/pages/xem-truoc.vue) with the link's token.
 */
export async function useCmsQuery<TData, TVariables extends Record<string, unknown>>(
  key: string | (() => string),
  document: TypedDocumentString<TData, TVariables>,
  variables: () => TVariables,
  options: { watch?: WatchSource[]; shared?: boolean; preview?: PreviewRead } = {},
) {
  const { $cmsQuery } = useNuxtApp();
  const result = await useAsyncData(
    typeof key === 'function' ? key : () => key,
    async () => {
      try {
        return await $cmsQuery(document, variables(), { shared: options.shared, previewToken: options.preview?.token });
      } catch (failure) {
        if (failure instanceof CmsRequestError && cmsFailureKind(failure.failure) === 'client') {
          throw createError({ statusCode: 400, statusMessage: 'Bad request', fatal: true });
        }
        throw failure;
      }
    },
    { watch: options.watch },
  );
  if (result.error.value) {
    if (result.error.value.statusCode === 400) throw createError({ statusCode: 400, statusMessage: 'Bad request', fatal: true });
    throw createError({ statusCode: 503, statusMessage: 'CMS unavailable', fatal: true });
  }
  return result as typeof result & { data: Ref<TData> };
}

/** Fails the page with a real 404 when the thing asked for does not exist (or is not published). */
export function notFoundUnless<T>(value: T | null | undefined): asserts value is T {
  if (value === null || value === undefined) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found', fatal: true });
  }
}

/** ?trang=N past the last page is a page that does not exist: 404, not an empty list. */
export function notFoundBeyondLastPage(page: number, pageCount: number | undefined): void {
  if (page > 1 && page > (pageCount ?? 0)) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found', fatal: true });
  }
}

/**
 * "Now", rounded down to the hour, so queries that depend on it (upcoming events) keep one cache key
 * for an hour (and, under `nuxt dev`, hydrate without a second fetch).
 */
export function useCurrentHour(): string {
  return useState('current-hour', () => new Date(Math.floor(Date.now() / 3600000) * 3600000).toISOString()).value;
}
