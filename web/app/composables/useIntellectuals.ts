import { IntellectualListQuery, IntellectualPageQuery } from '#shared/graphql/intellectuals';

/** Every honored intellectual, newest honoring round first. */
export function useIntellectualList() {
  return useCmsQuery('intellectuals', IntellectualListQuery, () => ({}));
}

/** The published honored intellectual with this slug, or null. */
export async function useIntellectual(slug: string) {
  const { data } = await useCmsQuery(`intellectual:${slug}`, IntellectualPageQuery, () => ({ slug }));
  return data.value.honoredIntellectuals[0] ?? null;
}
