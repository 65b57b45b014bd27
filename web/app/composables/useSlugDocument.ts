/**
 * The preamble of every `[slug]` page: the slug from the URL, the document the entity's composable
 * loads for it (useArticle, useEvent…), or a 404 when there is none (unknown, or not published).
 */
export async function useSlugDocument<T>(load: (slug: string) => Promise<T | null | undefined>): Promise<T> {
  const slug = String(useRoute().params.slug);
  const document = await load(slug);
  notFoundUnless(document);
  return document;
}
