import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as generated from '../../shared/graphql/generated/graphql';
import manifest from '../../shared/graphql/generated/persisted-documents.json';
import { hashOnlyBody, persistedHashOf } from '../../shared/utils/persisted-operation';

const operations = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as Array<[string, { toString(): string; __meta__?: Record<string, unknown> }]>;

describe('the site’s persisted operations', () => {
  it('every operation carries a hash that the manifest the CMS registers knows, as the SHA-256 of its text', () => {
    expect(operations.length).toBeGreaterThan(10);
    const entries = manifest as Record<string, string>;
    for (const [name, document] of operations) {
      const hash = persistedHashOf(document.__meta__);
      expect(hash, name).toMatch(/^[0-9a-f]{64}$/);
      const text = entries[`sha256:${hash}`];
      expect(text, name).toBeDefined();
      expect(createHash('sha256').update(text!).digest('hex')).toBe(hash);
    }
  });

  it('sends the hash in place of the query text, keeping the variables and operation name', () => {
    const body = JSON.stringify({ operationName: 'NewsList', variables: { page: 2 }, query: 'query NewsList { articles { slug } }' });
    expect(JSON.parse(hashOnlyBody(body, 'ab'.repeat(32)))).toEqual({
      operationName: 'NewsList',
      variables: { page: 2 },
      extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
    });
  });
});
