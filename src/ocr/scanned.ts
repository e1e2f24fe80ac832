/**
 * Scanned pages in a PDF, as the PDF reader hands them over: pages without a text layer, and
 * pages whose text layer is garbage (legibility.ts). Where OCR is available they are rendered and
 * read by tesseract, and their blocks take the place of the page's text; either way the warnings
 * say per page what happened, with the OCR's confidence, or how to enable OCR.
 */
import type { Block } from '../model/document.js';
import type { OcrSettings } from '../limits/settings.js';
import type { RawPage } from '../read/pdf/types.js';
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
  /** the blocks of each page read by OCR; those pages' text layers are not to be used */
  read: Map<number, Block[]>;
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
  const read = new Map<number, Block[]>();
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
  for (const result of await ocrPages(pdf, candidates.map((c) => c.number), settings, options.commands)) {
    if (!result.ok) {
      warnings.push(`page ${result.page} could not be read by OCR (${result.reason})`);
    } else if (result.words > 0 && result.confidence !== null) {
      // a new page is a gap before its first line, as in the plain-text reader
      read.set(result.page, result.blocks.map((b, i) => (i === 0 ? { ...b, gapBefore: true } : b)));
      const confidence = `mean confidence ${Math.round(result.confidence)}%`;
      warnings.push(garbled.has(result.page) ? `page ${result.page} has a garbled text layer and was read by OCR instead (${confidence})` : `page ${result.page} was read by OCR (${confidence})`);
    }
    // a page where OCR found no words is blank (or a picture): the reader's own warning says so
  }
  return { read, warnings };
}

/** The reader's blocks with each OCR'd page's blocks put in page order. */
export function mergeByPage(blocks: Block[], byPage: Map<number, Block[]>): Block[] {
  if (byPage.size === 0) return blocks;
  const pending = [...byPage.entries()].sort((a, b) => a[0] - b[0]);
  const out: Block[] = [];
  for (const block of blocks) {
    while (pending.length && block.page !== null && pending[0]![0] < block.page) out.push(...pending.shift()![1]);
    out.push(block);
  }
  for (const [, rest] of pending) out.push(...rest);
  return out;
}
