import { SiteSettingsQuery } from '#shared/graphql/site';

/** Site name, logo, banner, contacts and the news categories for the menu, from the CMS (asked once until the next publish). */
export function useSiteSettings() {
  return useCmsQuery('site-settings', SiteSettingsQuery, () => ({}), { shared: true });
}
