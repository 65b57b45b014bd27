import { LRUCache } from 'lru-cache';
import sharp, { type Metadata } from 'sharp';
import type { FocalPoint } from '#shared/utils/focal-point';
import { focalCrop, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '#shared/utils/share-image';

/** Originals larger than this are refused (the CMS accepts uploads up to UPLOAD_SIZE_LIMIT, 20 MB by default). */
export const SHARE_SOURCE_MAX_BYTES = 25 * 1024 * 1024;
/** …and so are images of more pixels than this (a small file can hold a huge image). */
export const SHARE_SOURCE_MAX_PIXELS = 40_000_000;
const FETCH_TIMEOUT_MS = 10_000;

export class ShareImageError extends Error {
  constructor(
    readonly statusCode: 404 | 413 | 415 | 502,
    message: string,
  ) {
    super(message);
  }
}

/** The original's bytes, from the CMS's own uploads folder, refused past SHARE_SOURCE_MAX_BYTES. */
export async function fetchUpload(cmsUrl: string, fileName: string, version?: string): Promise<Buffer> {
  const url = `${cmsUrl.replace(/\/$/, '')}/uploads/${encodeURIComponent(fileName)}${version ? `?v=${version}` : ''}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
  } catch {
    throw new ShareImageError(502, 'Không tải được ảnh gốc. The original image could not be fetched.');
  }
  if (response.status === 404) throw new ShareImageError(404, 'Không có ảnh này. No such image.');
  if (!response.ok || !response.body) throw new ShareImageError(502, 'Không tải được ảnh gốc. The original image could not be fetched.');
  if (Number(response.headers.get('content-length') ?? 0) > SHARE_SOURCE_MAX_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > SHARE_SOURCE_MAX_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(): ShareImageError {
  return new ShareImageError(413, 'Ảnh gốc quá lớn để cắt. The original image is too large to crop.');
}

/** The original cropped to 1200 × 630 around `focalPoint` (after its EXIF rotation), as a JPEG. */
export async function cropShareImage(original: Buffer, focalPoint: FocalPoint): Promise<Buffer> {
  let metadata: Metadata;
  try {
    // The header only: the pixel count is checked below, with its own answer.
    metadata = await sharp(original, { limitInputPixels: false }).metadata();
  } catch {
    throw new ShareImageError(415, 'Tệp không phải ảnh đọc được. The file is not a readable image.');
  }
  if (!metadata.width || !metadata.height) throw new ShareImageError(415, 'Tệp không phải ảnh đọc được. The file is not a readable image.');
  if (metadata.width * metadata.height > SHARE_SOURCE_MAX_PIXELS) throw tooLarge();
  const rotated = (metadata.orientation ?? 1) >= 5;
  const width = rotated ? metadata.height : metadata.width;
  const height = rotated ? metadata.width : metadata.height;
  try {
    return await sharp(original, { limitInputPixels: SHARE_SOURCE_MAX_PIXELS })
      .rotate()
      .extract(focalCrop(width, height, focalPoint))
      .resize(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, { fit: 'fill' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, progressive: true })
      .toBuffer();
  } catch {
    throw new ShareImageError(415, 'Tệp không phải ảnh đọc được. The file is not a readable image.');
  }
}

/** Recent crops (a share image is asked for by a few crawlers, then rarely): ~8 MB, one crop at a time per URL. */
const crops = new LRUCache<string, Buffer>({ maxSize: 8 * 1024 * 1024, sizeCalculation: (crop) => crop.byteLength });
const cropping = new Map<string, Promise<Buffer>>();

/** The crop for `key`, made once even when asked for by several requests at once. */
export function sharedCrop(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const stored = crops.get(key);
  if (stored) return Promise.resolve(stored);
  let running = cropping.get(key);
  if (!running) {
    running = make()
      .then((crop) => {
        crops.set(key, crop);
        return crop;
      })
      .finally(() => cropping.delete(key));
    cropping.set(key, running);
  }
  return running;
}
