import type { PreviewRead } from '#shared/utils/preview-token';
import { StaticPageQuery } from '#shared/graphql/pages';

/** The published static page (Giới thiệu, Liên hệ…) with this slug (its draft, for a preview), or null. */
export async function useStaticPage(slug: string, preview?: PreviewRead) {
  const { data } = await useCmsQuery(previewKey(`page:${slug}`, preview), StaticPageQuery, () => ({ slug, status: previewStatus(preview) }), { preview });
  return data.value.pages[0] ?? null;
}
