import { DocumentError } from '../errors.js';
import { checkPdfStreams } from '../limits/inflate.js';
import { DEFAULT_LIMITS } from '../limits/settings.js';
import type { MinutesDocument } from '../model/document.js';
import { sniffFormat } from './format.js';
import type { ReadOptions } from './options.js';
import { readPdf } from './pdf.js';

export async function read(bytes: Uint8Array, options: ReadOptions): Promise<MinutesDocument> {
  if (sniffFormat(bytes) !== 'pdf') throw new DocumentError('not-a-pdf', 'the file is named .pdf but is not a PDF');
  // pdf.js holds inflated streams outside the heap limit: a deflate bomb is refused before it sees them
  await checkPdfStreams(bytes, { maxInflatedBytes: options.limits?.maxInflatedBytes ?? DEFAULT_LIMITS.maxInflatedBytes });
  return readPdf(bytes, { maxPages: options.limits?.maxPages, ocr: options.ocr, ocrCommands: options.ocrCommands, onOcrPages: options.onOcrPages });
}
