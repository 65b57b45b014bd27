import { readFocalPoint, type FocalPoint } from './focal-point';
import { routes } from '../routes';

/**
 * The share image (og:image) cropped around the editor's focal point. Social networks show a share
 * image at 1.91:1 and crop whatever else around its centre; the site serves the crop itself
 * (server/routes/anh-chia-se/[slug].get.ts), 1200 × 630, from the original upload.
 *
 * Its path names the upload file (hex, since Strapi's file names keep capitals and the site's paths
 * are lower case), the focal point and the `?v=` version a replaced file gets: a new file, point or
 * version is a new URL, so an answer never changes and is cached for good.
 * `/anh-chia-se/<hex of "anh_a1b2c3.jpg">-35-60[-<version>].jpg`
 */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** An uploaded image's file name (ASCII: written in hex one byte a character) as the CMS stores it under /uploads/ (Strapi: `<slug>_<10 hex><ext>`). */
const UPLOAD_FILE_NAME = /^[A-Za-z0-9_-]{1,150}\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;
const SLUG = /^((?:[0-9a-f]{2}){5,160})-(\d{1,3})-(\d{1,3})(?:-([0-9a-z]{1,16}))?\.jpg$/;

export type ShareImageRequest = { fileName: string; focalPoint: FocalPoint; version?: string };

export type ShareImageSource = { url: string; width?: number | null; height?: number | null; focalPoint?: unknown };

/**
 * The file name and version of an upload URL of the CMS (`/uploads/x.jpg?v=…`, or the same path on
 * one of `origins`: the CMS's and the uploads host's public addresses); null for any other URL.
 */
export function uploadFileOf(url: string, origins: ReadonlyArray<string>): { fileName: string; version?: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return null;
  }
  const relative = parsed.origin === 'http://relative.invalid' && url.startsWith('/');
  const allowedOrigin = origins.some((origin) => {
    try {
      return new URL(origin).origin === parsed.origin;
    } catch {
      return false;
    }
  });
  if (!relative && !allowedOrigin) return null;
  const match = /^\/uploads\/([^/]+)$/.exec(parsed.pathname);
  if (!match || !UPLOAD_FILE_NAME.test(match[1]!)) return null;
  const version = parsed.searchParams.get('v') ?? undefined;
  if (version !== undefined && !/^[0-9a-z]{1,16}$/.test(version)) return null;
  return { fileName: match[1]!, version };
}

/**
 * The path of `image`'s share crop, or null when the image is better shared as it is: no focal
 * point, smaller than 1200 × 630, or not an upload of the CMS.
 */
export function shareImagePath(image: ShareImageSource, origins: ReadonlyArray<string>): string | null {
  const focalPoint = readFocalPoint(image.focalPoint);
  if (!focalPoint || !image.width || !image.height || image.width < SHARE_IMAGE_WIDTH || image.height < SHARE_IMAGE_HEIGHT) return null;
  const file = uploadFileOf(image.url, origins);
  if (!file) return null;
  const hex = [...file.fileName].map((character) => character.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return routes.shareImage(`${hex}-${focalPoint.x}-${focalPoint.y}${file.version ? `-${file.version}` : ''}.jpg`);
}

/** What a share-image path asks for, or null when it is not one the site writes. */
export function parseShareImageSlug(slug: string): ShareImageRequest | null {
  const match = SLUG.exec(slug);
  if (!match) return null;
  const fileName = match[1]!.replace(/../g, (pair) => String.fromCharCode(Number.parseInt(pair, 16)));
  const focalPoint = readFocalPoint({ x: Number(match[2]), y: Number(match[3]) });
  if (!UPLOAD_FILE_NAME.test(fileName) || !focalPoint || focalPoint.x !== Number(match[2]) || focalPoint.y !== Number(match[3])) return null;
  return { fileName, focalPoint, version: match[4] };
}

export type CropRectangle = { left: number; top: number; width: number; height: number };

/**
 * The largest 1200:630 rectangle of a `width` × `height` image centred on the focal point, moved
 * inside the image where the point is near an edge.
 */
export function focalCrop(width: number, height: number, focalPoint: FocalPoint): CropRectangle {
  const ratio = SHARE_IMAGE_WIDTH / SHARE_IMAGE_HEIGHT;
  const cropWidth = Math.max(1, Math.min(width, Math.round(height * ratio)));
  const cropHeight = Math.max(1, Math.min(height, Math.round(cropWidth / ratio)));
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  return {
    left: clamp(Math.round((focalPoint.x / 100) * width - cropWidth / 2), width - cropWidth),
    top: clamp(Math.round((focalPoint.y / 100) * height - cropHeight / 2), height - cropHeight),
    width: cropWidth,
    height: cropHeight,
  };
}
