import type { Core } from '@strapi/strapi';
import { publishedSitemapEntries } from '../../sitemap/published-entries';
import { MAX_SITEMAP_PAGE_SIZE, parseSitemapRequest, type SitemapInput } from '../../sitemap/sitemap-request';
import { SITEMAP_TYPE_NAMES } from '../../sitemap/sitemap-types';

const typeDefs = /* GraphQL */ `
  "Content types whose documents have a page of their own on the site."
  enum SitemapType {
    ${SITEMAP_TYPE_NAMES.join('\n    ')}
  }

  """
  One page of published documents of a type, as two lists of equal length: the document at
  slugs[i] last changed at updatedAt[i] (its published version).
  """
  type SitemapEntryPage {
    type: SitemapType!
    slugs: [String!]!
    updatedAt: [DateTime!]!
    "Pass as \`after\` to read the next page; null when this page is the last."
    nextCursor: String
  }

  extend type Query {
    """
    Every published document of one type that search engines may index (not marked seo.noIndex),
    in storage order, for sitemaps and for mirroring: slug and last change only. pageSize:
    1-${MAX_SITEMAP_PAGE_SIZE} (the default, one sitemap file); follow nextCursor for the next page.
    """
    sitemapEntries(type: SitemapType!, after: String, pageSize: Int = ${MAX_SITEMAP_PAGE_SIZE}): SitemapEntryPage!
  }
`;

/** `Query.sitemapEntries` (see ../../sitemap/): public and read-only, published content only. */
export function sitemapExtension(strapi: Core.Strapi) {
  return {
    typeDefs,
    resolvers: {
      Query: {
        sitemapEntries: async (_parent: unknown, args: SitemapInput) => {
          const request = parseSitemapRequest(args);
          const page = await publishedSitemapEntries(strapi, request.type, request.afterId, request.pageSize);
          return { type: page.type, slugs: page.entries.map((entry) => entry.slug), updatedAt: page.entries.map((entry) => entry.updatedAt), nextCursor: page.lastId === null ? null : String(page.lastId) };
        },
      },
    },
    resolversConfig: {
      'Query.sitemapEntries': { auth: false },
    },
  };
}
