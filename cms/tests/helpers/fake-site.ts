import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A call of the revalidation webhook, as the CMS sends it to the site. */
export type WebhookCall = { event?: string; model?: string; entry?: { documentId?: string } };

export type FakeSite = { calls: WebhookCall[]; stop: () => void };

/**
 * A stand-in for the site's `/api/revalidate` on a free loopback port, recording every webhook call
 * the CMS makes; the CMS started after it (WEB_REVALIDATE_URL, REVALIDATE_SECRET set here) calls it.
 */
export async function startFakeSite(secret: string): Promise<FakeSite> {
  const calls: WebhookCall[] = [];
  const site = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      calls.push(JSON.parse(raw || '{}'));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"purged":1}');
    });
  });
  site.listen(0, '127.0.0.1');
  await once(site, 'listening');
  process.env.WEB_REVALIDATE_URL = `http://127.0.0.1:${(site.address() as AddressInfo).port}/api/revalidate`;
  process.env.REVALIDATE_SECRET = secret;
  return {
    calls,
    stop: () => {
      delete process.env.WEB_REVALIDATE_URL;
      delete process.env.REVALIDATE_SECRET;
      site.close();
    },
  };
}
