/**
 * A worker thread of the in-process pool: runs the one pure `extractRecord` on bytes it is sent,
 * so that parsing (CPU-bound) uses as many cores as there are threads. It reads under the
 * settings it was started with (limits, OCR); the parent stops it when a document takes too long
 * or, through the thread's resource limits, uses too much memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentError } from '../src/errors.js';
import type { Settings } from '../src/limits/settings.js';
import { extractRecord } from '../src/pipeline.js';
import { loadPdfJs } from '../src/read/pdf/pdfjs.js';
import { READERS, type SourceFormat } from '../src/read/registry.js';
import { converterFor } from './extractors.js';

export interface ThreadRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
}

export type ThreadReply =
  | { id: number; record: unknown }
  | { id: number; error: { message: string; documentCode: string | null } }
  /** OCR is about to read this many pages: the document's time limit grows by their allowance */
  | { id: number; ocrPages: number }
  /** the thread has loaded the pipeline and takes documents: their time starts counting now */
  | { ready: true };

export interface ThreadData {
  settings: Settings;
  /**
   * The formats of the documents the thread is to read: only their readers load before it says
   * it is ready (mammoth is not loaded for a batch of PDFs, nor pdf.js for one of DOCX files).
   * Absent: every reader. A document of another format still reads; its reader loads on the way.
   */
  formats?: readonly SourceFormat[];
}

/** Minutes small enough to read in milliseconds, with a header, a decision, an owner and a date. */
const WARM_UP = 'Minnesanteckningar ledningsgruppen\nDatum: 2025-01-15\nNärvarande: Anna Berg (AB), enhetschef\n\n1. Budget\nLedningsgruppen beslutade att anta budgeten. AB återkommer med en plan senast den 1 mars.\n\n2. Övrigt\nInget.\n';

const port = parentPort;
if (!port) throw new Error('extract-thread.js runs only as a worker thread');
const { settings, formats } = workerData as ThreadData;
const converter = converterFor(settings);

port.on('message', (request: ThreadRequest) => {
  const onOcrPages = (pages: number) => port.postMessage({ id: request.id, ocrPages: pages } satisfies ThreadReply);
  extractRecord({ path: request.path, bytes: request.bytes }, { ...settings, converter, onOcrPages }).then(
    (record) => port.postMessage({ id: request.id, record } satisfies ThreadReply),
    (error: unknown) => {
      // errors do not cross threads with their class; the code says whether it was a DocumentError
      const message = error instanceof Error ? error.message : String(error);
      const documentCode = error instanceof DocumentError ? error.code : null;
      port.postMessage({ id: request.id, error: { message, documentCode } } satisfies ThreadReply);
    },
  );
});

// the readers of the documents to come (with pdf.js for PDFs) load, and a few lines of minutes go
// through every stage (the Swedish word list, the date reader and the rules load on first use),
// before the thread says it is ready: no document's time limit is spent loading them
const readers = READERS.filter((r) => !formats || formats.includes(r.format));
await Promise.all([...readers.map((r) => r.load()), ...(readers.some((r) => r.format === 'pdf') ? [loadPdfJs()] : [])]);
await extractRecord({ path: 'uppvärmning.txt', bytes: new TextEncoder().encode(WARM_UP) }, { ...settings, converter }).catch(() => undefined);
port.postMessage({ ready: true } satisfies ThreadReply);
