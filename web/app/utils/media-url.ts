/** Strapi returns upload URLs relative to the CMS ("/uploads/…") unless a cloud provider is used. */
export function mediaUrl(url: string | null | undefined, cmsPublicUrl: string): string | undefined {
  if (!url) return undefined;
  return /^https?:\/\//.test(url) ? url : `${cmsPublicUrl.replace(/\/$/, '')}${url}`;
}

type Format = { url: string; width: number; height: number };

/** srcset from Strapi's responsive formats plus the original, narrowest first. */
export function imageSrcset(
  image: { url: string; width?: number | null; formats?: unknown },
  cmsPublicUrl: string,
): string | undefined {
  const formats = (image.formats ?? {}) as Record<string, Format | undefined>;
  const candidates = Object.values(formats)
    .filter((f): f is Format => Boolean(f && f.url && f.width))
    .map((f) => ({ url: f.url, width: f.width }));
  if (image.width) candidates.push({ url: image.url, width: image.width });
  if (candidates.length < 2) return undefined;
  return candidates
    .sort((a, b) => a.width - b.width)
    .map((c) => `${mediaUrl(c.url, cmsPublicUrl)} ${c.width}w`)
    .join(', ');
}
