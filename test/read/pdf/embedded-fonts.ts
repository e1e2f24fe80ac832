/**
 * Fonts embedded in the test PDFs, so that a page is drawn with the same glyphs on every machine
 * (pdftoppm otherwise draws Helvetica with whatever fontconfig offers: DejaVu Sans where
 * LibreOffice is installed, Nimbus Sans with the URW fonts, nothing readable with neither).
 * Both families come with pdf.js (pdfjs-dist, installed with pdf-parse), so the tests need no
 * font of the system and no file of their own:
 * - sans: Liberation Sans (SIL OFL), TrueType, with widths read from the font;
 * - serif: Foxit Serif (BSD), Type 1 in compact form (CFF), embedded under the standard names Times-Roman/-Bold/-Italic:
 *   it is drawn to Times' metrics, and a PDF may leave out the widths of a standard font, so
 *   every reader takes the same built-in Times widths.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype from 'opentype.js';

export type EmbeddedFamily = 'sans' | 'serif';

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(createRequire(require.resolve('pdf-parse')).resolve('pdfjs-dist/package.json'));
const fontFile = (name: string) => readFileSync(path.join(pdfjsDir, 'standard_fonts', name));

/**
 * Liberation Sans regular alone, with more entries for its font dictionary (a /ToUnicode map of
 * a test's own); returns the font dictionary's object number.
 */
export function embeddedSans(add: (body: string) => number, extraEntries: string): number {
  return trueTypeFont(FILES.sans[0], 0, add, ` ${extraEntries}`);
}

/** Regular, bold, italic: the three fonts make-pdf.ts writes text in (F1, F2, F3). */
const FILES: Record<EmbeddedFamily, [string, string, string]> = {
  sans: ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf'],
  serif: ['FoxitSerif.pfb', 'FoxitSerifBold.pfb', 'FoxitSerifItalic.pfb'], // CFF data, despite the name
};
const SERIF_NAMES = ['Times-Roman', 'Times-Bold', 'Times-Italic'];

/** The PDF objects of one family's three fonts; returns the object numbers of the font dictionaries. */
export function embeddedFontObjects(family: EmbeddedFamily, add: (body: string) => number): [number, number, number] {
  const [regular, bold, italic] = FILES[family].map((file, i) => (family === 'sans' ? trueTypeFont(file, i, add) : type1Font(file, SERIF_NAMES[i]!, i, add)));
  return [regular!, bold!, italic!];
}

const FLAGS = (serif: boolean, style: number) => 32 /* nonsymbolic */ + (serif ? 2 : 0) + (style === 2 ? 64 : 0) + (style === 1 ? 262144 : 0);

/** A TrueType font (FontFile2) with the widths of WinAnsi codes 32-255 read from its own metrics. */
function trueTypeFont(file: string, style: number, add: (body: string) => number, extra = ''): number {
  const bytes = fontFile(file);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const name = font.names.postScriptName?.en ?? path.parse(file).name;
  const scale = 1000 / font.unitsPerEm;
  const decoder = new TextDecoder('windows-1252');
  const widths: number[] = [];
  for (let code = 32; code <= 255; code++) widths.push(Math.round(font.charToGlyph(decoder.decode(Uint8Array.of(code))).advanceWidth! * scale));
  // opentype.js types its tables loosely (Table: any fields); the head table holds the font's bounding box
  const head = font.tables.head as (opentype.Table & { xMin: number; yMin: number; xMax: number; yMax: number }) | undefined;
  if (!head) throw new Error(`${file}: no head table`);
  const bbox = [head.xMin, head.yMin, head.xMax, head.yMax].map((v) => Math.round(v * scale));
  const program = add(`<< /Length ${bytes.length} /Length1 ${bytes.length} >>\nstream\n${bytes.toString('latin1')}\nendstream`);
  const descriptor = add(
    `<< /Type /FontDescriptor /FontName /${name} /Flags ${FLAGS(false, style)} /FontBBox [${bbox.join(' ')}] /ItalicAngle ${style === 2 ? -12 : 0}` +
      ` /Ascent ${Math.round(font.ascender * scale)} /Descent ${Math.round(font.descender * scale)} /CapHeight 716 /StemV ${style === 1 ? 140 : 80} /FontFile2 ${program} 0 R >>`,
  );
  return add(`<< /Type /Font /Subtype /TrueType /BaseFont /${name} /FirstChar 32 /LastChar 255 /Widths [${widths.join(' ')}] /Encoding /WinAnsiEncoding /FontDescriptor ${descriptor} 0 R${extra} >>`);
}

/** A Type 1 font in its compact form (CFF, FontFile3 /Type1C), as pdf.js ships it. */
function type1Font(file: string, baseName: string, style: number, add: (body: string) => number): number {
  const cff = fontFile(file);
  const program = add(`<< /Length ${cff.length} /Subtype /Type1C >>\nstream\n${cff.toString('latin1')}\nendstream`);
  const descriptor = add(
    `<< /Type /FontDescriptor /FontName /${baseName} /Flags ${FLAGS(true, style)} /FontBBox [-168 -218 1000 898] /ItalicAngle ${style === 2 ? -15 : 0}` +
      ` /Ascent 683 /Descent -217 /CapHeight 662 /StemV ${style === 1 ? 136 : 84} /FontFile3 ${program} 0 R >>`,
  );
  return add(`<< /Type /Font /Subtype /Type1 /BaseFont /${baseName} /Encoding /WinAnsiEncoding /FontDescriptor ${descriptor} 0 R >>`);
}
