import { graphql } from './generated';

export const SearchQuery = graphql(`
  query Search($query: String!, $types: [SearchType!], $page: Int!) {
    search(query: $query, types: $types, page: $page, pageSize: 10) {
      query
      total
      page
      pageCount
      hits { type documentId slug title summary date imageUrl }
    }
  }
`);
