import { graphql } from './generated';

export const HomePageQuery = graphql(`
  query HomePage($now: DateTime!) {
    featured: articles(filters: { featured: { eq: true } }, sort: ["date:desc"], pagination: { limit: 5 }) {
      ...ArticleCardFields
    }
    latest: articles(sort: ["date:desc"], pagination: { limit: 8 }) {
      ...ArticleCardFields
    }
    categories(sort: ["order:asc", "name:asc"], pagination: { limit: 8 }) {
      name
      slug
      articles(sort: ["date:desc"], pagination: { limit: 3 }) {
        ...ArticleCardFields
      }
    }
    upcomingEvents: events(filters: { or: [{ startAt: { gte: $now } }, { endAt: { gte: $now } }] }, sort: ["startAt:asc"], pagination: { limit: 4 }) {
      ...EventCardFields
    }
    mostRead: mostReadArticles(limit: 5) {
      ...ArticleHeadlineFields
    }
    honoredIntellectuals(sort: ["honoringYear:desc", "fullName:asc"], pagination: { limit: 6 }) {
      ...IntellectualCardFields
    }
    associations(filters: { operatingStatus: { eq: "active" } }, sort: ["name:asc"], pagination: { limit: 100 }) {
      name
      shortName
      slug
      logo { url width height formats }
    }
    global {
      relatedPortals { ...RelatedPortalFields }
    }
  }
`);
