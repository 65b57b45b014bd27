import type { PreviewRead } from '#shared/utils/preview-token';
import type { AssociationFiltersInput } from '#shared/graphql/generated/graphql';
import { AssociationDirectoryQuery, AssociationPageQuery } from '#shared/graphql/associations';

/** The member associations, by name, narrowed to a field and an operating status when given ('' for all). */
export function useAssociationDirectory(field: Ref<string>, status: Ref<string>) {
  const filters = computed<AssociationFiltersInput>(() => ({
    ...(field.value ? { field: { eq: field.value } } : {}),
    ...(status.value ? { operatingStatus: { eq: status.value } } : {}),
  }));
  return useCmsQuery(() => `associations:${field.value}:${status.value}`, AssociationDirectoryQuery, () => ({ filters: filters.value }), { watch: [filters] });
}

/** The published association with this slug (its draft, for a preview), with its news, events and honored intellectuals, or null. */
export async function useAssociation(slug: string, preview?: PreviewRead) {
  const { data } = await useCmsQuery(previewKey(`association:${slug}`, preview), AssociationPageQuery, () => ({ slug, status: previewStatus(preview) }), { preview });
  return data.value.associations[0] ?? null;
}
