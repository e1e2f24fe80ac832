/**
 * Scanned pages in a PDF, as the PDF reader hands them over: pages without a text layer, and
 * pages whose text layer is garbage (legibility.ts). Where OCR is available they are rendered and
 * read by tesseract, and the words it read, with their positions, take the place of the page's
 * text layer, so the reader's layout stage rebuilds paragraphs and tables from them as from any
 * page. Either way the warnings say per page what happened, with the OCR's confidence, or how to
 * enable OCR.
 */
import type { OcrSettings } from '../limits/settings.js';
import type { RawPage, Rule, TextRun } from '../read/pdf/types.js';
import { illegibleBecause } from './legibility.js';
import { ocrPages } from './pages.js';
import { DEFAULT_COMMANDS, OCR_PACKAGES, ocrAvailability, type OcrCommands } from './tools.js';

export interface ScannedPagesOptions {
  settings: OcrSettings;
  commands?: OcrCommands;
  /** told, before OCR starts, how many pages it is about to read (a time limit allows for them) */
  onOcrPages?: (pages: number) => void;
}

export interface ScannedPages {
  /**
   * each page read by OCR: its text runs in place of the page's own, and for a scan the ruling
   * lines its picture shows (a garbled page keeps the lines it draws)
   */
  read: Map<number, { runs: TextRun[]; rules?: Rule[] }>;
  warnings: string[];
}

/** Pages OCR should read: no text at all, or text that does not read as text. */
export function pagesForOcr(pages: RawPage[]): { number: number; garbled: boolean }[] {
  const out: { number: number; garbled: boolean }[] = [];
  for (const page of pages) {
    if (page.runs.length === 0) out.push({ number: page.number, garbled: false });
    else if (illegibleBecause(page.runs.map((r) => r.text).join(' '))) out.push({ number: page.number, garbled: true });
  }
  return out;
}

export async function readScannedPages(pdf: Uint8Array, pages: RawPage[], options: ScannedPagesOptions): Promise<ScannedPages> {
  const read: ScannedPages['read'] = new Map();
  const candidates = pagesForOcr(pages);
  if (candidates.length === 0) return { read, warnings: [] };
  const { settings } = options;
  if (settings.mode === 'off') return { read, warnings: ['OCR is turned off (PROTOKOLL_OCR=off), so pages without a readable text layer were not read'] };
  const availability = await ocrAvailability(settings.language, options.commands ?? DEFAULT_COMMANDS);
  if (!availability.available) {
    return { read, warnings: [`pages without a readable text layer (scans) could not be read by OCR: ${availability.missing}; to enable OCR, install it (Debian/Ubuntu: apt-get install ${OCR_PACKAGES})`] };
  }

  options.onOcrPages?.(candidates.length);
  const garbled = new Set(candidates.filter((c) => c.garbled).map((c) => c.number));
  const warnings: string[] = [];
  const heights = new Map(pages.map((p) => [p.number, p.box[3] - p.box[1]]));
  const wanted = candidates.map((c) => ({ number: c.number, height: heights.get(c.number)! }));
  for (const result of await ocrPages(pdf, wanted, settings, options.commands)) {
    if (!result.ok) {
      warnings.push(`page ${result.page} could not be read by OCR (${result.reason})`);
    } else if (result.words > 0 && result.confidence !== null) {
      read.set(result.page, garbled.has(result.page) ? { runs: result.runs } : { runs: result.runs, rules: result.rules });
      const confidence = `mean confidence ${Math.round(result.confidence)}%`;
      warnings.push(garbled.has(result.page) ? `page ${result.page} has a garbled text layer and was read by OCR instead (${confidence})` : `page ${result.page} was read by OCR (${confidence})`);
    }
    // a page where OCR found no words is blank (or a picture): the reader's own warning says so
  }
  return { read, warnings };
}
