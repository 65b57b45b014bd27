import { graphql } from '#shared/graphql/generated';

/** The fields ArticleHeadlines reads: a title and its date, no image or summary. */
export const ArticleHeadlineFields = graphql(`
  fragment ArticleHeadlineFields on Article {
    documentId
    title
    slug
    date
  }
`);
