/**
 * The file types the content model needs, and nothing else: photos and logos, and the documents
 * associations publish (reports, forms, tables). SVG is not here: it can carry script and there is
 * no sanitiser in the pipeline.
 */
export type AllowedFileType = {
  /** What editors see in messages. */
  label: string;
  mime: string;
  /** Extensions (lower case, with the dot) a file of this type may carry; the first is canonical. */
  extensions: readonly string[];
  /** Images are shown inline by browsers; everything else is served as a download. */
  isImage: boolean;
};

export const ALLOWED_FILE_TYPES = {
  jpeg: { label: 'JPEG', mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'], isImage: true },
  png: { label: 'PNG', mime: 'image/png', extensions: ['.png'], isImage: true },
  webp: { label: 'WebP', mime: 'image/webp', extensions: ['.webp'], isImage: true },
  avif: { label: 'AVIF', mime: 'image/avif', extensions: ['.avif'], isImage: true },
  gif: { label: 'GIF', mime: 'image/gif', extensions: ['.gif'], isImage: true },
  pdf: { label: 'PDF', mime: 'application/pdf', extensions: ['.pdf'], isImage: false },
  docx: {
    label: 'DOCX',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
    isImage: false,
  },
  xlsx: {
    label: 'XLSX',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
    isImage: false,
  },
  odt: { label: 'ODT', mime: 'application/vnd.oasis.opendocument.text', extensions: ['.odt'], isImage: false },
  ods: { label: 'ODS', mime: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['.ods'], isImage: false },
} as const satisfies Record<string, AllowedFileType>;

export type AllowedFileTypeKey = keyof typeof ALLOWED_FILE_TYPES;

const ALL_TYPES: readonly AllowedFileType[] = Object.values(ALLOWED_FILE_TYPES);

/** Extensions served inline (images); anything else under /uploads/ is a download. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(
  ALL_TYPES.filter((type) => type.isImage).flatMap((type) => type.extensions),
);

const labels = (isImage: boolean) => ALL_TYPES.filter((type) => type.isImage === isImage).map((type) => type.label).join(', ');

/** What is accepted, in each language, to close a refusal message. */
export const ALLOWED_TYPES_SENTENCE = {
  vi: `Chỉ nhận ảnh ${labels(true)} và tài liệu ${labels(false)}.`,
  en: `Only ${labels(true)} images and ${labels(false)} documents are accepted.`,
} as const;
