import { graphql } from './generated';

export const AssociationDirectoryQuery = graphql(`
  query AssociationDirectory($filters: AssociationFiltersInput) {
    associations(filters: $filters, sort: ["name:asc"], pagination: { limit: 100 }) {
      ...AssociationCardFields
    }
  }
`);

export const AssociationPageQuery = graphql(`
  query AssociationPage($slug: String!, $status: PublicationStatus = PUBLISHED) {
    associations(filters: { slug: { eq: $slug } }, status: $status) {
      ...AssociationCardFields
      description
      foundedYear
      currentTerm
      memberCount
      statusNote
      leadership { fullName position }
      contact { address phone email website }
      articles(sort: ["date:desc"], pagination: { limit: 6 }) { ...ArticleCardFields }
      events(sort: ["startAt:desc"], pagination: { limit: 6 }) { ...EventCardFields }
      honoredIntellectuals(sort: ["fullName:asc"], pagination: { limit: 20 }) { fullName slug academicTitle degree }
      seo { metaTitle metaDescription }
    }
  }
`);
