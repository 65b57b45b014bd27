import { graphql } from './generated';

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

/**
 * One page of a type's published, indexable documents (slugs and last changes, up to 50,000: one
 * sitemap file); server/utils/sitemap-source.ts follows nextCursor until none is left.
 */
export const SitemapEntriesQuery = graphql(`
  query SitemapEntries($type: SitemapType!, $after: String) {
    sitemapEntries(type: $type, after: $after) { slugs updatedAt nextCursor }
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
