/**
 * The I/O edge of the PDF reader: pdf.js (the build pdf-parse ships) opens the bytes and hands
 * over, per page, the positioned text runs with their fonts and the ruling lines the page draws.
 * pdf.js runs in this thread (its "fake worker"), quietly, and every failure it has becomes a
 * `DocumentError` with a plain message.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { DocumentError } from '../../errors.js';
import { tooManyPages } from '../../limits/breach.js';
import { fontStyle, type FontStyle } from './fonts.js';
import { FONT_DOCUMENT, loadPdfJs, openWorker } from './pdfjs.js';
import { IDENTITY, multiply, pageSpace, type Matrix } from './matrix.js';
import { extractRules } from './rules.js';
import type { RawPage, TextRun } from './types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type DocumentParams = import('pdfjs-dist/types/src/display/api.js').DocumentInitParameters;
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type TextItem = Extract<Awaited<ReturnType<PdfPage['getTextContent']>>['items'][number], { str: string }>;

export interface OpenedPdf {
  pages: RawPage[];
  warnings: string[];
}

function assetDir(name: string): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return path.join(path.dirname(pkg), name) + path.sep;
}

export async function openPdf(bytes: Uint8Array, maxPages = Infinity): Promise<OpenedPdf> {
  const pdfjs = await loadPdfJs();
  const worker = await openWorker();
  try {
    return await readDocument(pdfjs, worker, bytes, maxPages);
  } finally {
    worker.destroy();
  }
}

async function readDocument(pdfjs: PdfJs, worker: PdfWorker, bytes: Uint8Array, maxPages: number): Promise<OpenedPdf> {
  const task = pdfjs.getDocument({
    // pdf.js in this thread, without copying the text and operator lists it hands over (pdfjs.ts)
    worker,
    // pdf.js takes ownership of (and may detach) the buffer it is given
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    // no image is decoded: pictures (logos, photos, stamps) give neither text nor ruling lines,
    // and decoding them for the operator list was the slowest part of a page that has one
    // (pages without text, scans, are read by OCR from the file itself)
    maxImageSize: 0,
    // fonts go to a font list that keeps nothing, so pdf.js builds no glyph outlines (pdfjs.ts)
    disableFontFace: false,
    // pdf.js only ever calls fonts.add and fonts.delete on it (no DOM here)
    ownerDocument: FONT_DOCUMENT as unknown as DocumentParams['ownerDocument'],
    useSystemFonts: false,
    standardFontDataUrl: assetDir('standard_fonts'),
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openFailure(error);
  }

  try {
    if (doc.numPages > maxPages) throw tooManyPages(doc.numPages, { maxPages });
    const warnings: string[] = [];
    const pages: RawPage[] = [];
    const unreadable: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(pdfjs, await doc.getPage(n)));
      } catch (error) {
        if (error instanceof DocumentError) throw error;
        unreadable.push(n);
        pages.push({ number: n, box: [0, 0, 595, 842], runs: [], rules: [] });
      }
    }
    if (unreadable.length === doc.numPages) {
      throw new DocumentError('corrupt', 'the PDF is damaged: none of its pages could be read');
    }
    if (unreadable.length) warnings.push(`${pagesPhrase(unreadable)} could not be read (the PDF is damaged there)`);
    if (!hasEndMarker(bytes)) warnings.push('the PDF file looks cut short (it has no end-of-file marker); text may be missing');
    return { pages, warnings };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readPage(pdfjs: PdfJs, page: PdfPage): Promise<RawPage> {
  // everything is measured on the page as seen: rotation and crop box offset undone, y upwards
  const viewport = page.getViewport({ scale: 1 });
  const seen = pageSpace(viewport.transform as Matrix, viewport.height);
  const content = await page.getTextContent();
  const items = content.items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
  // The operator list gives the borders and makes pdf.js load the fonts (their names tell bold
  // and italic). A page without text needs neither, and skipping it spares decoding its scan.
  if (!items.length) {
    page.cleanup();
    return { number: page.pageNumber, box: [0, 0, viewport.width, viewport.height], runs: [], rules: [] };
  }
  // a page whose text mostly runs sideways (a landscape table put on a portrait page) is read
  // turned so that its text runs left to right
  const { matrix: toPage, width, height } = uprightFor(items.map((i) => ({ matrix: multiply(seen, i.transform as Matrix), chars: i.str.length })), seen, viewport.width, viewport.height);

  const operators = await page.getOperatorList();
  const rules = extractRules(operators.fnArray, operators.argsArray, pdfjs.OPS, toPage);

  const styles = new Map<string, FontStyle>();
  const styleOf = (fontName: string): FontStyle => {
    let style = styles.get(fontName);
    if (!style) {
      const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string }) : undefined;
      style = fontStyle(font?.name);
      styles.set(fontName, style);
    }
    return style;
  };

  const runs: TextRun[] = [];
  for (const item of items) {
    const [a, b, , , e, f] = multiply(toPage, item.transform as Matrix);
    // text at another angle than the page's own (a margin stamp, a sideways label) is left out
    if (Math.abs(b) > Math.abs(a) * 0.1 || a <= 0) continue;
    const style = styleOf(item.fontName);
    runs.push({ text: item.str, x: e, y: f, width: item.width, size: Math.hypot(a, b), bold: style.bold, italic: style.italic, font: style.font });
  }
  page.cleanup();
  return { number: page.pageNumber, box: [0, 0, width, height], runs, rules };
}

/**
 * The page-space matrix turned by the quarter turn that makes most of the text run left to
 * right, with the page's new width and height.
 */
function uprightFor(items: { matrix: Matrix; chars: number }[], seen: Matrix, width: number, height: number): { matrix: Matrix; width: number; height: number } {
  const weight = [0, 0, 0, 0];
  for (const { matrix, chars } of items) {
    const quarter = Math.round(Math.atan2(matrix[1], matrix[0]) / (Math.PI / 2));
    weight[(quarter + 4) % 4]! += chars;
  }
  const quarter = weight.indexOf(Math.max(...weight));
  if (quarter === 0) return { matrix: seen, width, height };
  // turn back by `quarter` quarter turns, then move the page back to the origin
  const turns: Matrix[] = [IDENTITY, [0, -1, 1, 0, 0, width], [-1, 0, 0, -1, width, height], [0, 1, -1, 0, height, 0]];
  const turned = multiply(turns[quarter]!, seen);
  return quarter === 2 ? { matrix: turned, width, height } : { matrix: turned, width: height, height: width };
}

function openFailure(error: unknown): DocumentError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new DocumentError('encrypted', 'the PDF is password-protected; save an unprotected copy and try again');
  }
  return new DocumentError('corrupt', 'the PDF is damaged or incomplete and could not be opened');
}

/** "%%EOF" near the end: its absence is the usual mark of a download or copy cut short. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return tail.includes('%%EOF');
}

export function pagesPhrase(pages: number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  return `pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;
}
