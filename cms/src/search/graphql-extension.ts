import type { Core } from '@strapi/strapi';
import { searchPublished } from './search-published';
import { MAX_PAGE_SIZE, MAX_QUERY_LENGTH, parseSearchRequest, type SearchInput } from './search-request';
import { SEARCH_TYPE_NAMES } from './search-types';

const typeDefs = /* GraphQL */ `
  "Searchable content types."
  enum SearchType {
    ${SEARCH_TYPE_NAMES.join('\n    ')}
  }

  "One search result: an article, event, member association, honored intellectual or static page."
  type SearchHit {
    type: SearchType!
    documentId: ID!
    slug: String!
    "Article, event or page title, association name, intellectual's full name."
    title: String!
    "Summary (the citation for an honored intellectual)."
    summary: String
    "Article date or event start."
    date: DateTime
    "Thumbnail URL of the cover, logo or portrait (pages have none)."
    imageUrl: String
    "Relevance: higher is better."
    score: Float!
  }

  type SearchResultPage {
    query: String!
    total: Int!
    page: Int!
    pageSize: Int!
    pageCount: Int!
    hits: [SearchHit!]!
  }

  extend type Query {
    """
    Full-text search of published articles, events, associations, honored intellectuals and static
    pages, with or without Vietnamese diacritics ("hoi thao" finds "hội thảo"); every word must occur.
    Ranked, most relevant first. query: 1-${MAX_QUERY_LENGTH} characters; pageSize: at most ${MAX_PAGE_SIZE}.
    """
    search(query: String!, types: [SearchType!], page: Int = 1, pageSize: Int = 10): SearchResultPage!
  }
`;

/** `Query.search` (see ./index.ts): public and read-only, published content only. */
export function searchExtension(strapi: Core.Strapi) {
  return {
    typeDefs,
    resolvers: {
      Query: {
        search: (_parent: unknown, args: SearchInput) => searchPublished(strapi, parseSearchRequest(args)),
      },
    },
    resolversConfig: {
      'Query.search': { auth: false },
    },
  };
}
