/**
 * The PDF reader: pdf.js gives positioned text and drawn lines (pdf/open.ts); the layout stage
 * rebuilds tables, paragraphs, headings and lists from them without page furniture
 * (pdf/layout.ts). Encrypted and damaged files fail with a DocumentError; pages without text
 * (scans) or with garbled text are read by OCR where it is available (src/ocr), and reported in
 * `warnings` either way.
 */
import type { OcrSettings } from '../limits/settings.js';
import type { MinutesDocument } from '../model/document.js';
import { readScannedPages, type ScannedPages } from '../ocr/scanned.js';
import type { OcrCommands } from '../ocr/tools.js';
import { layoutPages } from './pdf/layout.js';
import { openPdf } from './pdf/open.js';
import { textWarnings } from './pdf/warnings.js';

export interface PdfReadOptions {
  /** a PDF with more pages is refused ('too-many-pages') before any page is read */
  maxPages?: number;
  /** read scanned (and garbled) pages by OCR where it is available; absent: report them only */
  ocr?: OcrSettings;
  ocrCommands?: OcrCommands;
  /** told how many pages OCR is about to read */
  onOcrPages?: (pages: number) => void;
}

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<MinutesDocument> {
  const { pages, warnings } = await openPdf(bytes, options.maxPages);
  const scanned: ScannedPages = options.ocr
    ? await readScannedPages(bytes, pages, { settings: options.ocr, commands: options.ocrCommands, onOcrPages: options.onOcrPages })
    : { read: new Map(), warnings: [] };
  // a page read by OCR is read from its picture: the words OCR found replace its text layer, and
  // the borders its picture shows stand in for drawn ones
  const textPages = scanned.read.size
    ? pages.map((p) => {
        const ocr = scanned.read.get(p.number);
        return ocr ? { ...p, runs: ocr.runs, rules: ocr.rules ?? p.rules } : p;
      })
    : pages;
  const blocks = layoutPages(textPages);
  return { format: 'pdf', pages: pages.length, blocks, warnings: [...warnings, ...textWarnings(pages, new Set(scanned.read.keys())), ...scanned.warnings] };
}
