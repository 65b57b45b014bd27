import { GraphQLError } from 'graphql';

/** Stable codes a client can branch on; the message says the same thing in Vietnamese and English. */
export type GraphqlRefusalCode =
  | 'ALIAS_LIMIT'
  | 'COST_LIMIT'
  | 'DEPTH_LIMIT'
  | 'TOKEN_LIMIT'
  | 'DIRECTIVE_LIMIT'
  | 'FILTER_NESTING_LIMIT'
  | 'PAGE_SIZE_LIMIT'
  | 'BODY_SIZE_LIMIT'
  | 'BAD_REQUEST';

export class GraphqlRefusal extends GraphQLError {
  readonly code: GraphqlRefusalCode;
  readonly status: 400 | 413;

  constructor(code: GraphqlRefusalCode, message: string, status: 400 | 413 = 400) {
    super(message, { extensions: { code } });
    this.code = code;
    this.status = status;
  }

  /** The body of the HTTP answer, in the shape Apollo uses for its own errors. */
  toResponseBody() {
    return { errors: [{ message: this.message, extensions: { code: this.code } }] };
  }
}
