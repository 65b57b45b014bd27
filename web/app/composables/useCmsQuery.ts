import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { WatchSource } from 'vue';

/**
 * Runs one GraphQL query through the app's Apollo client inside useAsyncData (stable key, data
 * handed to the browser in the payload). When the CMS cannot be reached, the page fails with a
 * friendly 503 instead of a stack trace.
 */
export async function useCmsQuery<TData, TVariables extends Record<string, unknown>>(
  key: string | (() => string),
  document: TypedDocumentNode<TData, TVariables>,
  variables: () => TVariables,
  options: { watch?: WatchSource[] } = {},
) {
  const { $apollo } = useNuxtApp();
  const result = await useAsyncData(
    typeof key === 'function' ? key : () => key,
    async () => {
      const { data } = await $apollo.query({ query: document, variables: variables() });
      if (!data) throw new Error('empty GraphQL response');
      return data as TData;
    },
    { watch: options.watch },
  );
  if (result.error.value) {
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
 * "Now", rounded down to the hour and shared by server and browser through the payload, so queries
 * that depend on it (upcoming events) keep one cache key and hydrate without a second fetch.
 */
export function useCurrentHour(): string {
  return useState('current-hour', () => new Date(Math.floor(Date.now() / 3600000) * 3600000).toISOString()).value;
}
