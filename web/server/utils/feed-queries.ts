import { graphql } from '../../app/graphql/generated';

export const FeedArticlesQuery = graphql(`
  query FeedArticles($filters: ArticleFiltersInput, $limit: Int!) {
    articles(filters: $filters, sort: ["date:desc"], pagination: { limit: $limit }) {
      title
      slug
      date
      updatedAt
      summary
      author
      category { name }
    }
  }
`);

/** One page (100 of each type) of everything the sitemap lists; the route asks for pages until none is left. */
export const SitemapQuery = graphql(`
  query Sitemap($page: Int!) {
    articles_connection(sort: ["date:desc"], pagination: { page: $page, pageSize: 100 }) { nodes { slug updatedAt seo { noIndex } } pageInfo { pageCount } }
    events_connection(sort: ["startAt:desc"], pagination: { page: $page, pageSize: 100 }) { nodes { slug updatedAt } pageInfo { pageCount } }
    associations_connection(pagination: { page: $page, pageSize: 100 }) { nodes { slug updatedAt } pageInfo { pageCount } }
    honoredIntellectuals_connection(pagination: { page: $page, pageSize: 100 }) { nodes { slug updatedAt } pageInfo { pageCount } }
    categories_connection(pagination: { page: $page, pageSize: 100 }) { nodes { slug updatedAt } pageInfo { pageCount } }
    tags_connection(pagination: { page: $page, pageSize: 100 }) { nodes { slug updatedAt } pageInfo { pageCount } }
    pages_connection(pagination: { page: $page, pageSize: 100 }) { nodes { slug updatedAt seo { noIndex } } pageInfo { pageCount } }
  }
`);

export const EventCalendarFileQuery = graphql(`
  query EventCalendarFile($slug: String!) {
    events(filters: { slug: { eq: $slug } }) {
      documentId
      title
      slug
      summary
      startAt
      endAt
      allDay
      venue
      updatedAt
    }
  }
`);
