import { graphql } from './generated';

/** The member associations a contributor account can belong to (the account request's list). */
export const ContributorAssociationsQuery = graphql(`
  query ContributorAssociations {
    associations(sort: ["name:asc"], pagination: { limit: 100 }) {
      documentId
      name
    }
  }
`);

/** The news categories a contributor files a submission under. */
export const SubmissionCategoriesQuery = graphql(`
  query SubmissionCategories {
    categories(sort: ["order:asc", "name:asc"], pagination: { limit: 50 }) {
      documentId
      name
    }
  }
`);
