import { errors } from '@strapi/utils';
import { CONTRIBUTOR_ATTRIBUTE, readRuleFor, type Audience, type ReadableModel } from '../../src/documents/audience';
import { DRAFT_FORBIDDEN_MESSAGE, restrictReadParams } from '../../src/documents/published-only';

const article: ReadableModel = {
  uid: 'api::article.article',
  options: { draftAndPublish: true },
  attributes: { title: { type: 'string' }, category: { type: 'relation', target: 'api::category.category' } },
};
const event: ReadableModel = { uid: 'api::event.event', options: { draftAndPublish: true }, attributes: { title: { type: 'string' } } };
const global: ReadableModel = { uid: 'api::global.global', options: { draftAndPublish: false }, attributes: { siteName: { type: 'string' } } };
/** A type as contributor sign-in will shape it: its documents belong to a users-permissions user. */
const contributedArticle: ReadableModel = {
  ...article,
  attributes: { ...article.attributes, [CONTRIBUTOR_ATTRIBUTE]: { type: 'relation', target: 'plugin::users-permissions.user' } },
};

const PREVIEW: Audience = { kind: 'preview', uid: 'api::article.article', documentId: 'abc123' };
const CONTRIBUTOR: Audience = { kind: 'contributor', userId: 7 };

describe('which documents each audience may read (readRuleFor)', () => {
  it('visitors, partners and API tokens (public) read published versions only, of every type with drafts', () => {
    expect(readRuleFor({ kind: 'public' }, article)).toEqual({ kind: 'published-only' });
    expect(readRuleFor({ kind: 'public' }, event)).toEqual({ kind: 'published-only' });
  });

  it('editors and scripts read any version', () => {
    expect(readRuleFor({ kind: 'editor' }, article)).toEqual({ kind: 'any-version' });
    expect(readRuleFor({ kind: 'internal' }, article)).toEqual({ kind: 'any-version' });
  });

  it('a type without draft & publish has nothing unpublished: every audience reads it as it is', () => {
    for (const audience of [{ kind: 'public' }, PREVIEW, CONTRIBUTOR] as Audience[]) expect(readRuleFor(audience, global)).toEqual({ kind: 'any-version' });
  });

  it('a preview token reads the draft of its one document, and only published versions of everything else', () => {
    expect(readRuleFor(PREVIEW, article)).toEqual({ kind: 'published-and-drafts-where', drafts: { documentId: 'abc123' } });
    expect(readRuleFor(PREVIEW, event)).toEqual({ kind: 'published-only' });
  });

  it('a contributor reads their own drafts where a type records its contributor, published versions elsewhere', () => {
    expect(readRuleFor(CONTRIBUTOR, contributedArticle)).toEqual({ kind: 'published-and-drafts-where', drafts: { [CONTRIBUTOR_ATTRIBUTE]: { id: 7 } } });
    expect(readRuleFor(CONTRIBUTOR, article)).toEqual({ kind: 'published-only' });
  });

  it('a field named like the contributor relation but not pointing at users is no claim of ownership', () => {
    const impostor: ReadableModel = { ...article, attributes: { ...article.attributes, [CONTRIBUTOR_ATTRIBUTE]: { type: 'string' } } };
    expect(readRuleFor(CONTRIBUTOR, impostor)).toEqual({ kind: 'published-only' });
  });
});

describe('a read narrowed to its rule (restrictReadParams)', () => {
  const refused = (action: () => unknown) => {
    expect(action).toThrow(errors.ForbiddenError);
    expect(action).toThrow(DRAFT_FORBIDDEN_MESSAGE);
  };

  it('published-only: reads published versions whatever status was asked, and drops publication filters', () => {
    const rule = readRuleFor({ kind: 'public' }, article);
    expect(restrictReadParams({ filters: { slug: 'a' } }, rule)).toEqual({ filters: { slug: 'a' }, status: 'published' });
    expect(restrictReadParams({ status: 'published', hasPublishedVersion: false, publicationFilter: 'never-published' }, rule)).toEqual({ status: 'published' });
    expect(restrictReadParams({ status: ['draft'] }, rule)).toEqual({ status: 'published' });
  });

  it('published-only: asking for drafts, in any case, is refused', () => {
    const rule = readRuleFor({ kind: 'public' }, article);
    refused(() => restrictReadParams({ status: 'draft' }, rule));
    refused(() => restrictReadParams({ status: 'DRAFT', filters: { documentId: 'abc123' } }, rule));
  });

  it('any-version: the read is left as asked', () => {
    const params = { status: 'draft', hasPublishedVersion: false, filters: { slug: 'a' } };
    expect(restrictReadParams(params, readRuleFor({ kind: 'editor' }, article))).toBe(params);
  });

  it('published-and-drafts-where: drafts only of the allowed documents, added to what was asked', () => {
    const rule = readRuleFor(PREVIEW, article);
    // Under $and even alone: findOne's own documentId (set at the query's top level) cannot replace it.
    expect(restrictReadParams({ status: 'draft' }, rule)).toEqual({ status: 'draft', filters: { $and: [{ documentId: 'abc123' }] } });
    expect(restrictReadParams({ status: 'draft', filters: { slug: 'a' }, publicationFilter: 'never-published' }, rule)).toEqual({
      status: 'draft',
      filters: { $and: [{ slug: 'a' }, { documentId: 'abc123' }] },
    });
    expect(restrictReadParams({ filters: { slug: 'a' } }, rule)).toEqual({ filters: { slug: 'a' }, status: 'published' });
  });

  it('published-and-drafts-where: filters asked for cannot widen the allowed drafts', () => {
    const rule = readRuleFor(CONTRIBUTOR, contributedArticle);
    const narrowed = restrictReadParams({ status: 'draft', filters: { $or: [{ contributor: { id: 8 } }, { title: { $notNull: true } }] } }, rule);
    expect(narrowed.filters).toEqual({ $and: [{ $or: [{ contributor: { id: 8 } }, { title: { $notNull: true } }] }, { contributor: { id: 7 } }] });
  });
});
