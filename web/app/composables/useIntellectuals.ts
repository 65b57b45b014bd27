import type { PreviewRead } from '#shared/utils/preview-token';
import { IntellectualListQuery, IntellectualPageQuery } from '#shared/graphql/intellectuals';

/** Every honored intellectual, newest honoring round first. */
export function useIntellectualList() {
  return useCmsQuery('intellectuals', IntellectualListQuery, () => ({}));
}

/** The published honored intellectual with this slug (their draft, for a preview), or null. */
export async function useIntellectual(slug: string, preview?: PreviewRead) {
  const { data } = await useCmsQuery(previewKey(`intellectual:${slug}`, preview), IntellectualPageQuery, () => ({ slug, status: previewStatus(preview) }), { preview });
  return data.value.honoredIntellectuals[0] ?? null;
}
