/**
 * The PDF reader: pdf.js gives positioned text and drawn lines (pdf/open.ts); the layout stage
 * rebuilds tables, paragraphs, headings and lists from them without page furniture
 * (pdf/layout.ts). Encrypted and damaged files fail with a DocumentError; pages without text
 * are reported in `warnings`.
 */
import type { MinutesDocument } from '../model/document.js';
import { layoutPages } from './pdf/layout.js';
import { openPdf } from './pdf/open.js';
import { textWarnings } from './pdf/warnings.js';

export async function readPdf(bytes: Uint8Array): Promise<MinutesDocument> {
  const { pages, warnings } = await openPdf(bytes);
  const blocks = layoutPages(pages);
  return { format: 'pdf', pages: pages.length, blocks, warnings: [...warnings, ...textWarnings(pages)] };
}
