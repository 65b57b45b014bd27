import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ALLOWED_TYPES_SENTENCE, type AllowedFileType } from './allowed-types';
import { detectAllowedFileType } from './detect-file-type';
import { versionReplacedFile } from './versioned-url';

/** The part of a multipart file (formidable) the upload service reads. */
type IncomingFile = {
  filepath?: string | null;
  originalFilename?: string | null;
  mimetype?: string | null;
  detectedMimeType?: string;
};

type StoredFile = { ext?: string | null };

type UploadService = {
  upload(input: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown): Promise<unknown>;
  replace(id: string | number, input: { data: unknown; file: IncomingFile }, opts?: unknown): Promise<unknown>;
  findOne(id: string | number): Promise<StoredFile | null>;
};

const quote = (name: string) => `"${name.length > 80 ? `${name.slice(0, 77)}...` : name}"`;

/** A 400 worded 'Vietnamese sentences. English sentences.', naming the accepted types. */
function refuse(vietnamese: string, english: string): never {
  throw new errors.ValidationError(`${vietnamese} ${ALLOWED_TYPES_SENTENCE.vi} ${english} ${ALLOWED_TYPES_SENTENCE.en}`);
}

/**
 * Checks one incoming file by its bytes and makes the name and type Strapi stores agree with them.
 * A file whose extension disagrees with its content (an .html renamed .png, a PNG named .pdf) is
 * refused rather than renamed: the editor sees the mistake and nothing is stored under a wrong name.
 */
export async function checkIncomingFile(file: IncomingFile): Promise<AllowedFileType> {
  const name = file.originalFilename ?? '';
  const type = file.filepath ? await detectAllowedFileType(file.filepath) : undefined;
  if (!type) refuse(`Tệp ${quote(name)} không thuộc loại được phép.`, `The file ${quote(name)} is not an allowed type.`);

  const extension = path.extname(name).toLowerCase();
  if (extension && !type.extensions.includes(extension)) {
    refuse(
      `Tệp ${quote(name)} có nội dung ${type.label} nhưng phần mở rộng ${extension}: hãy đặt lại tên tệp.`,
      `The file ${quote(name)} holds ${type.label} content but is named ${extension}: rename it.`,
    );
  }
  // What Strapi stores (mime, and the extension when the name has none) comes from the content.
  file.mimetype = type.mime;
  file.detectedMimeType = type.mime;
  return type;
}

/**
 * Every path that creates or replaces a file goes through the upload service (admin Media Library,
 * content API POST /api/upload, upload from URL, the seed): its `upload` and `replace` are wrapped
 * so no file reaches the provider unchecked. A replaced file gets a new `?v=` (versioned-url.ts).
 */
export function guardUploadService(strapi: Core.Strapi): void {
  strapi.get('services').extend('plugin::upload.upload', (service: UploadService) => {
    const { upload, replace } = service;
    return Object.assign(service, {
      async upload(input: Parameters<UploadService['upload']>[0], opts?: unknown) {
        const files = Array.isArray(input.files) ? input.files : [input.files];
        for (const file of files) await checkIncomingFile(file);
        return upload.call(service, input, opts);
      },
      async replace(id: string | number, input: Parameters<UploadService['replace']>[1], opts?: unknown) {
        const type = await checkIncomingFile(input.file);
        // Strapi keeps the stored hash and extension on replace, so the URL stays the same: the new
        // content must be of a type that extension stands for, or it would be served as another type.
        const stored = await service.findOne(id);
        const storedExtension = stored?.ext?.toLowerCase();
        if (storedExtension && !type.extensions.includes(storedExtension)) {
          refuse(
            `Chỉ thay được tệp ${storedExtension} bằng một tệp cùng loại; tệp mới là ${type.label}.`,
            `A ${storedExtension} file can only be replaced by one of the same type; the new file is ${type.label}.`,
          );
        }
        return versionReplacedFile(strapi, await replace.call(service, id, input, opts));
      },
    });
  });
}
