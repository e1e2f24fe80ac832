import type { Limits, OcrSettings } from '../limits/settings.js';
import type { OcrCommands } from '../ocr/tools.js';

/**
 * Turns a document of an older or foreign word-processor format (.doc, .rtf, .odt) into .docx
 * bytes. An adapter (src/convert, LibreOffice) implements it and the caller passes it in, as OCR
 * commands are: the read stage runs no program of its own choosing.
 */
export interface DocumentConverter {
  /** null when it works here; else what is missing, in words that say how to get it */
  unavailable(): Promise<string | null>;
  /** `extension` of the input, with the dot (".doc"); resolves to the .docx bytes */
  toDocx(bytes: Uint8Array, extension: string): Promise<Uint8Array>;
}

export interface ReadOptions {
  /** the page and unpacked-size limits (src/limits); absent: none beyond the readers' own */
  limits?: Pick<Limits, 'maxPages' | 'maxDocxUncompressedBytes'> & Partial<Pick<Limits, 'maxInflatedBytes'>>;
  /** read scanned PDF pages by OCR where available; absent: only report them */
  ocr?: OcrSettings;
  ocrCommands?: OcrCommands;
  onOcrPages?: (pages: number) => void;
  /** converts .doc, .rtf and .odt to .docx; absent: the pure-JS fallbacks (text only) */
  converter?: DocumentConverter;
}
