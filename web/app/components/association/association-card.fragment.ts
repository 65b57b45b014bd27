import { graphql } from '#shared/graphql/generated';

/** The fields AssociationCard reads. */
export const AssociationCardFields = graphql(`
  fragment AssociationCardFields on Association {
    documentId
    name
    shortName
    slug
    field
    operatingStatus
    summary
    logo { url width height formats }
  }
`);
