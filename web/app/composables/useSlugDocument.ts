import type { PreviewRead } from '#shared/utils/preview-token';

/**
 * The preamble of every `[slug]` page: the slug from the URL, the document the entity's composable
 * loads for it (useArticle, useEvent…), or a 404 when there is none (unknown, or not published).
 * Rendered by the preview page (app/pages/xem-truoc.vue), the page shows the previewed document
 * instead: its slug, read with the preview link's token (the draft, or the version the editor chose).
 */
export async function useSlugDocument<T>(load: (slug: string, preview?: PreviewRead) => Promise<T | null | undefined>): Promise<T> {
  const preview = useInjectedPreview();
  const slug = preview ? preview.slug : String(useRoute().params.slug);
  const document = await load(slug, preview ? { token: preview.token, status: preview.status } : undefined);
  notFoundUnless(document);
  return document;
}
