import { SideColumnQuery, SiteSettingsQuery } from '#shared/graphql/site';

/** Site name, logo, banner, contacts and the news categories for the menu, from the CMS (asked once until the next publish). */
export function useSiteSettings() {
  return useCmsQuery('site-settings', SiteSettingsQuery, () => ({}), { shared: true });
}

/**
 * The side column beside an article: latest news and "Đọc nhiều" (both without `slug`, the article
 * they stand beside), coming events and related portals; shared by every article page, asked once per
 * hour until the next publish (so "Đọc nhiều" there is at most an hour old, plus the CMS's 5 minutes).
 */
export async function useSideColumn(slug: string) {
  const now = useCurrentHour();
  const { data } = await useCmsQuery(`side-column:${now}`, SideColumnQuery, () => ({ now }), { shared: true });
  return {
    latest: data.value.latest.filter((article) => article?.slug !== slug).slice(0, 5),
    mostRead: data.value.mostRead.filter((article) => article.slug !== slug).slice(0, 5),
    events: data.value.upcomingEvents,
    portals: data.value.global?.relatedPortals,
  };
}
