import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slugify, type Block } from '@lienhiep/vietnamese-text';
import { htmlToBlocks, htmlToText, imageUrl, shortened, type ImportedBlock } from './html-to-blocks';
import { ImportedImages, type StoredImage } from './imported-images';
import type { Feed, FeedItem } from './read-feed';
import type { FeedImportProgress } from './import-progress';

export type { FeedImportProgress };

const ARTICLE = 'api::article.article' as const;
const CATEGORY = 'api::category.category' as const;
const MAX_MESSAGES = 200;

export type FeedImportOptions = {
  /** 'published': posts the feed has as published are published (WXR drafts stay drafts); 'draft': all are drafts. */
  mode: 'draft' | 'published';
  /** Create the categories the site does not have yet (published); otherwise such posts get no category and the report names it. */
  createCategories: boolean;
  /** The staff member importing: creator of the articles and files (an author may then edit their drafts). */
  user?: { id: number };
  onProgress?: (progress: FeedImportProgress) => void;
};

/** What an imported article was made from, to tell a changed post on the next run. */
type Remembered = { documentId: string; hash: string; updatedAt: string };

export function emptyProgress(total = 0): FeedImportProgress {
  return { total, done: 0, created: 0, updated: 0, skipped: 0, failed: 0, imagesUploaded: 0, messages: [], finished: false };
}

const sha = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 40);
const time = (value: unknown) => (value ? new Date(value as string).getTime() : Number.NaN);

class FeedImport {
  private readonly store;
  private readonly images: ImportedImages;
  private readonly categories = new Map<string, string | null>();
  private readonly reportedCategories = new Set<string>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly feed: Feed,
    private readonly options: FeedImportOptions,
    private readonly progress: FeedImportProgress,
  ) {
    this.store = strapi.store({ type: 'plugin', name: 'lienhiep-import' });
    this.images = new ImportedImages(strapi, options.user);
  }

  private say(message: string) {
    if (this.progress.messages.length < MAX_MESSAGES && !this.progress.messages.includes(message)) this.progress.messages.push(message);
  }

  /** The category's documentId for a feed category: by slug (the WXR nicename, else the name slugified), then by name. */
  private async category(category: FeedItem['categories'][number]): Promise<string | null> {
    const slug = slugify(category.slug ? decodeURIComponent(category.slug) : category.name) || slugify(category.name);
    if (this.categories.has(slug)) return this.categories.get(slug)!;
    const row = (await this.strapi.db.query(CATEGORY).findOne({ select: ['documentId'], where: { $or: [{ slug }, { name: category.name }] } })) as { documentId: string } | null;
    let documentId = row?.documentId ?? null;
    if (!documentId && this.options.createCategories) {
      const created = await this.strapi.documents(CATEGORY).create({ data: { name: category.name.slice(0, 120), slug }, status: 'published' } as never);
      documentId = (created as { documentId: string }).documentId;
      this.say(`Đã tạo chuyên mục mới “${category.name}”.`);
    }
    if (!documentId && !this.reportedCategories.has(slug)) {
      this.reportedCategories.add(slug);
      this.say(`Chuyên mục “${category.name}” chưa có trên cổng: các bài thuộc chuyên mục này được nhập không có chuyên mục (chọn “Tạo chuyên mục còn thiếu”, hoặc --create-categories ở dòng lệnh, để tạo).`);
    }
    this.categories.set(slug, documentId);
    return documentId;
  }

  private async image(url: string | undefined, alt: string | null, title: string): Promise<StoredImage | null> {
    const absolute = imageUrl(url, this.feed.link);
    if (!absolute) return null;
    try {
      return await this.images.image(absolute, alt);
    } catch (error) {
      this.say(`Bài “${title}”: không lấy được ảnh ${absolute.slice(0, 200)} — ${(error as Error).message}.`);
      return null;
    }
  }

  /** The body with its images uploaded (an image that cannot be fetched is left out and reported). */
  private async body(blocks: ImportedBlock[], title: string): Promise<Block[]> {
    const body: Block[] = [];
    for (const block of blocks) {
      if (block.type !== 'image') {
        body.push(block);
        continue;
      }
      const image = await this.image(block.image.url, block.image.alternativeText ?? null, title);
      if (image) body.push({ type: 'image', image: { ...image, alternativeText: block.image.alternativeText ?? image.alternativeText }, children: [{ type: 'text', text: '' }] } as unknown as Block);
    }
    return body;
  }

  private async articleData(item: FeedItem, title: string, slug: string): Promise<Record<string, unknown>> {
    const summary = shortened(htmlToText(item.summaryHtml) || htmlToText(item.bodyHtml) || title, 600);
    const body = await this.body(htmlToBlocks(item.bodyHtml, this.feed.link), title);
    const cover = await this.image(item.coverUrl, title.slice(0, 250), title);
    let category: string | null = null;
    for (const candidate of item.categories) {
      const documentId = await this.category(candidate);
      category ??= documentId;
    }
    return {
      title,
      slug,
      date: item.date ?? new Date().toISOString(),
      summary,
      body: body.length > 0 ? body : [{ type: 'paragraph', children: [{ type: 'text', text: summary }] }],
      author: item.author ? item.author.slice(0, 120) : undefined,
      category,
      cover: cover?.id ?? null,
      featured: false,
    };
  }

  private async draftRow(documentId: string) {
    return (await this.strapi.db.query(ARTICLE).findOne({ select: ['id', 'updatedAt'], where: { documentId, publishedAt: null } })) as { id: number; updatedAt: unknown } | null;
  }

  private async remember(sourceId: string, documentId: string, hash: string) {
    const row = await this.draftRow(documentId);
    await this.store.set({ key: `article-${sha(sourceId)}`, value: { documentId, hash, updatedAt: new Date(row!.updatedAt as string).toISOString() } satisfies Remembered });
  }

  async importItem(item: FeedItem): Promise<void> {
    const title = htmlToText(item.title).slice(0, 250);
    if (title.length < 5) throw new ItemSkipped(`Bài “${title || item.sourceId}” bị bỏ qua: tiêu đề cần ít nhất 5 ký tự.`, 'failed');
    const slug = (item.slug ? slugify(item.slug) : '') || slugify(title);
    const publish = this.options.mode === 'published' && item.published;
    const hash = sha(JSON.stringify([item, publish]));
    const remembered = (await this.store.get({ key: `article-${sha(item.sourceId)}` })) as Remembered | null;
    const draft = remembered ? await this.draftRow(remembered.documentId) : null;

    if (remembered && draft) {
      if (remembered.hash === hash) throw new ItemSkipped(null, 'skipped');
      if (time(draft.updatedAt) !== time(remembered.updatedAt)) {
        throw new ItemSkipped(`Bài “${title}” đã đổi trên trang cũ nhưng đã được biên tập trên cổng sau lần nhập trước: giữ bản của biên tập viên, không cập nhật.`, 'skipped');
      }
      const data = await this.articleData(item, title, slug);
      const documentId = remembered.documentId;
      const wasPublished = Boolean(await this.strapi.db.query(ARTICLE).findOne({ select: ['id'], where: { documentId, publishedAt: { $notNull: true } } }));
      await this.strapi.documents(ARTICLE).update({ documentId, data: { ...data, ...(this.options.user ? { updatedBy: this.options.user.id } : {}) } } as never);
      if (wasPublished || publish) await this.strapi.documents(ARTICLE).publish({ documentId });
      await this.remember(item.sourceId, documentId, hash);
      this.progress.updated += 1;
      this.say(`Đã cập nhật bài “${title}” theo trang cũ.`);
      return;
    }

    const sameSlug = (await this.strapi.db.query(ARTICLE).findOne({ select: ['documentId'], where: { slug } })) as { documentId: string } | null;
    if (sameSlug) throw new ItemSkipped(`Bài “${title}” bị bỏ qua: đã có bài với đường dẫn “${slug}”.`, 'skipped');

    const data = await this.articleData(item, title, slug);
    const user = this.options.user ? { createdBy: this.options.user.id, updatedBy: this.options.user.id } : {};
    const created = (await this.strapi.documents(ARTICLE).create({ data: { ...data, ...user }, ...(publish ? { status: 'published' } : {}) } as never)) as { documentId: string };
    await this.remember(item.sourceId, created.documentId, hash);
    this.progress.created += 1;
  }

  async run(): Promise<void> {
    for (const item of this.feed.items) {
      try {
        await this.importItem(item);
      } catch (error) {
        if (error instanceof ItemSkipped) {
          this.progress[error.outcome] += 1;
          if (error.message) this.say(error.message);
        } else {
          this.progress.failed += 1;
          const detail = error instanceof errors.ValidationError ? validationDetail(error) : (error as Error).message;
          this.say(`Bài “${htmlToText(item.title).slice(0, 120)}” không nhập được: ${detail}`);
          if (!(error instanceof errors.ApplicationError)) this.strapi.log.warn(`[import] ${item.sourceId}: ${(error as Error).stack}`);
        }
      }
      this.progress.done += 1;
      this.progress.imagesUploaded = this.images.uploaded;
      this.options.onProgress?.(this.progress);
    }
    await this.images.dispose();
  }
}

