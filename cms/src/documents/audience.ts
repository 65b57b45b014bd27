import type { UID } from '@strapi/strapi';

/**
 * Who is reading, as far as unpublished content is concerned. Each kind has one rule, in
 * `readRuleFor` below, saying which versions of which documents it may read.
 * - `editor`: an admin user (the Strapi admin panel and its content manager).
 * - `internal`: no HTTP request at all (seed, import script, bootstrap, cron jobs).
 * - `public`: every other request to the content API (REST or GraphQL): visitors, partners with
 *   read-only or full-access API tokens, users-permissions users.
 * - `preview`: the holder of a short-lived signed token for ONE document (a draft preview link).
 * - `contributor`: a signed-in users-permissions user, who may read their own drafts.
 *
 * `contributor` is issued to users of the contributor role (../contributors, issue 9); `preview` to
 * requests with a valid preview token (../preview, issue 11: the admin's "Open preview" link, rendered
 * by the site), see `audienceOfRequest` (request-audience.ts).
 */
export type Audience =
  | { kind: 'editor' }
  | { kind: 'internal' }
  | { kind: 'public' }
  | { kind: 'preview'; uid: UID.ContentType; documentId: string }
  | { kind: 'contributor'; userId: number };

/** A Document Service `filters` object (`{ documentId: '…' }`, `{ contributor: { id: 7 } }`). */
export type DocumentFilter = Record<string, unknown>;

/** Which versions of a content type's documents an audience may read. */
export type ReadRule =
  /** Drafts and published versions, as asked (the admin panel, scripts; types without draft & publish). */
  | { kind: 'any-version' }
  /** Published versions only; asking for drafts is refused. */
  | { kind: 'published-only' }
  /** Published versions, and when drafts are asked for, the drafts of the documents `drafts` selects only. */
  | { kind: 'published-and-drafts-where'; drafts: DocumentFilter };

/** What the rule needs to know about a content type (a subset of Strapi's content-type schema). */
export type ReadableModel = {
  uid: string;
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, { type: string; target?: string }>;
};

/**
 * The relation to a users-permissions user that marks a contributor's own documents (articles have
 * it); on a type without it a contributor reads published content only.
 */
export const CONTRIBUTOR_ATTRIBUTE = 'contributor';
const USERS_PERMISSIONS_USER = 'plugin::users-permissions.user';

function hasContributorRelation(model: ReadableModel): boolean {
  const attribute = model.attributes[CONTRIBUTOR_ATTRIBUTE];
  return attribute?.type === 'relation' && attribute.target === USERS_PERMISSIONS_USER;
}

/** The one place that decides which documents of `model` the `audience` may read. */
export function readRuleFor(audience: Audience, model: ReadableModel): ReadRule {
  if (model.options?.draftAndPublish !== true) return { kind: 'any-version' };
  switch (audience.kind) {
    case 'editor':
    case 'internal':
      return { kind: 'any-version' };
    case 'public':
      return { kind: 'published-only' };
    case 'preview':
      return audience.uid === model.uid ? { kind: 'published-and-drafts-where', drafts: { documentId: audience.documentId } } : { kind: 'published-only' };
    case 'contributor':
      return hasContributorRelation(model)
        ? { kind: 'published-and-drafts-where', drafts: { [CONTRIBUTOR_ATTRIBUTE]: { id: audience.userId } } }
        : { kind: 'published-only' };
    default: {
      const unknown: never = audience;
      throw new Error(`no read rule for audience ${JSON.stringify(unknown)}`);
    }
  }
}
