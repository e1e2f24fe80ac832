/**
 * Read stage: bytes to the one document model, one reader per format. The format comes from the
 * file name, but the bytes must agree: a ".docx" that is not a zip is reported, not guessed at.
 */
import { DocumentError } from '../errors.js';
import type { Limits, OcrSettings } from '../limits/settings.js';
import type { MinutesDocument, SourceFormat } from '../model/document.js';
import type { OcrCommands } from '../ocr/tools.js';
import { sniffFormat } from './format.js';
import { readDocx } from './docx.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

export interface ReadOptions {
  /** the page and unpacked-size limits (src/limits); absent: none beyond the readers' own */
  limits?: Pick<Limits, 'maxPages' | 'maxDocxUncompressedBytes'>;
  /** read scanned PDF pages by OCR where available; absent: only report them */
  ocr?: OcrSettings;
  ocrCommands?: OcrCommands;
  onOcrPages?: (pages: number) => void;
}

export async function readDocument(bytes: Uint8Array, format: SourceFormat, options: ReadOptions = {}): Promise<MinutesDocument> {
  if (bytes.length === 0) throw new DocumentError('empty', 'the file is empty (0 bytes)');
  const sniffed = sniffFormat(bytes);
  switch (format) {
    case 'pdf':
      if (sniffed !== 'pdf') throw new DocumentError('not-a-pdf', 'the file is named .pdf but is not a PDF');
      return readPdf(bytes, { maxPages: options.limits?.maxPages, ocr: options.ocr, ocrCommands: options.ocrCommands, onOcrPages: options.onOcrPages });
    case 'docx':
      if (sniffed === 'ole') throw new DocumentError('not-a-docx', 'the file is an old Word .doc (or another OLE file) named .docx; save it as .docx');
      if (sniffed !== 'zip') throw new DocumentError('not-a-docx', 'the file is named .docx but is not a Word document (not a zip archive)');
      return readDocx(bytes, { maxUncompressedBytes: options.limits?.maxDocxUncompressedBytes });
    case 'txt':
      return readText(bytes);
  }
}
