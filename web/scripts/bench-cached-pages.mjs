#!/usr/bin/env node
/**
 * Cached pages beside a bare node:http server sending the same bytes, in the same run.
 *
 *   node scripts/bench-cached-pages.mjs http://127.0.0.1:3000 / /tin-tuc [--connections 50] [--seconds 10] [--encoding gzip]
 *
 * For each path: one request warms the page cache and records the exact answer (status, headers,
 * body bytes as sent for the Accept-Encoding asked); autocannon then loads the site, and a bare
 * node:http server in its own process sending those bytes, with the same connections and headers.
 * Prints req/s, p50/p99 latency, errors and the site's share of the bare server's throughput.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import autocannon from 'autocannon';

const BARE_SERVER = 'bare-server';

if (process.argv[2] === BARE_SERVER) {
  // The child: answers every request with the recorded bytes.
  process.once('message', ({ status, headers, body }) => {
    const bytes = Buffer.from(body, 'base64');
    const server = http.createServer((_request, response) => {
      response.writeHead(status, headers);
      response.end(bytes);
    });
    server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
  });
} else {
  await main();
}

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

function record(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const kept = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)));
        resolve({ status: response.statusCode, headers: kept, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

async function load(url, headers, connections, seconds) {
  const result = await autocannon({ url, headers, connections, duration: seconds, pipelining: 1 });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts, bytes: result.throughput.average };
}

async function startBareServer(answer) {
  const child = fork(new URL(import.meta.url).pathname, [BARE_SERVER], { stdio: 'inherit' });
  child.send({ status: answer.status, headers: answer.headers, body: answer.body.toString('base64') });
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function main() {
  const base = process.argv[2];
  const paths = process.argv.slice(3).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const connections = Number(option('connections', '50'));
  const seconds = Number(option('seconds', '10'));
  const encoding = option('encoding', 'gzip, br');
  const headers = { 'accept-encoding': encoding, accept: 'text/html' };
  const rows = [];
  for (const path of paths) {
    await record(`${base}${path}`, headers); // the miss: render and store
    const answer = await record(`${base}${path}`, headers);
    const bare = await startBareServer(answer);
    try {
      const site = await load(`${base}${path}`, headers, connections, seconds);
      const node = await load(`${bare.url}${path}`, headers, connections, seconds);
      rows.push({
        path,
        bytes: answer.body.length,
        encoding: answer.headers['content-encoding'] ?? 'identity',
        'site req/s': Math.round(site.rps),
        'site p50 ms': site.p50,
        'site p99 ms': site.p99,
        'site errors': site.errors,
        'bare req/s': Math.round(node.rps),
        'bare p99 ms': node.p99,
        'site/bare': `${((site.rps / node.rps) * 100).toFixed(1)} %`,
      });
    } finally {
      bare.stop();
    }
  }
  console.log(`${connections} connections, ${seconds} s each, Accept-Encoding: ${encoding}`);
  console.table(rows);
}
