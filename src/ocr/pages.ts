/**
 * OCR of chosen pages of a PDF: each page rendered to a grey PNG by pdftoppm, read by tesseract
 * (TSV output: words with boxes and confidences), made into text runs (tsv.ts). The PDF's bytes go to a file
 * of our own naming in a private temporary folder, removed afterwards: no tool is ever given the
 * name the document came with, and no shell is involved (run.ts).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
  const dir = await mkdtemp(path.join(os.tmpdir(), 'protokoll-ocr-'));
  try {
    const source = path.join(dir, 'document.pdf');
    await writeFile(source, pdf, { mode: 0o600 });
    const results: OcrPageResult[] = [];
    for (const page of pages) {
      try {
        results.push({ page: page.number, ok: true, ...(await ocrPage(source, dir, page, settings, commands)) });
      } catch (error) {
        results.push({ page: page.number, ok: false, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function ocrPage(source: string, dir: string, page: { number: number; height: number }, settings: OcrSettings, commands: OcrCommands): Promise<OcrPageRuns & { rules: Rule[] }> {
  const n = String(page.number);
  const image = path.join(dir, `page-${n}`);
  // each tool gets the page's whole time allowance: the document's own limit already counts it.
  // A grey PGM: tesseract reads it, and so does the border finder, without a PNG decoder.
  await runTool(commands.pdftoppm, ['-f', n, '-l', n, '-r', String(settings.dpi), '-gray', '-singlefile', source, image], settings.msPerPage);
  const { stdout } = await runTool(commands.tesseract, [`${image}.pgm`, 'stdout', '-l', settings.language, 'tsv'], settings.msPerPage);
  const pixels = parsePgm(await readFile(`${image}.pgm`));
  await rm(`${image}.pgm`, { force: true });
  return { ...runsFromTsv(stdout, settings.dpi, page.height, pixels ?? undefined), rules: pixels ? rulesFromImage(pixels, settings.dpi, page.height) : [] };
}
