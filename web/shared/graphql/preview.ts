import { graphql } from './generated';

/**
 * The slug of the document a preview link names (its draft, or its published version), read with
 * the link's token: the CMS answers only for a valid token, and only for that document. One lookup
 * runs, the one of the document's type.
 */
export const PreviewDocumentQuery = graphql(`
  query PreviewDocument(
    $documentId: ID!
    $status: PublicationStatus!
    $article: Boolean!
    $event: Boolean!
    $association: Boolean!
    $honoredIntellectual: Boolean!
    $page: Boolean!
  ) {
    article(documentId: $documentId, status: $status) @include(if: $article) { slug }
    event(documentId: $documentId, status: $status) @include(if: $event) { slug }
    association(documentId: $documentId, status: $status) @include(if: $association) { slug }
    honoredIntellectual(documentId: $documentId, status: $status) @include(if: $honoredIntellectual) { slug }
    page(documentId: $documentId, status: $status) @include(if: $page) { slug }
  }
`);
