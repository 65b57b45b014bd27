import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { detectAllowedFileType } from '../../security/uploads/detect-file-type';
import { downloadTo, FetchRefused } from './remote-file';

/** A media library file as blocks image nodes and media fields hold it. */
export type StoredImage = {
  id: number;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  url: string;
  width: number | null;
  height: number | null;
  formats: unknown;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  previewUrl: string | null;
  provider: string;
  provider_metadata: unknown;
  createdAt: string;
  updatedAt: string;
};

const FILE_FIELDS = ['id', 'name', 'alternativeText', 'caption', 'url', 'width', 'height', 'formats', 'hash', 'ext', 'mime', 'size', 'previewUrl', 'provider', 'provider_metadata', 'createdAt', 'updatedAt'] as const;
const DEFAULT_SIZE_LIMIT = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

/** The upload size limit of the media library (UPLOAD_SIZE_LIMIT, as config/plugins.ts reads it). */
export const uploadSizeLimit = () => Number(process.env.UPLOAD_SIZE_LIMIT) || DEFAULT_SIZE_LIMIT;

/** The file name an image URL suggests, with the extension its content has ("anh-hoi-thao.png"). */
function fileName(url: string, extension: string): string {
  const base = path.basename(decodeURIComponent(new URL(url).pathname)).replace(/\.[^.]*$/, '');
  const safe = base.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'anh-nhap';
  return `${safe}${extension}`;
}

/**
 * The images of an import, each fetched and uploaded once: the media library file made from a URL
 * is remembered in Strapi's store by that URL, so a re-run (or another post using the same image)
 * links the same file without fetching it again. Downloads are limited (UPLOAD_SIZE_LIMIT, 15 s,
 * http(s) only, no private address) and the content must be an image the upload guard accepts
 * (src/security/uploads): the upload goes through the guarded upload service like any other.
 */
export class ImportedImages {
  private readonly pending = new Map<string, Promise<StoredImage>>();
  private dir: string | undefined;
  /** Files uploaded by this import (not found again from an earlier one). */
  uploaded = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly user: { id: number } | undefined,
  ) {}

  private store() {
    return this.strapi.store({ type: 'plugin', name: 'lienhiep-import' });
  }

  private key(url: string) {
    return `image-${createHash('sha256').update(url).digest('hex').slice(0, 40)}`;
  }

  private async known(url: string): Promise<StoredImage | null> {
    const remembered = (await this.store().get({ key: this.key(url) })) as { fileId?: number } | null;
    if (!remembered?.fileId) return null;
    return (await this.strapi.db.query('plugin::upload.file').findOne({ select: [...FILE_FIELDS], where: { id: remembered.fileId } })) as StoredImage | null;
  }

  /** The media library file for this image URL: found again, or fetched, checked and uploaded. Throws FetchRefused. */
  image(url: string, alternativeText: string | null): Promise<StoredImage> {
    let promise = this.pending.get(url);
    if (!promise) {
      promise = this.fetchOnce(url, alternativeText);
      this.pending.set(url, promise);
    }
    return promise;
  }

  private async fetchOnce(url: string, alternativeText: string | null): Promise<StoredImage> {
    const existing = await this.known(url);
    if (existing) return existing;
    this.dir ??= await mkdtemp(path.join(tmpdir(), 'lienhiep-import-'));
    const file = path.join(this.dir, `${this.pending.size}-${Date.now()}`);
    const { size } = await downloadTo(url, file, { maxBytes: uploadSizeLimit(), timeoutMs: FETCH_TIMEOUT_MS });
    const type = await detectAllowedFileType(file);
    if (!type?.isImage) throw new FetchRefused('nội dung không phải ảnh JPEG, PNG, WebP, AVIF hoặc GIF (not an image)');
    const name = fileName(url, type.extensions[0]);
    const [stored] = (await this.strapi
      .plugin('upload')
      .service('upload')
      .upload(
        { data: { fileInfo: { name, alternativeText, caption: null } }, files: { filepath: file, originalFilename: name, mimetype: type.mime, size } },
        this.user ? { user: this.user } : {},
      )) as Array<{ id: number }>;
    await this.store().set({ key: this.key(url), value: { fileId: stored.id, url } });
    this.uploaded += 1;
    await rm(file, { force: true });
    return (await this.strapi.db.query('plugin::upload.file').findOne({ select: [...FILE_FIELDS], where: { id: stored.id } })) as StoredImage;
  }

  async dispose(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
