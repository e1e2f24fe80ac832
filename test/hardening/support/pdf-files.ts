/**
 * PDFs the reader tests cannot make with make-pdf.ts: pages that are only a picture (a scan), and
 * text whose font maps its codes to the wrong Unicode letters (the glyphs on screen are right,
 * the text a program gets out is not: an old generator's broken encoding).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { embeddedSans } from '../../read/pdf/embedded-fonts.js';
import { makePdf, type FixturePage } from '../../read/pdf/make-pdf.js';

/** Assembles a PDF from numbered object bodies (1 = catalog), with a correct xref table. */
function assemble(objects: (string | Buffer)[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) tail += `${String(off).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(tail, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

export interface GrayImage {
  width: number;
  height: number;
  /** one byte per pixel, rows top to bottom */
  pixels: Buffer;
}

/** A page that is one greyscale picture filling it (a scan), or lines of text in Helvetica. */
export type MadePage = { image: GrayImage } | { lines: string[] };

/** A PDF of A4 pages, each a scan or a text page (Helvetica, not embedded: text pages are read, never drawn). */
export function pagesPdf(pages: MadePage[]): Uint8Array {
  const objects: (string | Buffer)[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: number[] = [];
  for (const page of pages) {
    if ('image' in page) {
      const { image } = page;
      const imageObj = objects.push(stream(`/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(image.pixels)));
      const contentObj = objects.push(stream('', Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q', 'latin1')));
      kids.push(objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${imageObj} 0 R >> >> /Contents ${contentObj} 0 R >>`));
    } else {
      const text = page.lines.map((line, i) => `BT /F1 12 Tf 1 0 0 1 72 ${760 - i * 22} Tm (${line.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
      const contentObj = objects.push(stream('', Buffer.from(text, 'latin1')));
      kids.push(objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentObj} 0 R >>`));
    }
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return assemble(objects);
}

/** A PDF of A4 pages, each nothing but one greyscale picture filling the page: a scan. */
export function imageOnlyPdf(images: GrayImage[]): Uint8Array {
  return pagesPdf(images.map((image) => ({ image })));
}

export function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Renders page 1 of a PDF to a greyscale picture with pdftoppm (PGM), as a scanner would see it. */
export function renderPage(pdf: Uint8Array, dpi: number): GrayImage {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'protokoll-render-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), '-gray', '-singlefile', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    const pgm = readFileSync(path.join(dir, 'page.pgm'));
    // binary PGM: "P5", width, height, maxval, one whitespace, then the pixels
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
    if (!header) throw new Error('pdftoppm gave no PGM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, pixels: pgm.subarray(header[0].length, header[0].length + width * height) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Grey speckle: a "scan" with no text on it, where pdftoppm is not there to draw one. */
export function speckle(width: number, height: number, seed = 1): GrayImage {
  const pixels = Buffer.alloc(width * height);
  let x = seed;
  for (let i = 0; i < pixels.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = 200 + (x % 56);
  }
  return { width, height, pixels };
}

/**
 * A scanned page of minutes: the text page rendered to a picture (where pdftoppm is installed),
 * else speckle, put into a PDF that has no text layer at all.
 */
export function scannedMinutesPdf(page: FixturePage, dpi = 200): { pdf: Uint8Array; hasText: boolean } {
  if (!hasPdftoppm()) return { pdf: imageOnlyPdf([speckle(400, 566)]), hasText: false };
  return { pdf: imageOnlyPdf([renderPage(makePdf([page], { fonts: 'sans' }), dpi)]), hasText: true };
}

/**
 * Text in an embedded Liberation Sans whose /ToUnicode map shifts every letter by one ("och" comes out as "pdi"):
 * what a viewer shows is right, what the text layer says is garbage.
 */
export function wrongEncodingPdf(lines: string[]): Uint8Array {
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Shifted def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '3 beginbfrange <20> <20> <0020> <21> <7E> <0022> <A0> <FE> <00A1> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const text = lines
    .map((line, i) => `BT /F1 11 Tf 1 0 0 1 72 ${770 - i * 16} Tm (${Buffer.from(line, 'latin1').toString('latin1').replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`)
    .join('\n');
  // the font is embedded (Liberation Sans), so OCR reads the same glyphs on every machine
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '',
    stream('', Buffer.from(text, 'latin1')),
    stream('', Buffer.from(cmap, 'latin1')),
  ];
  const font = embeddedSans((body) => objects.push(body), '/ToUnicode 5 0 R');
  objects[2] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents 4 0 R >>`;
  return assemble(objects);
}

/** A PDF whose page tree claims far more pages than it has (a forged /Count). */
export function forgedPageCountPdf(count: number): Uint8Array {
  const content = Buffer.from('BT /F1 11 Tf 72 770 Td (Sida ett) Tj ET', 'latin1');
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    stream('', content),
  ]);
}
