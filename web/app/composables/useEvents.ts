import type { PreviewRead } from '#shared/utils/preview-token';
import type { ComputedRef } from 'vue';
import type { EventListQueryVariables } from '#shared/graphql/generated/graphql';
import { EventListQuery, EventPageQuery } from '#shared/graphql/events';

/** Published events as the events page asks for them (a page of upcoming or past ones, or a month), refetched when that changes. */
export function useEventList(variables: ComputedRef<EventListQueryVariables>) {
  return useCmsQuery(() => `events:${JSON.stringify(variables.value)}`, EventListQuery, () => variables.value, { watch: [variables] });
}

/** The published event with this slug (its draft, for a preview), or null. */
export async function useEvent(slug: string, preview?: PreviewRead) {
  const { data } = await useCmsQuery(previewKey(`event:${slug}`, preview), EventPageQuery, () => ({ slug, status: previewStatus(preview) }), { preview });
  return data.value.events[0] ?? null;
}
