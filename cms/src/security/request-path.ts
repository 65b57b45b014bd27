/**
 * A request path as the router matches it: case-insensitive, trailing slashes ignored
 * (/GraphQL/ reaches the same route as /graphql), so a guard cannot be walked around by spelling.
 */
export function routePath(path: string): string {
  return path.replace(/\/+$/, '').toLowerCase() || '/';
}
