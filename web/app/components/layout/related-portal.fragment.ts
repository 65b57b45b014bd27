import { graphql } from '#shared/graphql/generated';

/** The fields RelatedPortals reads (global settings: "Liên kết website"). */
export const RelatedPortalFields = graphql(`
  fragment RelatedPortalFields on ComponentSharedRelatedLink {
    name
    url
  }
`);
