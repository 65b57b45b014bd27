import { createHash } from 'node:crypto';

/** A strong validator of the exact bytes sent: the same body always has the same ETag, any change another. */
export const strongEtag = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/**
 * RFC 9110 §13.1.2: If-None-Match compares weakly (W/"x" matches "x"), `*` matches any current answer.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}
