import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createSafeErrorFormatter, INTERNAL_ERROR_MESSAGE } from '../../src/security/graphql/format-error';

/** What Apollo hands formatError for an error thrown in a resolver: the formatted error and the wrapped original. */
function fromResolver(original: Error): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(original.message, { path: ['articles'], originalError: original });
  return [{ message: original.message, path: ['articles'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: String(original.stack).split('\n') } }, wrapped];
}

describe('GraphQL errors never carry internals', () => {
  const logged: string[] = [];
  const format = createSafeErrorFormatter({ error: (message) => logged.push(message) });

  it('replaces a database error (SQL text, driver code) with a generic message and logs it with an id', () => {
    const knexError = Object.assign(new Error('select "t0".* from "articles" as "t0" where not (not (not ("t0"."title" = $1))) - stack depth limit exceeded'), {
      code: '54001',
      routine: 'check_stack_depth',
    });
    const formatted = format(...fromResolver(knexError));
    expect(formatted.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(JSON.stringify(formatted)).not.toMatch(/select|"t0"|stack|54001|\.ts:|\.js:/i);
    const errorId = formatted.extensions?.errorId as string;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged.some((line) => line.includes(errorId) && line.includes('select "t0"'))).toBe(true);
  });

  it('keeps the message of Strapi errors meant for the client', () => {
    const formatted = format(...fromResolver(new errors.ForbiddenError('Bản nháp không công khai. Drafts are not public.')));
    expect(formatted.message).toBe('Bản nháp không công khai. Drafts are not public.');
    expect(formatted.extensions?.code).toBe('FORBIDDEN');
    const invalid = format(...fromResolver(new errors.ValidationError('Invalid key titel')));
    expect(invalid.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps GraphQL validation errors, without a stack trace', () => {
    const validation = new GraphQLError('Cannot query field "titel" on type "Article".');
    const formatted = format({ message: validation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at validate (node_modules/graphql/validation/validate.js:1:1)'] } }, validation);
    expect(formatted.message).toBe(validation.message);
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
