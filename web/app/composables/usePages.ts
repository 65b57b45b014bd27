import { StaticPageQuery } from '#shared/graphql/pages';

/** The published static page (Giới thiệu, Liên hệ…) with this slug, or null. */
export async function useStaticPage(slug: string) {
  const { data } = await useCmsQuery(`page:${slug}`, StaticPageQuery, () => ({ slug }));
  return data.value.pages[0] ?? null;
}
