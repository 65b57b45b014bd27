export type RestRefusalCode =
  | 'POPULATE_DEPTH_LIMIT'
  | 'POPULATE_RELATIONS_LIMIT'
  | 'POPULATE_WILDCARD'
  | 'FILTER_NESTING_LIMIT'
  | 'PAGE_SIZE_LIMIT'
  | 'QUERY_STRING_LIMIT'
  | 'INVALID_FILTER_VALUE'
  | 'SORT_LIMIT'
  | 'SORT_FIELD';

/** A refused REST request, answered in Strapi's REST error shape `{ data: null, error: { status, name, message, details } }`. */
export class RestRefusal extends Error {
  constructor(
    readonly code: RestRefusalCode,
    message: string,
    readonly status: 400 | 414 = 400,
  ) {
    super(message);
  }

  toResponseBody() {
    return {
      data: null,
      error: { status: this.status, name: this.status === 414 ? 'UriTooLongError' : 'ValidationError', message: this.message, details: { code: this.code } },
    };
  }
}
