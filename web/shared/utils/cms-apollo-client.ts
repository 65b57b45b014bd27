import { ApolloClient, HttpLink, InMemoryCache, type OperationVariables } from '@apollo/client/core';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { parse, type DocumentNode } from 'graphql';
import { graphqlErrorCodes, type CmsFailure } from './cms-failure';
import { CmsRequestError, type CmsGraphqlError } from './cms-graphql-request';
import { cmsFetch, persistedHashOf } from './persisted-operation';

/** Operations are static strings (codegen's documentMode: 'string'): each is parsed once per process. */
const parsedDocuments = new Map<string, DocumentNode>();
function documentNode(text: string): DocumentNode {
  let node = parsedDocuments.get(text);
  if (!node) {
    node = parse(text);
    parsedDocuments.set(text, node);
  }
  return node;
}

/**
 * The site's one GraphQL client. A new client and cache for every query, and `no-cache` reads: on the
 * server nothing can leak from one visitor's render into another's, and in the browser the page's data
 * already came in the Nuxt payload, so a client cache would only hold the same data twice.
 */
function createClient(uri: string, headers: Record<string, string>, persistedHash: string | undefined): ApolloClient {
  return new ApolloClient({
    // The operation's hash in place of its text (persisted-operation.ts); a CMS that hangs must not
    // hang the page: the request gives up after CMS_TIMEOUT_MS (the page then shows the 503).
    link: new HttpLink({ uri, headers, fetch: cmsFetch(persistedHash) }),
    cache: new InMemoryCache(),
    ssrMode: !('document' in globalThis),
  });
}

function errorsOf(errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>): CmsGraphqlError[] {
  return errors.map((error) => ({ message: error.message, extensions: error.extensions }));
}

function bodyErrors(bodyText: string): CmsGraphqlError[] {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) ? errorsOf(body.errors.filter((error): error is CmsGraphqlError => typeof (error as CmsGraphqlError)?.message === 'string')) : [];
  } catch {
    return [];
  }
}

/** What Apollo Client says about a failed query, as the site's CmsRequestError. */
function toCmsRequestError(failure: unknown): CmsRequestError {
  if (CombinedGraphQLErrors.is(failure)) {
    const errors = errorsOf(failure.errors);
    return new CmsRequestError({ graphqlErrorCodes: graphqlErrorCodes({ errors }) }, errors);
  }
  if (ServerError.is(failure)) {
    const errors = bodyErrors(failure.bodyText);
    const answer: CmsFailure = { httpStatus: failure.statusCode, graphqlErrorCodes: graphqlErrorCodes({ errors }) };
    return new CmsRequestError(answer, errors);
  }
  return new CmsRequestError({ httpStatus: null });
}

export async function queryWithApollo<TData, TVariables>(
  endpoint: string,
  text: string,
  variables: TVariables,
  headers: Record<string, string> = {},
  meta?: Record<string, unknown>,
): Promise<TData> {
  try {
    const { data } = await createClient(endpoint, headers, persistedHashOf(meta)).query<TData & Record<string, unknown>, OperationVariables>({
      query: documentNode(text),
      variables: (variables ?? {}) as OperationVariables,
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new CmsRequestError({ graphqlErrorCodes: [] });
    return data as TData;
  } catch (failure) {
    throw failure instanceof CmsRequestError ? failure : toCmsRequestError(failure);
  }
}
