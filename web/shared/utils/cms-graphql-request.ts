import { graphqlErrorCodes, type CmsFailure } from './cms-failure';

/** A GraphQL error as the CMS sends it. */
export type CmsGraphqlError = { message: string; extensions?: { code?: unknown } };

/** The CMS did not answer a GraphQL request with data: what it said (for cmsFailureKind) and its errors. */
export class CmsRequestError extends Error {
  constructor(
    readonly failure: CmsFailure,
    readonly errors: CmsGraphqlError[] = [],
  ) {
    super(errors[0]?.message ?? `CMS request failed (${failure.httpStatus ?? 'no answer'})`);
  }
}

/** How long a page or feed waits for the CMS: a CMS that hangs must not hang the site (it answers 503). */
const CMS_TIMEOUT_MS = 10_000;

/**
 * One GraphQL operation, sent as text (`document` is the generated operation, a String) to
 * `endpoint`. Resolves with its data; rejects with a CmsRequestError when the CMS refuses, fails,
 * answers with errors or does not answer within 10 s.
 */
export async function requestCmsGraphql<TData, TVariables>(endpoint: string, document: { toString(): string }, variables: TVariables): Promise<TData> {
  let response: { data?: TData | null; errors?: CmsGraphqlError[] };
  try {
    response = await $fetch(endpoint, { method: 'POST', body: { query: document.toString(), variables }, timeout: CMS_TIMEOUT_MS });
  } catch (error) {
    // ofetch's FetchError carries the CMS's answer: its status and parsed body.
    const answer = error as { statusCode?: number; data?: unknown };
    throw new CmsRequestError({ httpStatus: answer.statusCode ?? null, graphqlErrorCodes: graphqlErrorCodes(answer.data) }, errorsIn(answer.data));
  }
  if (response.errors?.length || !response.data) throw new CmsRequestError({ graphqlErrorCodes: graphqlErrorCodes(response) }, errorsIn(response));
  return response.data;
}

function errorsIn(body: unknown): CmsGraphqlError[] {
  const errors = body && typeof body === 'object' && 'errors' in body ? (body as { errors: unknown }).errors : null;
  return Array.isArray(errors) ? errors.filter((error): error is CmsGraphqlError => !!error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') : [];
}
