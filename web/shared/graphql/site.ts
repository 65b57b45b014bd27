import { graphql } from './generated';

export const SiteSettingsQuery = graphql(`
  query SiteSettings {
    global {
      siteName
      shortName
      tagline
      footerText
      logo { url width height }
      banner { url width height formats focalPoint }
      contact { address phone email website }
      socialLinks { platform url }
      defaultSeo { metaTitle metaDescription }
    }
    categories(sort: ["order:asc", "name:asc"], pagination: { limit: 50 }) {
      name
      slug
    }
  }
`);

/**
 * The side column of reading pages (an article): the same on every one of them, so it is asked once
 * per hour ("now" to the hour, for the coming events) until the next publish, apart from the page's
 * own query. One more headline and most read article than shown, so the column can leave out the
 * article it stands beside.
 */
export const SideColumnQuery = graphql(`
  query SideColumn($now: DateTime!) {
    latest: articles(sort: ["date:desc"], pagination: { limit: 6 }) {
      ...ArticleHeadlineFields
    }
    mostRead: mostReadArticles(limit: 6) {
      ...ArticleHeadlineFields
    }
    upcomingEvents: events(filters: { or: [{ startAt: { gte: $now } }, { endAt: { gte: $now } }] }, sort: ["startAt:asc"], pagination: { limit: 3 }) {
      ...EventCardFields
    }
    global {
      relatedPortals { ...RelatedPortalFields }
    }
  }
`);
