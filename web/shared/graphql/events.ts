import { graphql } from './generated';

export const EventListQuery = graphql(`
  query EventList($filters: EventFiltersInput, $sort: [String], $page: Int!, $pageSize: Int!) {
    events_connection(filters: $filters, sort: $sort, pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...EventCardFields }
      pageInfo { total page pageSize pageCount }
    }
  }
`);

export const EventPageQuery = graphql(`
  query EventPage($slug: String!, $status: PublicationStatus = PUBLISHED) {
    events(filters: { slug: { eq: $slug } }, status: $status) {
      ...EventCardFields
      summary
      description
      partnerOrganisations
      updatedAt
      cover { url alternativeText caption width height formats focalPoint }
      organisers { name shortName slug }
      documents(pagination: { limit: 50 }) { url name caption mime size ext }
      articles(sort: ["date:desc"], pagination: { limit: 6 }) { ...ArticleCardFields }
      seo { metaTitle metaDescription }
    }
  }
`);
