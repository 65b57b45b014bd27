import { graphql } from './generated';

export const StaticPageQuery = graphql(`
  query StaticPage($slug: String!) {
    pages(filters: { slug: { eq: $slug } }) {
      title
      slug
      summary
      body
      seo { metaTitle metaDescription noIndex }
    }
  }
`);
