import type { ContributorPageState } from '#shared/types/contributor';

/**
 * What the server prepared for a contributor page (server/utils/contributor-pages.ts): the forms'
 * CSRF token, the signed-in contributor and their data, a refused form with its errors. The page's
 * answer gets the refusal's status (400, 403, 413, 429…).
 */
export function useContributorPage(): ContributorPageState {
  const event = useRequestEvent();
  const state = useState<ContributorPageState>('contributor-page', () => event?.context.contributorPage ?? { csrfToken: '', signedIn: false });
  if (import.meta.server && event && state.value.form) setResponseStatus(event, state.value.form.status);
  return state.value;
}

/** The id of the element describing a field (its hint, its error), for `aria-describedby`. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
