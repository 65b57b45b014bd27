import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { makeDemoDocument, makeDemoImage, type DemoImageKind } from './demo-files';

type StoredFile = { id: number; name: string };

/**
 * Puts demo files in the media library once: a file is found again by its name on the next run,
 * so seeding twice uploads nothing twice.
 */
export class DemoMedia {
  private dir: string | undefined;

  constructor(private readonly strapi: Core.Strapi) {}

  private async tempDir(): Promise<string> {
    this.dir ??= await mkdtemp(join(tmpdir(), 'lienhiep-seed-'));
    return this.dir;
  }

  async dispose(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }

  private async findByName(name: string): Promise<StoredFile | null> {
    return (await this.strapi.db.query('plugin::upload.file').findOne({ select: ['id', 'name'], where: { name } })) as StoredFile | null;
  }

  private async upload(name: string, buffer: Buffer, mime: string, info: { alternativeText?: string; caption?: string }): Promise<StoredFile> {
    const existing = await this.findByName(name);
    if (existing) return existing;
    const filepath = join(await this.tempDir(), name);
    await writeFile(filepath, buffer);
    const [file] = (await this.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText: info.alternativeText ?? null, caption: info.caption ?? null } },
        files: { filepath, originalFilename: name, mimetype: mime, size: buffer.length },
      })) as StoredFile[];
    return file;
  }

  async image(kind: DemoImageKind, key: string, info: { alternativeText: string; caption?: string }): Promise<StoredFile> {
    const ext = kind === 'logo' ? 'png' : 'jpg';
    const name = `demo-${kind}-${key}.${ext}`;
    const existing = await this.findByName(name);
    if (existing) return existing;
    const { buffer, mime } = await makeDemoImage(kind, key);
    return this.upload(name, buffer, mime, info);
  }

  async document(fileName: string, title: string): Promise<StoredFile> {
    const existing = await this.findByName(fileName);
    if (existing) return existing;
    const { buffer, mime } = await makeDemoDocument(fileName, title);
    return this.upload(fileName, buffer, mime, { caption: title });
  }
}
