/**
 * What the reader can tell about text it could not get: pages without a text layer (scans,
 * images of text) and pages whose fonts carry no Unicode mapping or a wrong one (the text comes
 * out as replacement or private-use characters, symbols, or letters that make no words).
 */
import { illegibleBecause } from '../../ocr/legibility.js';
import { pagesPhrase } from './open.js';
import type { RawPage } from './types.js';

/** `readByOcr`: pages whose text came from OCR instead; the OCR reports on those itself. */
export function textWarnings(allPages: RawPage[], readByOcr: ReadonlySet<number> = new Set()): string[] {
  const warnings: string[] = [];
  const pages = allPages.filter((p) => !readByOcr.has(p.number));
  const empty = pages.filter((p) => p.runs.length === 0).map((p) => p.number);
  if (pages.length > 0 && empty.length === allPages.length) {
    warnings.push('the PDF has no text layer (it is probably scanned); no text could be read');
  } else if (empty.length) {
    warnings.push(`${pagesPhrase(empty)} ${empty.length === 1 ? 'has' : 'have'} no text layer (scanned or blank); ${empty.length === 1 ? 'its' : 'their'} text is missing`);
  }
  const garbled = pages.filter((p) => p.runs.length > 0 && illegibleBecause(p.runs.map((r) => r.text).join(' '))).map((p) => p.number);
  if (garbled.length) warnings.push(`the text of ${pagesPhrase(garbled)} could not be decoded (a font whose encoding is missing or wrong); it is probably garbled`);
  return warnings;
}
