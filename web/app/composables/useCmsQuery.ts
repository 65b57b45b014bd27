import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { WatchSource } from 'vue';

/**
 * Runs one GraphQL query through the app's Apollo client inside useAsyncData (stable key, data
 * handed to the browser in the payload). When the CMS cannot be reached, the page fails with a
 * friendly 503 instead of a stack trace; when the CMS refuses the query as asked (the URL's fault),
 * with a 400.
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
      try {
        const { data } = await $apollo.query({ query: document, variables: variables() });
        if (!data) throw new Error('empty GraphQL response');
        return data as TData;
      } catch (failure) {
        if (cmsFailureKind(describeApolloFailure(failure)) === 'client') {
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

/** What Apollo Client 4 says about a failed query: GraphQL errors (HTTP 200) or a non-2xx answer (with its body). */
function describeApolloFailure(failure: unknown): CmsFailure {
  if (CombinedGraphQLErrors.is(failure)) return { graphqlErrorCodes: failure.errors.map((error) => error.extensions?.code) };
  if (ServerError.is(failure)) return { httpStatus: failure.statusCode, graphqlErrorCodes: graphqlErrorCodes(failure.bodyText) };
  return {};
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
