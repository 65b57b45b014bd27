import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { makeDemoDocument } from '../../src/seed/demo-files';
import { detectAllowedFileType } from '../../src/security/uploads/detect-file-type';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'upload-types-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function typeOf(buffer: Buffer): Promise<string | undefined> {
  const file = path.join(dir, `f-${Math.random().toString(36).slice(2)}`);
  await writeFile(file, buffer);
  return (await detectAllowedFileType(file))?.label;
}

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const pixel = () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#2a6' } });

describe('telling an upload by its bytes', () => {
  it('recognises WebP, AVIF and GIF images', async () => {
    expect(await typeOf(await pixel().webp().toBuffer())).toBe('WebP');
    expect(await typeOf(await pixel().avif().toBuffer())).toBe('AVIF');
    expect(await typeOf(await pixel().gif().toBuffer())).toBe('GIF');
  });

  it('recognises XLSX, ODT and ODS documents', async () => {
    expect(await typeOf((await makeDemoDocument('x.xlsx', 'Bảng')).buffer)).toBe('XLSX');
    const odf = (mime: string) => zipOf({ mimetype: mime, 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': '<manifest/>' });
    expect(await typeOf(await odf('application/vnd.oasis.opendocument.text'))).toBe('ODT');
    expect(await typeOf(await odf('application/vnd.oasis.opendocument.spreadsheet'))).toBe('ODS');
  });

  it('refuses archives that only look like documents: a JAR, a macro-enabled Word file, an ODF presentation, a plain ZIP', async () => {
    expect(await typeOf(await zipOf({ 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n', 'Main.class': 'x' }))).toBeUndefined();
    const docx = await JSZip.loadAsync((await makeDemoDocument('x.docx', 'Có macro')).buffer);
    docx.file('word/vbaProject.bin', 'macro');
    expect(await typeOf(await docx.generateAsync({ type: 'nodebuffer' }))).toBeUndefined();
    expect(await typeOf(await zipOf({ mimetype: 'application/vnd.oasis.opendocument.presentation', 'content.xml': '<x/>' }))).toBeUndefined();
    expect(await typeOf(await zipOf({ 'word/document.xml': '<w:document/>' }))).toBeUndefined();
  });

  it('stops reading an Office file whose metadata inflates past 256 KB (a zip bomb is never inflated whole)', async () => {
    const docx = await JSZip.loadAsync((await makeDemoDocument('x.docx', 'Bom')).buffer);
    const contentTypes = await docx.file('[Content_Types].xml')!.async('string');
    docx.file('[Content_Types].xml', contentTypes.replace('<Types', `${' '.repeat(2 * 1024 * 1024)}<Types`));
    expect(await typeOf(await docx.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))).toBeUndefined();
  });

  it('refuses HTML, SVG, script and an empty file', async () => {
    for (const text of ['<!doctype html><script>alert(1)</script>', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'alert(1)', '']) {
      expect(await typeOf(Buffer.from(text))).toBeUndefined();
    }
  });
});
