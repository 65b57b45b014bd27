import { graphql } from '#shared/graphql/generated';

/** The fields ArticleCard reads. */
export const ArticleCardFields = graphql(`
  fragment ArticleCardFields on Article {
    documentId
    title
    slug
    date
    summary
    cover {
      url
      width
      height
      formats
      focalPoint
    }
    category {
      name
      slug
    }
  }
`);
