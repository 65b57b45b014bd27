import { lookup } from 'node:dns';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** A remote file the import could not fetch: reported with the item, never fatal. */
export class FetchRefused extends Error {}

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

/** Loopback, private, link-local (cloud metadata at 169.254.169.254), multicast and reserved addresses, IPv4-mapped ones included. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export const privateHostsAllowed = () => process.env.IMPORT_ALLOW_PRIVATE_HOSTS === 'true';

/**
 * The DNS lookup every import connection uses: the address actually connected to is the one
 * checked, so a name that resolves to a private address (or changes to one between a check and the
 * connection) is refused all the same.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const list = addresses as Array<{ address: string; family: number }>;
    const refused = !privateHostsAllowed() && list.find((entry) => isPrivateAddress(entry.address));
    if (refused) return callback(new FetchRefused(`địa chỉ nội bộ ${refused.address} bị chặn (private address refused)`), '', 4);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

export type FetchLimits = { maxBytes: number; timeoutMs: number; maxRedirects?: number };

/** The URL if it is http(s) and names no private address literally (names are checked on connection). */
export function checkedUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FetchRefused(`URL không hợp lệ "${value.slice(0, 100)}" (invalid URL)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`chỉ nhận URL http/https (only http and https URLs): ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !privateHostsAllowed() && isPrivateAddress(host)) throw new FetchRefused(`địa chỉ nội bộ ${host} bị chặn (private address refused)`);
  if (url.username || url.password) throw new FetchRefused('URL không được chứa tài khoản (no credentials in URLs)');
  return url;
}

/**
 * Downloads an http(s) URL to `file`, at most `maxBytes` (stops and removes the file beyond it), within
 * `timeoutMs` for the whole transfer, following up to 3 redirects, each checked again. Private
 * addresses are refused unless IMPORT_ALLOW_PRIVATE_HOSTS=true. Returns the final URL and size.
 */
export async function downloadTo(value: string, file: string, limits: FetchLimits, redirects = 0): Promise<{ url: string; size: number }> {
  const url = checkedUrl(value);
  const client = url.protocol === 'https:' ? https : http;
  const outcome = await new Promise<{ redirect: string } | { size: number }>((resolve, reject) => {
    const request = client.get(url, { lookup: guardedLookup, timeout: limits.timeoutMs, headers: { 'User-Agent': 'lienhiep-import/1.0', Accept: '*/*' } }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        return resolve({ redirect: new URL(response.headers.location, url).href });
      }
      if (status !== 200) {
        response.resume();
        return reject(new FetchRefused(`máy chủ trả lời ${status} (HTTP ${status})`));
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > limits.maxBytes) {
        response.resume();
        return reject(new FetchRefused(`tệp quá lớn: ${declared} byte (file too large)`));
      }
      let size = 0;
      const out = createWriteStream(file);
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          reject(new FetchRefused(`tệp quá lớn: hơn ${limits.maxBytes} byte (file too large)`));
          out.destroy();
          request.destroy();
        }
      });
      response.on('error', reject);
      response.pipe(out);
      out.on('finish', () => resolve({ size }));
      out.on('error', reject);
    });
    const timedOut = () => {
      reject(new FetchRefused(`quá thời gian ${limits.timeoutMs / 1000} giây (timed out)`));
      request.destroy();
    };
    const timer = setTimeout(timedOut, limits.timeoutMs);
    request.on('close', () => clearTimeout(timer));
    request.on('timeout', timedOut);
    request.on('error', reject);
  }).catch(async (error: unknown) => {
    await unlink(file).catch(() => undefined);
    if (error instanceof FetchRefused) throw error;
    throw new FetchRefused(`không tải được (fetch failed): ${(error as Error).message}`);
  });
  if ('redirect' in outcome) {
    if (redirects >= (limits.maxRedirects ?? 3)) throw new FetchRefused('chuyển hướng quá nhiều lần (too many redirects)');
    return downloadTo(outcome.redirect, file, limits, redirects + 1);
  }
  return { url: url.href, size: outcome.size };
}
