import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';

/** The site's cache is purged by a webhook the CMS keeps configured from its environment. */
type Received = { authorization?: string; body: { event?: string; model?: string } };
let site: Server;
let strapi: Core.Strapi;
const received: Received[] = [];

beforeAll(async () => {
  site = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body: JSON.parse(raw || '{}') });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"purged":1}');
    });
  });
  site.listen(0, '127.0.0.1');
  await once(site, 'listening');
  process.env.WEB_REVALIDATE_URL = `http://127.0.0.1:${(site.address() as AddressInfo).port}/api/revalidate`;
  process.env.REVALIDATE_SECRET = 'bi-mat-kiem-thu';
  strapi = await startStrapi();
});
afterAll(async () => {
  await stopStrapi();
  delete process.env.WEB_REVALIDATE_URL;
  delete process.env.REVALIDATE_SECRET;
  site.close();
});

const waitFor = async (predicate: () => boolean, timeoutMs = 8000) => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return predicate();
};

it('is configured once, however often the CMS starts', async () => {
  const hooks = await strapi.get('webhookStore').findWebhooks();
  const ours = hooks.filter((hook: { url: string }) => hook.url === process.env.WEB_REVALIDATE_URL);
  expect(ours).toHaveLength(1);
  expect(ours[0].events).toEqual(expect.arrayContaining(['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete']));
});

it('calls the site with the shared secret when an editor publishes and unpublishes', async () => {
  const documents = strapi.documents('api::tag.tag');
  const tag = await documents.create({ data: { name: `Thẻ webhook ${Date.now()}` } as never });
  await documents.publish({ documentId: tag.documentId });
  expect(await waitFor(() => received.some((r) => r.body.event === 'entry.publish' && r.body.model === 'tag'))).toBe(true);
  await documents.unpublish({ documentId: tag.documentId });
  expect(await waitFor(() => received.some((r) => r.body.event === 'entry.unpublish'))).toBe(true);
  expect(received.every((r) => r.authorization === 'Bearer bi-mat-kiem-thu')).toBe(true);
  await documents.delete({ documentId: tag.documentId });
});
