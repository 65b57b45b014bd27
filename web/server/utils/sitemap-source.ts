import type { SitemapEntriesQuery as SitemapEntriesData } from '#shared/graphql/generated/graphql';
import { SitemapEntriesQuery } from '#shared/graphql/feeds';
import { SITEMAP_TYPES, type SitemapDocuments } from './sitemap';

/**
 * Every published, indexable document of every type the sitemap lists, from the CMS's
 * `sitemapEntries` (published rows only, drafts never; documents marked seo.noIndex left out): one
 * request per type, all types at once, each following nextCursor (50,000 a page) until the last page.
 */
export async function loadSitemapDocuments(): Promise<SitemapDocuments[]> {
  return Promise.all(
    SITEMAP_TYPES.map(async (type) => {
      const slugs: string[] = [];
      const updatedAt: string[] = [];
      let after: string | null = null;
      do {
        const { sitemapEntries: page }: SitemapEntriesData = await cmsGraphql(SitemapEntriesQuery, { type, after });
        slugs.push(...page.slugs);
        updatedAt.push(...page.updatedAt);
        after = page.nextCursor;
      } while (after !== null);
      return { type, slugs, updatedAt };
    }),
  );
}
