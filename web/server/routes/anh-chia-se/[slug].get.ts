import { parseShareImageSlug } from '#shared/utils/share-image';

/** A year: the URL names the file, its version and the focal point, so its answer never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The share image (og:image) of a page: an upload of the CMS cropped to 1200 × 630 around the focal
 * point its editor set (shared/utils/share-image.ts writes the path). Only files of the CMS's
 * uploads folder, named in the path, are fetched: never a URL from the request.
 */
export default defineEventHandler(async (event) => {
  const request = parseShareImageSlug(getRouterParam(event, 'slug') ?? '');
  if (!request) throw createError({ statusCode: 404, message: 'Không có ảnh này. No such image.' });
  const { cmsUrl } = useRuntimeConfig();
  const key = `${request.fileName}|${request.version ?? ''}|${request.focalPoint.x}|${request.focalPoint.y}`;
  try {
    const crop = await sharedCrop(key, async () => cropShareImage(await fetchUpload(cmsUrl, request.fileName, request.version), request.focalPoint));
    setResponseHeaders(event, { 'Content-Type': 'image/jpeg', 'Cache-Control': IMMUTABLE });
    return crop;
  } catch (error) {
    if (error instanceof ShareImageError) throw createError({ statusCode: error.statusCode, message: error.message });
    throw error;
  }
});
