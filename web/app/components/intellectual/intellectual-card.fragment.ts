import { graphql } from '#shared/graphql/generated';

/** The fields IntellectualCard reads. */
export const IntellectualCardFields = graphql(`
  fragment IntellectualCardFields on HonoredIntellectual {
    documentId
    fullName
    slug
    academicTitle
    degree
    field
    workplace
    honoringRound
    honoringYear
    portrait { url width height formats focalPoint }
  }
`);
