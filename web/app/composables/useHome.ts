import { HomePageQuery } from '#shared/graphql/home';

/** Everything the home page shows, in one query: featured and latest news, categories, upcoming events, people, associations. */
export function useHomePage() {
  const now = useCurrentHour();
  return useCmsQuery('home', HomePageQuery, () => ({ now }));
}
