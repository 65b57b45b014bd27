import { absoluteUrl } from '#shared/routes';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImagePath, type ShareImageSource } from '#shared/utils/share-image';

/**
 * Title, description, canonical URL, Open Graph / Twitter tags and optional JSON-LD for a page.
 * The canonical URL is the public site address (NUXT_PUBLIC_SITE_URL) and `path`, the page's path
 * from the route map (shared/routes.ts), with the query it keeps (`?trang=2`).
 * `image`: the share image, a URL or the CMS's image; an image with a focal point is shared as the
 * site's 1200 × 630 crop around that point (shared/utils/share-image.ts), others as they are.
 */
export function usePageSeo(seo: {
  title: string;
  path: string;
  description?: string | null;
  image?: string | ShareImageSource | null;
  type?: 'website' | 'article' | 'profile';
  noIndex?: boolean;
  jsonLd?: Record<string, unknown> | Array<Record<string, unknown>>;
}) {
  const config = useRuntimeConfig();
  const canonical = absoluteUrl(config.public.siteUrl, seo.path);
  const source = typeof seo.image === 'string' ? { url: seo.image } : seo.image;
  const cropPath = source ? shareImagePath(source, [config.public.cmsPublicUrl, config.public.mediaPublicUrl].filter(Boolean)) : null;
  const image = cropPath ? absoluteUrl(config.public.siteUrl, cropPath) : mediaUrl(source?.url, config.public.cmsPublicUrl);
  const description = seo.description ?? undefined;

  useSeoMeta({
    title: seo.title,
    description,
    ogTitle: seo.title,
    ogDescription: description,
    ogType: seo.type ?? 'website',
    ogUrl: canonical,
    ogImage: image,
    ogImageWidth: cropPath ? SHARE_IMAGE_WIDTH : undefined,
    ogImageHeight: cropPath ? SHARE_IMAGE_HEIGHT : undefined,
    ogLocale: 'vi_VN',
    ogSiteName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai',
    twitterCard: image ? 'summary_large_image' : 'summary',
    robots: seo.noIndex ? 'noindex, nofollow' : undefined,
  });
  useHead({
    link: [{ rel: 'canonical', href: canonical }],
    script: seo.jsonLd
      ? [{ type: 'application/ld+json', innerHTML: JSON.stringify(seo.jsonLd).replace(/</g, '\\u003c') }]
      : [],
  });
  return { canonical };
}
