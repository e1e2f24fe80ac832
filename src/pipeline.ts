/**
 * The pipeline, composed here and nowhere else: read -> segment -> extract -> resolve -> record,
 * each stage a function of the one before it. Every caller (CLI, in-process pool, BullMQ
 * processor) goes through `extractRecord`, so the queue adds ids, retries and distribution, never
 * logic of its own.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DocumentError } from './errors.js';
import { checkFileSize } from './limits/breach.js';
import { DEFAULT_LIMITS, DEFAULT_OCR, type Limits, type OcrSettings } from './limits/settings.js';
import { extractItems } from './extract/index.js';
import { documentText, type MinutesDocument, type SourceFormat } from './model/document.js';
import type { OcrCommands } from './ocr/tools.js';
import { formatFromName } from './read/format.js';
import { readDocument, type DocumentConverter } from './read/index.js';
import { extensionList } from './read/registry.js';
import { buildRecord } from './record/build.js';
import type { MinutesRecord, Source } from './record/schema.js';
import { resolveMinutes } from './resolve/index.js';
import { segment } from './segment/index.js';

export interface SourceInput {
  /** where the bytes came from, as the user named it; stored in the record, never used to open files */
  path: string;
  bytes: Uint8Array;
  /** overrides the format from the file extension */
  format?: SourceFormat;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The record id: the first 16 hex characters of the content's sha256 (CONTRACT.md). */
export function recordIdFor(bytes: Uint8Array): string {
  return sha256Hex(bytes).slice(0, 16);
}

export function sourceFor(input: SourceInput, doc: Pick<MinutesDocument, 'format' | 'pages'>): Source {
  return {
    path: input.path,
    fileName: path.basename(input.path),
    sha256: sha256Hex(input.bytes),
    format: doc.format,
    bytes: input.bytes.length,
    pages: doc.pages,
  };
}

/** How a document is read: the limits and OCR (src/limits); the defaults when not given. */
export interface ExtractSettings {
  limits?: Limits;
  ocr?: OcrSettings;
  ocrCommands?: OcrCommands;
  /** converts .doc, .rtf and .odt to .docx (src/convert); absent: their text-only fallbacks */
  converter?: DocumentConverter;
  /** told how many pages OCR is about to read (a time limit allows for them) */
  onOcrPages?: (pages: number) => void;
}

export async function extractRecord(input: SourceInput, settings: ExtractSettings = {}): Promise<MinutesRecord> {
  const format = input.format ?? formatFromName(input.path);
  if (!format) throw new DocumentError('unsupported-format', `protokoll reads ${extensionList()} files, not "${path.extname(input.path) || 'files without an extension'}"`);
  const limits = settings.limits ?? DEFAULT_LIMITS;
  checkFileSize(input.bytes.length, limits);
  const doc = await readDocument(input.bytes, format, { limits, ocr: settings.ocr ?? DEFAULT_OCR, ocrCommands: settings.ocrCommands, onOcrPages: settings.onOcrPages, converter: settings.converter });
  return recordOfDocument(doc, sourceFor(input, doc));
}

/** The stages after reading, in order. Pure: a document in, a validated record out. */
export function recordOfDocument(doc: MinutesDocument, source: Source): MinutesRecord {
  const text = documentText(doc);
  const segmented = segment(doc);
  const extracted = extractItems(segmented, text);
  const resolved = resolveMinutes(segmented.header, extracted);
  return buildRecord({ source, text, resolved, warnings: [...doc.warnings, ...segmented.warnings] });
}
