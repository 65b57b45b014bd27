import type { ComputedRef } from 'vue';
import type { EventListQueryVariables } from '#shared/graphql/generated/graphql';
import { EventListQuery, EventPageQuery } from '#shared/graphql/events';

/** Published events as the events page asks for them (a page of upcoming or past ones, or a month), refetched when that changes. */
export function useEventList(variables: ComputedRef<EventListQueryVariables>) {
  return useCmsQuery(() => `events:${JSON.stringify(variables.value)}`, EventListQuery, () => variables.value, { watch: [variables] });
}

/** The published event with this slug, or null. */
export async function useEvent(slug: string) {
  const { data } = await useCmsQuery(`event:${slug}`, EventPageQuery, () => ({ slug }));
  return data.value.events[0] ?? null;
}
