/**
 * A tiny PDF writer for reader tests: real PDF files (parsed by the same pdf.js as any other)
 * with text at chosen positions in the standard Helvetica fonts, drawn lines and filled
 * rectangles, page rotation, and optionally the standard password encryption (RC4, revision 2)
 * that makes a viewer ask for a password.
 *
 * Standard fonts are not embedded: a program that draws the page (pdftoppm for the OCR tests)
 * takes whatever font the machine maps Helvetica to, so the picture differs between machines.
 * Tests that draw pages embed a font instead (`fonts: 'sans' | 'serif'`, embedded-fonts.ts).
 */
import { createHash } from 'node:crypto';
import { embeddedFontObjects, type EmbeddedFamily } from './embedded-fonts.js';

export interface FixtureText {
  x: number;
  y: number;
  text: string;
  size?: number;
  font?: 'regular' | 'bold' | 'italic';
  /** written bottom-to-top (for a page shown with /Rotate 90, it reads left to right) */
  upwards?: boolean;
}

export interface FixturePage {
  texts?: FixtureText[];
  /** stroked straight lines [x0, y0, x1, y1] */
  lines?: [number, number, number, number][];
  /** filled rectangles [x, y, width, height] (Word draws table borders this way) */
  fills?: [number, number, number, number][];
  /** /Rotate of the page; texts and lines are given in the unrotated page's coordinates */
  rotate?: 0 | 90 | 180 | 270;
  width?: number;
  height?: number;
}

export interface FixtureOptions {
  /** encrypt with this user password (the file then needs it to open) */
  userPassword?: string;
  /**
   * 'standard' (default): Helvetica, not embedded; 'sans' / 'serif': a font embedded in the file
   * (Liberation Sans / Foxit Serif), so every renderer draws the same glyphs
   */
  fonts?: 'standard' | EmbeddedFamily;
}

const FONTS = { regular: 'F1', bold: 'F2', italic: 'F3' } as const;

/** PDF string literal in WinAnsi (Latin-1 covers å, ä, ö; a few typographic marks mapped). */
function pdfString(text: string): string {
  const winAnsi: Record<string, number> = { '•': 0x95, '–': 0x96, '—': 0x97, '”': 0x94, '“': 0x93, '’': 0x92 };
  let out = '(';
  for (const ch of text) {
    const code = winAnsi[ch] ?? ch.charCodeAt(0);
    if (code > 255) throw new Error(`fixture text not in WinAnsi: ${ch}`);
    const c = String.fromCharCode(code);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : code < 32 || code > 126 ? `\\${code.toString(8).padStart(3, '0')}` : c;
  }
  return `${out})`;
}

function contentStream(page: FixturePage): string {
  const ops: string[] = [];
  for (const [x, y, w, h] of page.fills ?? []) ops.push(`${x} ${y} ${w} ${h} re f`);
  for (const [x0, y0, x1, y1] of page.lines ?? []) ops.push(`0.5 w ${x0} ${y0} m ${x1} ${y1} l S`);
  for (const t of page.texts ?? []) {
    const matrix = t.upwards ? `0 1 -1 0 ${t.x} ${t.y}` : `1 0 0 1 ${t.x} ${t.y}`;
    ops.push(`BT /${FONTS[t.font ?? 'regular']} ${t.size ?? 11} Tf ${matrix} Tm ${pdfString(t.text)} Tj ET`);
  }
  return ops.join('\n');
}

export function makePdf(pages: FixturePage[], options: FixtureOptions = {}): Uint8Array {
  // the encryption below covers strings only, not the streams an embedded font brings
  if (options.userPassword !== undefined && options.fonts && options.fonts !== 'standard') throw new Error('fixture PDFs are encrypted with standard fonts only');
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const [f1, f2, f3] =
    options.fonts && options.fonts !== 'standard'
      ? embeddedFontObjects(options.fonts, add)
      : ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'].map((name) => add(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`));
  const kids: number[] = [];
  for (const page of pages) {
    const content = contentStream(page);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${page.width ?? 595} ${page.height ?? 842}]` +
          (page.rotate ? ` /Rotate ${page.rotate}` : '') +
          ` /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  const fileId = createHash('md5').update('protokoll-fixture').digest();
  let encryptRef = '';
  if (options.userPassword !== undefined) {
    const { o, u } = standardSecurity(options.userPassword, 'owner-' + options.userPassword, -4, fileId);
    const encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P -4 >>`);
    encryptRef = ` /Encrypt ${encrypt} 0 R`;
  }

  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encryptRef} /ID [<${fileId.toString('hex')}> <${fileId.toString('hex')}>] >>\n`;
  pdf += `startxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

// --- the PDF standard security handler, revision 2 (PDF 1.7 §7.6.3.3, algorithms 2, 3 and 4) ---

const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function padPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

function standardSecurity(user: string, owner: string, permissions: number, fileId: Buffer): { o: Buffer; u: Buffer } {
  const ownerKey = createHash('md5').update(padPassword(owner)).digest().subarray(0, 5);
  const o = rc4(ownerKey, padPassword(user));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const fileKey = createHash('md5').update(Buffer.concat([padPassword(user), o, p, fileId])).digest().subarray(0, 5);
  return { o, u: rc4(fileKey, PASSWORD_PAD) };
}
