import type { Core } from '@strapi/strapi';

type Format = { url?: string | null } & Record<string, unknown>;
type ReplacedFile = { id: number; url?: string | null; formats?: Record<string, Format> | null };

const VERSION_PARAMETER = 'v';

/** `url` with `?v=<version>` in place of any earlier version; other query parameters are kept. */
export function withVersion(url: string, version: string): string {
  const [base, query = ''] = url.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.set(VERSION_PARAMETER, version);
  return `${base}?${params.toString()}`;
}

/**
 * Uploaded files are served `immutable` for a year (serve-headers.ts), which is right because a new
 * file gets a new hashed name. Strapi's "replace" keeps the name, though, so browsers and CDNs would
 * keep the old bytes. After a replace, the stored URL (and each image size's URL) gets a new `?v=`:
 * the same file on disk, a new cache key everywhere. Content that points at the file through a media
 * field picks the new URL up at once.
 */
export async function versionReplacedFile<T>(strapi: Core.Strapi, replaced: T): Promise<T> {
  // Callers pass the upload plugin's file record (typed `T` for them); the fields read here are ReplacedFile's.
  const file = replaced as unknown as ReplacedFile;
  if (!file?.id || !file.url) return replaced;
  const version = Date.now().toString(36);
  const url = withVersion(file.url, version);
  const formats = file.formats
    ? Object.fromEntries(
        Object.entries(file.formats).map(([key, format]) => [key, format?.url ? { ...format, url: withVersion(format.url, version) } : format]),
      )
    : file.formats;
  await strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: { url, formats } });
  return { ...(replaced as object), url, formats } as T;
}
