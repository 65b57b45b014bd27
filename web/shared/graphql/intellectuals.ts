import { graphql } from './generated';

export const IntellectualListQuery = graphql(`
  query IntellectualList {
    honoredIntellectuals(sort: ["honoringRound:desc", "fullName:asc"], pagination: { limit: 100 }) {
      ...IntellectualCardFields
    }
  }
`);

export const IntellectualPageQuery = graphql(`
  query IntellectualPage($slug: String!, $status: PublicationStatus = PUBLISHED) {
    honoredIntellectuals(filters: { slug: { eq: $slug } }, status: $status) {
      ...IntellectualCardFields
      position
      citation
      achievements
      association { name shortName slug }
      articles(sort: ["date:desc"], pagination: { limit: 6 }) { ...ArticleCardFields }
      seo { metaTitle metaDescription }
    }
  }
`);
