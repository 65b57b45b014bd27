import type { GraphqlRequestPayload } from './check-operation';
import { jsonDepth } from '../json-depth';

/** Operations remembered; the oldest is forgotten first. */
const MAX_REMEMBERED = 500;
/**
 * Longer operations (or variables) are checked every time: the site's longest operation is about
 * 1,600 characters, and the memory stays under 500 × 16 KB even when every entry is as long as allowed.
 */
const MAX_REMEMBERED_LENGTH = 8_000;
/** Variables nested deeper are checked every time (and never serialised here: that recurses). */
const MAX_REMEMBERED_DEPTH = 16;

/**
 * Operations the guard has accepted, so that the same operation with the same variables (the site's
 * pages, a partner's polling) is not parsed and weighed again on every request. A verdict depends
 * only on the operation, its variables and the limits, which are fixed for the process. Refusals are
 * never remembered: each is checked again, and answered as before.
 */
export function createAcceptedOperations() {
  const accepted = new Set<string>();
  /** `method`: a GET is also checked for being a query, so its verdict is kept apart from a POST's. */
  const keyOf = (payload: GraphqlRequestPayload, method: string): string | undefined => {
    if (payload.query.length > MAX_REMEMBERED_LENGTH) return undefined;
    if (payload.variables !== undefined && jsonDepth(payload.variables, MAX_REMEMBERED_DEPTH + 1) > MAX_REMEMBERED_DEPTH) return undefined;
    const variables = payload.variables === undefined ? '' : JSON.stringify(payload.variables);
    if (variables.length > MAX_REMEMBERED_LENGTH) return undefined;
    return `${method}\u0000${payload.operationName ?? ''}\u0000${variables}\u0000${payload.query}`;
  };
  return {
    has(payload: GraphqlRequestPayload, method: string): boolean {
      const key = keyOf(payload, method);
      return key !== undefined && accepted.has(key);
    },
    remember(payload: GraphqlRequestPayload, method: string): void {
      const key = keyOf(payload, method);
      if (key === undefined || accepted.has(key)) return;
      if (accepted.size >= MAX_REMEMBERED) accepted.delete(accepted.values().next().value as string);
      accepted.add(key);
    },
  };
}
