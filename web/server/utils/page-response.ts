import type { ServerResponse } from 'node:http';
import type { CachedPage, ContentEncoding, RenderedAnswer } from './page-cache';

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3): brotli, then gzip, when
 * accepted with a q-value above 0 (directly or through "*"); identity otherwise.
 */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding {
  if (!acceptEncoding) return 'identity';
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    quality.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepted = (encoding: string) => (quality.get(encoding) ?? quality.get('*') ?? 0) > 0;
  if (accepted('br')) return 'br';
  if (accepted('gzip')) return 'gzip';
  return 'identity';
}

/** If-None-Match (weak comparison, RFC 9110 §13.1.2): does it name this ETag, or "*"? */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Writes a stored page: 304 when the visitor has it, else the body in the best encoding it accepts. */
export function writeCachedPage(response: ServerResponse, page: CachedPage, request: { method?: string; acceptEncoding?: string; ifNoneMatch?: string }): void {
  const encoding = preferredEncoding(request.acceptEncoding);
  const variant = page.variants[encoding] ?? page.variants.identity!;
  if (matchesEtag(request.ifNoneMatch, page.etag)) {
    const { 'content-length': _length, 'content-encoding': _encoding, ...headers } = variant.headers;
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, variant.headers);
  response.end(request.method === 'HEAD' ? undefined : variant.body);
}

/** Writes an answer that was not stored (an error page, a private page) as it was rendered. */
export function writeRenderedAnswer(response: ServerResponse, answer: RenderedAnswer, method: string | undefined): void {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (!['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'set-cookie'].includes(name)) headers[name] = value;
  }
  headers['content-length'] = String(answer.body.length);
  response.writeHead(answer.status, headers);
  response.end(method === 'HEAD' ? undefined : answer.body);
}
