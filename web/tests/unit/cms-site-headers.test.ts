// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestCmsGraphql, siteServerHeaders } from '#shared/utils/cms-graphql-request';

/** A stand-in GraphQL endpoint over real HTTP that records the headers of each request it gets. */
let server: Server;
let endpoint: string;
const received: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(req.headers);
    req.resume();
    req.on('end', () => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ data: { articles: [] } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the site's server calls to the CMS", () => {
  it('carry the shared secret, so the CMS does not count them against its rate limits', async () => {
    await requestCmsGraphql(endpoint, '{ articles { slug } }', {}, siteServerHeaders('bi-mat-chung'));
    expect(received.at(-1)?.['x-site-secret']).toBe('bi-mat-chung');
  });

  it('send no secret header when none is configured, nor by default', async () => {
    expect(siteServerHeaders('')).toEqual({});
    expect(siteServerHeaders(undefined)).toEqual({});
    await requestCmsGraphql(endpoint, '{ articles { slug } }', {});
    expect(received.at(-1)?.['x-site-secret']).toBeUndefined();
  });
});