/** A post not written, with the reason to report (none for an unchanged post on a re-run). */
class ItemSkipped extends Error {
  constructor(
    message: string | null,
    readonly outcome: 'skipped' | 'failed',
  ) {
    super(message ?? '');
  }
}

function validationDetail(error: InstanceType<typeof errors.ValidationError>): string {
  const details = (error.details as { errors?: Array<{ path?: string[]; message: string }> } | undefined)?.errors ?? [];
  return details.length > 0 ? details.map((detail) => `${detail.path?.join('.') ?? ''} ${detail.message}`.trim()).join('; ') : error.message;
}

/**
 * Imports the posts of a feed (./read-feed.ts) as articles through the Document Service, one by one,
 * so every rule of an editor's save applies (validation, slug, search text, review status, the
 * site's cache purge on publish). Idempotent: each article made is remembered in Strapi's store by
 * the post's source id (guid / atom:id) with a fingerprint of the post and the draft's updatedAt;
 * a re-run skips unchanged posts, updates a changed post only if nobody edited the article since
 * the last import (otherwise skips it and says so), and skips a new post whose slug an article has.
 * Images are uploaded once per URL (./imported-images.ts).
 */
export async function importFeed(strapi: Core.Strapi, feed: Feed, options: FeedImportOptions, progress = emptyProgress(feed.items.length)): Promise<FeedImportProgress> {
  progress.total = feed.items.length;
  if (feed.skipped > 0) progress.messages.push(`${feed.skipped} mục không phải bài viết (trang, menu, bản đã xóa…) không được nhập.`);
  try {
    await new FeedImport(strapi, feed, options, progress).run();
  } finally {
    progress.finished = true;
    options.onProgress?.(progress);
  }
  return progress;
}
