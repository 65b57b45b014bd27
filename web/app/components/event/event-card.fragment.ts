import { graphql } from '#shared/graphql/generated';

/** The fields EventCard reads. */
export const EventCardFields = graphql(`
  fragment EventCardFields on Event {
    documentId
    title
    slug
    kind
    startAt
    endAt
    allDay
    venue
  }
`);
