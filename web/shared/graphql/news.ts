import { graphql } from './generated';

export const NewsPageQuery = graphql(`
  query NewsPage($filters: ArticleFiltersInput, $page: Int!, $pageSize: Int!) {
    articles_connection(filters: $filters, sort: ["date:desc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...ArticleCardFields }
      pageInfo { total page pageSize pageCount }
    }
  }
`);

export const CategoryQuery = graphql(`
  query CategoryBySlug($slug: String!) {
    categories(filters: { slug: { eq: $slug } }) { name slug description }
  }
`);

export const TagQuery = graphql(`
  query TagBySlug($slug: String!) {
    tags(filters: { slug: { eq: $slug } }) { name slug }
  }
`);

/** The article, and for the side column the latest other news, the coming events and the related portals. */
export const ArticlePageQuery = graphql(`
  query ArticlePage($slug: String!, $status: PublicationStatus = PUBLISHED) {
    articles(filters: { slug: { eq: $slug } }, status: $status) {
      documentId
      title
      slug
      date
      updatedAt
      summary
      body
      author
      source
      featured
      cover { url alternativeText caption width height formats focalPoint }
      gallery(pagination: { limit: 50 }) { url alternativeText caption width height formats focalPoint }
      category {
        name
        slug
        articles(sort: ["date:desc"], pagination: { limit: 5 }) { ...ArticleCardFields }
      }
      tags { name slug }
      associations { name shortName slug }
      event { title slug startAt endAt allDay venue }
      honoredIntellectuals { fullName slug academicTitle degree field }
      seo { metaTitle metaDescription shareImage { url width height focalPoint } noIndex }
    }
  }
`);
