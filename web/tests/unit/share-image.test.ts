import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#shared/routes';
import { focalCrop, parseShareImageSlug, shareImagePath, uploadFileOf } from '#shared/utils/share-image';
import { cropShareImage, fetchUpload, SHARE_SOURCE_MAX_BYTES, ShareImageError } from '../../server/utils/share-image-crop';

const CMS = 'http://localhost:1337';
const MEDIA = 'https://media.example.vn';
const origins = [CMS, MEDIA];
const big = { width: 2400, height: 1600 };

const RED = [255, 0, 0] as const;
const GREEN = [0, 255, 0] as const;
const BLUE = [0, 0, 255] as const;

/**
 * Three bands, red, green and blue: side by side in a wide image (4800 × 1200), one above the other
 * in a tall one (1200 × 3600). A 1200:630 crop takes the full height of the wide image and the full
 * width of the tall one: which band is at its centre says where it was cut.
 */
async function bands(direction: 'wide' | 'tall'): Promise<Buffer> {
  const [width, height] = direction === 'wide' ? [1600, 1200] : [1200, 1200];
  const band = (colour: readonly [number, number, number]) =>
    sharp({ create: { width, height, channels: 3, background: { r: colour[0], g: colour[1], b: colour[2] } } }).png().toBuffer();
  const [red, green, blue] = await Promise.all([band(RED), band(GREEN), band(BLUE)]);
  const at = (i: number) => (direction === 'wide' ? { left: i * width, top: 0 } : { left: 0, top: i * height });
  return sharp({ create: { width: direction === 'wide' ? 3 * width : width, height: direction === 'wide' ? height : 3 * height, channels: 3, background: '#000' } })
    .composite([red, green, blue].map((input, i) => ({ input, ...at(i) })))
    .jpeg({ quality: 95 })
    .toBuffer();
}

async function centreColour(jpeg: Buffer): Promise<[number, number, number]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

describe('the share image path', () => {
  it('names the upload, the focal point and the version, in lower case, only for a big enough image with a focal point', () => {
    const path = shareImagePath({ url: '/uploads/Hoi_Thao_a1b2c3d4e5.JPG?v=lk3j9', ...big, focalPoint: { x: 12, y: 88 } }, origins);
    expect(path).toMatch(/^\/anh-chia-se\/[0-9a-f]+-10-90-lk3j9\.jpg$/);
    expect(path).toBe(routes.shareImage(path!.split('/').pop()!));
    expect(parseShareImageSlug(path!.split('/').pop()!)).toEqual({ fileName: 'Hoi_Thao_a1b2c3d4e5.JPG', focalPoint: { x: 10, y: 90 }, version: 'lk3j9' });
    expect(shareImagePath({ url: `${MEDIA}/uploads/anh_a1.png`, ...big, focalPoint: { x: 50, y: 0 } }, origins)).toMatch(/-50-0\.jpg$/);

    expect(shareImagePath({ url: '/uploads/anh_a1.jpg', ...big, focalPoint: null }, origins)).toBeNull();
    expect(shareImagePath({ url: '/uploads/anh_a1.jpg', width: 800, height: 600, focalPoint: { x: 10, y: 10 } }, origins)).toBeNull();
    expect(shareImagePath({ url: 'https://elsewhere.example/uploads/anh_a1.jpg', ...big, focalPoint: { x: 10, y: 10 } }, origins)).toBeNull();
  });

  it('reads nothing but upload file names of the CMS from a URL or a path (no other host, no other folder)', () => {
    expect(uploadFileOf('/uploads/anh_a1.webp', origins)).toEqual({ fileName: 'anh_a1.webp', version: undefined });
    for (const url of ['/uploads/../config/.env', '/uploads/a/b.jpg', '/uploads/x.svg', '/other/x.jpg', 'http://127.0.0.1:22/uploads/x.jpg', '//evil.example/uploads/x.jpg', '/uploads/x.jpg?v=../../']) {
      expect(uploadFileOf(url, origins), url).toBeNull();
    }
    for (const slug of ['2e2e2f2e656e762e6a7067-10-10.jpg', '616e685f61312e6a7067-12-10.jpg', '616e685f61312e6a7067-10-105.jpg', 'ANH-10-10.jpg', '616e685f61312e6a7067-10-10.png']) {
      expect(parseShareImageSlug(slug), slug).toBeNull();
    }
  });

  it('crops 1200:630 around the focal point, moved inside the image near an edge', () => {
    expect(focalCrop(2400, 1600, { x: 50, y: 50 })).toEqual({ left: 0, top: 170, width: 2400, height: 1260 });
    expect(focalCrop(2400, 1600, { x: 50, y: 0 })).toEqual({ left: 0, top: 0, width: 2400, height: 1260 });
    expect(focalCrop(4000, 1000, { x: 100, y: 50 })).toEqual({ left: 4000 - 1905, top: 0, width: 1905, height: 1000 });
  });
});

describe('the share image crop', () => {
  let server: Server;
  let cmsUrl: string;
  let wide: Buffer;

  beforeAll(async () => {
    wide = await bands('wide');
    server = createServer((request, response) => {
      if (request.url === '/uploads/bands_a1b2c3d4e5.jpg') return response.end(wide);
      if (request.url === '/uploads/huge_a1b2c3d4e5.jpg') {
        response.writeHead(200, { 'content-length': String(SHARE_SOURCE_MAX_BYTES + 1) });
        return response.end();
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('centres the 1200 × 630 JPEG on the focal point: a point near a corner keeps that corner in view, where the centre crop social networks make would not', async () => {
    const tall = await bands('tall');
    const cases = [
      // Wide: the crop is cut left or right; bottom left shows red, top right blue, no point the centre's green.
      [await fetchUpload(cmsUrl, 'bands_a1b2c3d4e5.jpg'), { x: 5, y: 95 }, RED],
      [wide, { x: 95, y: 5 }, BLUE],
      [wide, { x: 50, y: 50 }, GREEN],
      // Tall: cut above or below.
      [tall, { x: 5, y: 5 }, RED],
      [tall, { x: 95, y: 95 }, BLUE],
    ] as const;
    for (const [original, focalPoint, colour] of cases) {
      const crop = await cropShareImage(original, focalPoint);
      const metadata = await sharp(crop).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 630]);
      const centre = await centreColour(crop);
      centre.forEach((channel, i) => expect(Math.abs(channel - colour[i]!), `${JSON.stringify(focalPoint)} channel ${i}`).toBeLessThan(40));
    }
  });

  it('refuses a missing file, a file too large and a file that is no image with a 4xx', async () => {
    await expect(fetchUpload(cmsUrl, 'nothing_a1.jpg')).rejects.toMatchObject({ statusCode: 404 });
    await expect(fetchUpload(cmsUrl, 'huge_a1b2c3d4e5.jpg')).rejects.toMatchObject({ statusCode: 413 });
    await expect(cropShareImage(Buffer.from('not an image'), { x: 50, y: 50 })).rejects.toBeInstanceOf(ShareImageError);
    await expect(cropShareImage(Buffer.from('not an image'), { x: 50, y: 50 })).rejects.toMatchObject({ statusCode: 415 });
    const tooManyPixels = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: '#fff' } }).png({ compressionLevel: 9 }).toBuffer();
    await expect(cropShareImage(tooManyPixels, { x: 50, y: 50 })).rejects.toMatchObject({ statusCode: 413 });
  });
});
