import type { IncomingMessage } from 'node:http';
import { GraphqlRefusal } from './refusal';

export const bodyTooLarge = (maxBytes: number) =>
  new GraphqlRefusal(
    'BODY_SIZE_LIMIT',
    `Yêu cầu GraphQL quá lớn (tối đa ${Math.floor(maxBytes / 1024)} KB). The GraphQL request is too large (at most ${Math.floor(maxBytes / 1024)} KB).`,
    413,
  );

/**
 * Reads a request body as text, refusing (413) as soon as it grows past `maxBytes`; the rest of an
 * oversized body is drained, not buffered, so the answer still reaches the client.
 */
export function readBodyWithLimit(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    return Promise.reject(bodyTooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        cleanUp();
        request.resume();
        reject(bodyTooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}
