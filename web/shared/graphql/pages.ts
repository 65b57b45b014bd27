import { graphql } from './generated';

export const StaticPageQuery = graphql(`
  query StaticPage($slug: String!, $status: PublicationStatus = PUBLISHED) {
    pages(filters: { slug: { eq: $slug } }, status: $status) {
      title
      slug
      summary
      body
      seo { metaTitle metaDescription noIndex }
    }
  }
`);
