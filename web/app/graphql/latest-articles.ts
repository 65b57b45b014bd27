import { graphql } from './generated';

export const ArticleCardFields = graphql(`
  fragment ArticleCardFields on Article {
    documentId
    title
    slug
    date
    summary
    cover {
      url
      alternativeText
      width
      height
    }
    category {
      name
      slug
    }
  }
`);

export const LatestArticlesQuery = graphql(`
  query LatestArticles($limit: Int!) {
    articles(sort: ["date:desc"], pagination: { limit: $limit }) {
      ...ArticleCardFields
    }
  }
`);
