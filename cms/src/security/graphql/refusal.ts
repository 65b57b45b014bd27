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
  | 'CONTENT_TYPE'
  | 'SORT_LIMIT'
  | 'SORT_FIELD'
  | 'INTROSPECTION_LIMIT'
  | 'FIELD_NOT_AVAILABLE'
  | 'BAD_REQUEST'
  | 'METHOD_NOT_ALLOWED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_HASH_MISMATCH';

/** 200 only for PERSISTED_QUERY_NOT_FOUND: Apollo's APQ protocol answers a miss with 200 (clients then resend with the query). */
type RefusalStatus = 200 | 400 | 405 | 413 | 415;

export class GraphqlRefusal extends GraphQLError {
  readonly code: GraphqlRefusalCode;
  readonly status: RefusalStatus;

  constructor(code: GraphqlRefusalCode, message: string, status: RefusalStatus = 400) {
    // `http` is read by Apollo for the answer's status and dropped from the formatted error.
    super(message, { extensions: { code, http: { status } } });
    this.code = code;
    this.status = status;
  }

  /** The body of the HTTP answer, in the shape Apollo uses for its own errors. */
  toResponseBody() {
    return { errors: [{ message: this.message, extensions: { code: this.code } }] };
  }
}
