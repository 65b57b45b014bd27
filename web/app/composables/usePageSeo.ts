import { absoluteUrl } from '#shared/routes';

/**
 * Title, description, canonical URL, Open Graph / Twitter tags and optional JSON-LD for a page.
 * The canonical URL is the public site address (NUXT_PUBLIC_SITE_URL) and `path`, the page's path
 * from the route map (shared/routes.ts), with the query it keeps (`?trang=2`).
 */
export function usePageSeo(seo: {
  title: string;
  path: string;
  description?: string | null;
  image?: string | null;
  type?: 'website' | 'article' | 'profile';
  noIndex?: boolean;
  jsonLd?: Record<string, unknown> | Array<Record<string, unknown>>;
}) {
  const config = useRuntimeConfig();
  const canonical = absoluteUrl(config.public.siteUrl, seo.path);
  const image = seo.image ? mediaUrl(seo.image, config.public.cmsPublicUrl) : undefined;
  const description = seo.description ?? undefined;

  useSeoMeta({
    title: seo.title,
    description,
    ogTitle: seo.title,
    ogDescription: description,
    ogType: seo.type ?? 'website',
    ogUrl: canonical,
    ogImage: image,
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
