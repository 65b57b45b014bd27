import { createHash } from 'node:crypto';
import { removeVietnameseDiacritics } from '@lienhiep/vietnamese-text';
import JSZip from 'jszip';
import sharp from 'sharp';

/**
 * Demo media made on the spot, so the seed downloads nothing: landscape-style pictures (Lào Cai's
 * mountains under a sky whose colours come from a hash of the name), portraits, logos, and small
 * but real PDF, DOCX and XLSX documents.
 */

function palette(seed: string): { hue: number; hue2: number; shift: number } {
  const bytes = createHash('sha256').update(seed).digest();
  return { hue: bytes[0] % 360, hue2: (bytes[0] + 40 + (bytes[1] % 80)) % 360, shift: bytes[2] % 100 };
}

function landscapeSvg(seed: string, width: number, height: number): string {
  const { hue, hue2, shift } = palette(seed);
  const h = height;
  const w = width;
  const ridge = (base: number, amp: number, phase: number) =>
    Array.from({ length: 9 }, (_, i) => {
      const x = (i / 8) * w;
      const y = base + Math.sin(i * 1.3 + phase + shift / 17) * amp;
      return `${x.toFixed(0)},${y.toFixed(0)}`;
    }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${hue},70%,72%)"/><stop offset="1" stop-color="hsl(${hue2},60%,88%)"/>
  </linearGradient></defs>
  <rect width="${w}" height="${h}" fill="url(#sky)"/>
  <circle cx="${(w * (0.2 + shift / 160)).toFixed(0)}" cy="${(h * 0.28).toFixed(0)}" r="${(h * 0.09).toFixed(0)}" fill="hsl(45,95%,70%)"/>
  <polygon points="0,${h} ${ridge(h * 0.55, h * 0.08, 0)} ${w},${h}" fill="hsl(${hue2},30%,45%)"/>
  <polygon points="0,${h} ${ridge(h * 0.68, h * 0.06, 2)} ${w},${h}" fill="hsl(140,35%,32%)"/>
  <polygon points="0,${h} ${ridge(h * 0.82, h * 0.04, 4)} ${w},${h}" fill="hsl(120,40%,22%)"/>
</svg>`;
}

function portraitSvg(seed: string): string {
  const { hue } = palette(seed);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="750" viewBox="0 0 600 750">
  <rect width="600" height="750" fill="hsl(${hue},35%,85%)"/>
  <circle cx="300" cy="290" r="130" fill="hsl(${hue},20%,55%)"/>
  <path d="M70 750 C 90 520, 510 520, 530 750 Z" fill="hsl(${hue},25%,40%)"/>
</svg>`;
}

function logoSvg(seed: string): string {
  const { hue, hue2 } = palette(seed);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320" viewBox="0 0 320 320">
  <rect width="320" height="320" fill="#ffffff"/>
  <circle cx="160" cy="160" r="150" fill="hsl(${hue},60%,40%)"/>
  <circle cx="160" cy="160" r="118" fill="#ffffff"/>
  <polygon points="70,220 130,120 165,175 195,140 250,220" fill="hsl(${hue2},55%,45%)"/>
  <circle cx="215" cy="110" r="20" fill="hsl(45,95%,55%)"/>
</svg>`;
}

export type DemoImageKind = 'landscape' | 'portrait' | 'logo';

export async function makeDemoImage(kind: DemoImageKind, seed: string): Promise<{ buffer: Buffer; mime: string; ext: string }> {
  if (kind === 'logo') {
    return { buffer: await sharp(Buffer.from(logoSvg(seed))).png({ compressionLevel: 9 }).toBuffer(), mime: 'image/png', ext: 'png' };
  }
  const svg = kind === 'portrait' ? portraitSvg(seed) : landscapeSvg(seed, 1200, 675);
  return { buffer: await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer(), mime: 'image/jpeg', ext: 'jpg' };
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A one-page PDF 1.4 with the title as ASCII text (the base-14 fonts have no Vietnamese glyphs). */
function makePdf(title: string): Buffer {
  const ascii = removeVietnameseDiacritics(title).replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 60 760 Td (${ascii}) Tj 0 -28 Td /F1 12 Tf (Tai lieu mau - Lien hiep Hoi Lao Cai) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function makeDocx(title: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${xmlEscape(title)}</w:t></w:r></w:p><w:p><w:r><w:t>Tài liệu mẫu của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai.</w:t></w:r></w:p></w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function makeXlsx(title: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sach" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${xmlEscape(title)}</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Dữ liệu mẫu</t></is></c></row></sheetData></worksheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const DOCUMENT_MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function makeDemoDocument(fileName: string, title: string): Promise<{ buffer: Buffer; mime: string }> {
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  const mime = DOCUMENT_MIME[ext];
  if (!mime) throw new Error(`Demo documents must be .pdf, .docx or .xlsx: ${fileName}`);
  const buffer = ext === 'pdf' ? makePdf(title) : ext === 'docx' ? await makeDocx(title) : await makeXlsx(title);
  return { buffer, mime };
}
