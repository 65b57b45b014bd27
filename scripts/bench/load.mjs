// Load runs with autocannon (a maintained load generator from npm), latencies kept per request so
// p50/p95/p99 are exact, and a bare node:http server for comparison.
import { fork } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { webDir } from '../lib.mjs';

const autocannon = createRequire(join(webDir, 'package.json'))('autocannon');

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `connections` clients, each sending its next request when the previous one is answered, for
 * `seconds`. `paths` rotate (so a list of article slugs is walked, not one page repeated).
 * Errors: connection errors, timeouts and every answer that is not 2xx/304; 503s counted apart.
 */
export async function load({ origin, paths, connections, seconds, headers = {}, method = 'GET', body }) {
  const latencies = [];
  let next = 0;
  let unavailable = 0;
  let notModified = 0;
  const requests = [
    {
      method,
      body,
      setupRequest: (request) => {
        const path = paths[next % paths.length];
        next += 1;
        return { ...request, path };
      },
    },
  ];
  const instance = autocannon({ url: origin, connections, duration: seconds, pipelining: 1, timeout: 10, headers, requests });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode === 503) unavailable += 1;
    if (statusCode === 304) notModified += 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    // autocannon counts a 304 as non-2xx; a revalidation answered 304 is what was asked for.
    errors: result.errors + result.timeouts + result.non2xx - notModified,
    unavailable,
    requests: result.requests.total,
  };
}

/** One exact answer (status, headers, body bytes as sent). */
export function record(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const kept = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)));
          resolve({ status: response.statusCode, headers: kept, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

/** A bare node:http server in its own process answering every request with `answer`'s bytes. */
export async function startBareServer(answer) {
  const child = fork(new URL('./bare-server.mjs', import.meta.url).pathname, [], { stdio: 'inherit' });
  child.send({ status: answer.status, headers: answer.headers, body: answer.body.toString('base64') });
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
