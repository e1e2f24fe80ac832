/**
 * OCR of chosen pages of a PDF: each page rendered to a grey picture by pdftoppm, read by
 * tesseract (TSV output: words with boxes and confidences), made into text runs (tsv.ts), and
 * searched for table borders (image-rules.ts). Everything goes through pipes: the PDF's bytes
 * into pdftoppm, its picture into tesseract, nothing on disk, no file name given to any tool
 * (run.ts).
 */
import type { OcrSettings } from '../limits/settings.js';
import type { Rule } from '../read/pdf/types.js';
import { parsePgm, rulesFromImage } from './image-rules.js';
import { runTool } from './run.js';
import { DEFAULT_COMMANDS, type OcrCommands } from './tools.js';
import { runsFromTsv, type OcrPageRuns } from './tsv.js';

/** A page read by OCR: its words as text runs, and the ruling lines (table borders) its picture shows. */
export type OcrPageResult = ({ page: number; ok: true; rules: Rule[] } & OcrPageRuns) | { page: number; ok: false; reason: string };

/** `pages`: page numbers with each page's height in points (to turn pixels into page space). */
export async function ocrPages(pdf: Uint8Array, pages: { number: number; height: number }[], settings: OcrSettings, commands: OcrCommands = DEFAULT_COMMANDS): Promise<OcrPageResult[]> {
  const results: OcrPageResult[] = [];
  for (const page of pages) {
    try {
      results.push({ page: page.number, ok: true, ...(await ocrPage(pdf, page, settings, commands)) });
    } catch (error) {
      results.push({ page: page.number, ok: false, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

async function ocrPage(pdf: Uint8Array, page: { number: number; height: number }, settings: OcrSettings, commands: OcrCommands): Promise<OcrPageRuns & { rules: Rule[] }> {
  const n = String(page.number);
  // each tool gets the page's whole time allowance: the document's own limit already counts it.
  // A grey PGM ("-" reads the PDF from standard input; no output name writes to standard output)
  const { stdout: pgm } = await runTool(commands.pdftoppm, ['-f', n, '-l', n, '-r', String(settings.dpi), '-gray', '-'], settings.msPerPage, pdf);
  const pixels = parsePgm(pgm);
  if (!pixels) throw new Error('pdftoppm gave no picture of the page');
  const { stdout: tsv } = await runTool(commands.tesseract, ['stdin', 'stdout', '-l', settings.language, 'tsv'], settings.msPerPage, pgm);
  return { ...runsFromTsv(tsv.toString('utf8'), settings.dpi, page.height, pixels), rules: rulesFromImage(pixels, settings.dpi, page.height) };
}
