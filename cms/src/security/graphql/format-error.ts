import { randomUUID } from 'node:crypto';
import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { INVALID_FILTER_VALUE_MESSAGE, isDatabaseInputError } from '../database-input-error';

type Logger = { error: (message: string) => void };

/** Apollo's own codes for requests that are the client's fault: their messages name the client's mistake only. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const INTERNAL_ERROR_MESSAGE = 'Lỗi máy chủ. Internal server error.';

/** Strapi's own error classes, as the GraphQL plugin maps them (STRAPI_<NAME> for the rest of ApplicationError). */
function strapiErrorCode(error: Error): string | undefined {
  if (error instanceof errors.ForbiddenError || error instanceof errors.UnauthorizedError) return 'FORBIDDEN';
  if (error instanceof errors.ValidationError) return 'BAD_USER_INPUT';
  if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) {
    return `STRAPI_${error.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
  }
  return undefined;
}

function originalErrorOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Apollo's formatError for the content API: errors the client caused (syntax, validation, bad input,
 * Strapi's forbidden/validation errors, the guard's refusals) keep their message; a value the database
 * cannot compare with its column is a BAD_USER_INPUT without the driver's text; anything else — a
 * database or driver error with SQL in it, a bug with a stack trace — becomes a generic message with an
 * id that is logged on the server with the real error.
 */
export function createSafeErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalErrorOf(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof Error) {
      const strapiCode = strapiErrorCode(original);
      if (strapiCode) {
        const details = original instanceof errors.ApplicationError ? original.details : undefined;
        return { ...base, message: original.message, extensions: { code: strapiCode, error: { name: original.name, message: original.message, details } } };
      }
    }
    if (isDatabaseInputError(original)) {
      return { ...base, message: INVALID_FILTER_VALUE_MESSAGE, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    const isClientError = original instanceof GraphQLError && typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
    const isGraphqlOwnError = original instanceof GraphQLError && original.originalError === undefined && code !== 'INTERNAL_SERVER_ERROR';
    if (isClientError || isGraphqlOwnError) {
      return { ...base, extensions: typeof code === 'string' ? { code } : undefined };
    }
    const errorId = randomUUID();
    const detail = original instanceof Error ? `${original.name}: ${original.message}\n${original.stack ?? ''}` : String(original);
    log.error(`GraphQL internal error ${errorId}: ${detail}`);
    return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}
