import type { Core } from '@strapi/strapi';

type ProviderFile = { url?: string };
type ProviderMethod = (file: ProviderFile, ...rest: unknown[]) => Promise<unknown>;
type UploadProvider = Partial<Record<'upload' | 'uploadStream' | 'replace' | 'replaceStream', ProviderMethod>>;

/** CSP sources for the admin (its Media Library shows files from the uploads host). */
export function uploadsHostSources(publicUrl: string | undefined): string[] {
  const origin = uploadsPublicOrigin(publicUrl);
  return origin ? [origin] : [];
}

const WRITING_METHODS = ['upload', 'uploadStream', 'replace', 'replaceStream'] as const;

/** The origin of UPLOADS_PUBLIC_URL (`https://media.example.vn`), or undefined when unset. */
export function uploadsPublicOrigin(publicUrl: string | undefined): string | undefined {
  if (!publicUrl) return undefined;
  const url = new URL(publicUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`UPLOADS_PUBLIC_URL must be an http(s) URL: ${publicUrl}`);
  return url.origin;
}

/**
 * The local provider stores `/uploads/<hash><ext>`, a URL on the CMS origin, which is also the
 * admin's origin. With UPLOADS_PUBLIC_URL set (a host that serves the same uploads folder and
 * never receives the admin's cookies), new files and their image formats are stored with absolute
 * URLs on that host; the site and partners use absolute URLs as they are.
 */
export function storeUploadUrlsOnPublicHost(strapi: Core.Strapi): void {
  const base = strapi.config.get<string>('plugin::upload.publicUrl', '').replace(/\/+$/, '');
  if (!uploadsPublicOrigin(base)) return;
  // The upload plugin sets `provider` on itself at register time; Strapi's Plugin type does not declare it.
  const { provider } = strapi.plugin('upload') as unknown as { provider: UploadProvider };
  for (const method of WRITING_METHODS) {
    const write = provider[method];
    if (!write) continue;
    provider[method] = async (file, ...rest) => {
      const result = await write.call(provider, file, ...rest);
      if (file.url?.startsWith('/')) file.url = `${base}${file.url}`;
      return result;
    };
  }
}
