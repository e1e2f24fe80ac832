import { DocumentError } from '../errors.js';
import type { MinutesDocument } from '../model/document.js';
import { sniffFormat } from './format.js';
import type { ReadOptions } from './options.js';
import { readPdf } from './pdf.js';

export function read(bytes: Uint8Array, options: ReadOptions): Promise<MinutesDocument> {
  if (sniffFormat(bytes) !== 'pdf') throw new DocumentError('not-a-pdf', 'the file is named .pdf but is not a PDF');
  return readPdf(bytes, { maxPages: options.limits?.maxPages, ocr: options.ocr, ocrCommands: options.ocrCommands, onOcrPages: options.onOcrPages });
}
