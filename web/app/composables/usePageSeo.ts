/**
 * Title, description, canonical URL, Open Graph / Twitter tags and optional JSON-LD for a page.
 * The canonical URL uses the public site address (NUXT_PUBLIC_SITE_URL) and the page's path.
 */
export function usePageSeo(seo: {
  title: string;
  description?: string | null;
  image?: string | null;
  type?: 'website' | 'article' | 'profile';
  noIndex?: boolean;
  jsonLd?: Record<string, unknown> | Array<Record<string, unknown>>;
  canonicalQuery?: string;
}) {
  const config = useRuntimeConfig();
  const route = useRoute();
  const siteUrl = config.public.siteUrl.replace(/\/$/, '');
  const canonical = `${siteUrl}${route.path}${seo.canonicalQuery ?? ''}`;
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
