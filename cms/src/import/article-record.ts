import type { Block } from '@lienhiep/vietnamese-text';

/**
 * One article to import: the fields of the article content type, with relations by slug. The same
 * shape as the demo content (data/articles.json), so an export of the old site only needs renaming.
 *
 * - `title` (required), `slug` (optional: made from the title as the editor would get it).
 * - `date`: ISO 8601 (`2024-05-02T08:30:00Z`) or Vietnam local time (`2024-05-02T15:30`); when
 *   missing, the article is dated at import, as publishing an undated article does.
 * - `body`: Markdown (paragraphs, `## headings`, lists, `**bold**`, links) or Strapi blocks JSON.
 * - `category`, `event`: a slug; `tags`, `associations`, `honoredIntellectuals` (or `intellectuals`): slugs.
 *   They must exist already (the import stops on an unknown slug rather than dropping a link).
 * - `seo`: `metaTitle`, `metaDescription`, `noIndex` (the shared SEO component; no share image).
 * - `draft: true` imports without publishing.
 */
export type ArticleRecord = {
  title: string;
  slug?: string;
  date?: string | null;
  summary?: string;
  body?: string | Block[];
  author?: string;
  source?: string;
  featured?: boolean;
  category?: string | null;
  tags?: string[];
  associations?: string[];
  event?: string | null;
  honoredIntellectuals?: string[];
  intellectuals?: string[];
  seo?: { metaTitle?: string; metaDescription?: string; noIndex?: boolean } | null;
  draft?: boolean;
};

export function isArticleRecord(value: unknown): value is ArticleRecord {
  return typeof value === 'object' && value !== null && typeof (value as { title?: unknown }).title === 'string' && (value as { title: string }).title.trim() !== '';
}
