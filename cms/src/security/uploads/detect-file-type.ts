import { open, readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { ALLOWED_FILE_TYPES, type AllowedFileType } from './allowed-types';

const HEAD_BYTES = 64;
/** Container metadata files are a few kilobytes; anything bigger is not a real document. */
const MAX_METADATA_BYTES = 256 * 1024;

const startsWith = (head: Buffer, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (head: Buffer, start: number, end: number) => head.subarray(start, end).toString('latin1');

/** AVIF is an ISO-BMFF file whose `ftyp` box names the avif brand (major or compatible). */
function isAvif(head: Buffer): boolean {
  if (ascii(head, 4, 8) !== 'ftyp') return false;
  const boxSize = head.readUInt32BE(0);
  const brands: string[] = [ascii(head, 8, 12)];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, head.length); offset += 4) brands.push(ascii(head, offset, offset + 4));
  return brands.includes('avif') || brands.includes('avis');
}

function detectByMagicBytes(head: Buffer): AllowedFileType | 'zip' | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return ALLOWED_FILE_TYPES.jpeg;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ALLOWED_FILE_TYPES.png;
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return ALLOWED_FILE_TYPES.gif;
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return ALLOWED_FILE_TYPES.webp;
  if (head.length >= 12 && isAvif(head)) return ALLOWED_FILE_TYPES.avif;
  if (ascii(head, 0, 5) === '%PDF-') return ALLOWED_FILE_TYPES.pdf;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  return undefined;
}

/** Reads one entry as text, giving up past `MAX_METADATA_BYTES` (a zip bomb never gets inflated). */
function readSmallEntry(entry: JSZip.JSZipObject | null): Promise<string | undefined> {
  if (!entry || entry.dir) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_METADATA_BYTES) {
          stream.pause();
          resolve(undefined);
          return;
        }
        chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const OOXML_MAIN_PARTS = [
  {
    type: ALLOWED_FILE_TYPES.docx,
    part: 'word/document.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  },
  {
    type: ALLOWED_FILE_TYPES.xlsx,
    part: 'xl/workbook.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  },
] as const;

const ODF_TYPES: readonly AllowedFileType[] = [ALLOWED_FILE_TYPES.odt, ALLOWED_FILE_TYPES.ods];

/**
 * Tells a Word/Excel (OOXML) or OpenDocument file from any other ZIP (JAR, APK, macro-enabled
 * .docm/.xlsm, a plain archive renamed .docx): OOXML declares its main part in [Content_Types].xml;
 * ODF stores its media type in the `mimetype` entry. Files carrying macros are refused.
 */
async function detectZipDocument(buffer: Buffer): Promise<AllowedFileType | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer, { checkCRC32: false });
  } catch {
    return undefined;
  }
  const names = Object.keys(zip.files);
  const lowerNames = names.map((name) => name.toLowerCase());
  if (lowerNames.some((name) => name.endsWith('vbaproject.bin') || name.startsWith('basic/') || name.startsWith('scripts/'))) {
    return undefined;
  }

  const odfMimeType = (await readSmallEntry(zip.file('mimetype')))?.trim();
  if (odfMimeType !== undefined) return ODF_TYPES.find((type) => type.mime === odfMimeType);

  const contentTypes = await readSmallEntry(zip.file('[Content_Types].xml'));
  if (contentTypes === undefined) return undefined;
  const matches = OOXML_MAIN_PARTS.filter(({ part, contentType }) => zip.file(part) !== null && contentTypes.includes(`"${contentType}"`));
  return matches.length === 1 ? matches[0].type : undefined;
}

async function readHead(filepath: string): Promise<Buffer> {
  const handle = await open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The allowed type a file's bytes are, whatever its name or declared type says; undefined when it is
 * none of them (HTML, SVG, script, executables, archives, unknown).
 */
export async function detectAllowedFileType(filepath: string): Promise<AllowedFileType | undefined> {
  const detected = detectByMagicBytes(await readHead(filepath));
  if (detected !== 'zip') return detected;
  return detectZipDocument(await readFile(filepath));
}
