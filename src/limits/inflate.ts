/**
 * The cap on what a PDF's compressed streams inflate to. pdf.js keeps a stream's inflated bytes
 * in ArrayBuffers outside the heap a thread's resourceLimits bound, so a 3 MB PDF whose page
 * stream inflates to 3 GiB would take 3 GiB and more. Before pdf.js sees the bytes, every stream
 * that starts with a zlib header is inflated here with node:zlib, counting and discarding the
 * output, and a stream that inflates to more than the limit fails the document on that limit.
 *
 * The scan does not trust the PDF: it finds streams by their `stream` keyword, not the (forgeable)
 * cross-reference table or /Length, and inflates from there until the deflate data ends, so a
 * lying length or an `endstream` hidden in the data does not end the count early. A stream whose
 * inflated bytes are themselves a zlib stream (/Filter [/FlateDecode /FlateDecode]) is inflated
 * again, and both layers count. Other filters (LZW, images) are left to the memory watchdog
 * (limits/watchdog.ts), which stops extraction at its memory limit wherever the bytes live.
 */
import { createInflate, type Inflate } from 'node:zlib';
import { DocumentError } from '../errors.js';
import { LIMIT_SETTINGS, inUserUnits, type Limits } from './settings.js';

/** How deep a stream of streams is followed (each layer a /FlateDecode of the one below). */
const MAX_LAYERS = 4;

/**
 * A zlib header as pdf.js accepts it: method 8 (deflate), the header check (RFC 1950), no preset
 * dictionary. pdf.js ignores the window size it states, so a header stating an impossible one is
 * still inflated there, and must be counted here too (see `asNodeAccepts`).
 */
function zlibHeaderAt(bytes: Uint8Array, i: number): boolean {
  const cmf = bytes[i];
  const flg = bytes[i + 1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0 && (flg & 0x20) === 0;
}

/** A standard zlib header (32 KiB window, default level): node:zlib refuses a stated window over 32 KiB. */
const STANDARD_HEADER = Buffer.from([0x78, 0x9c]);

/** The same deflate data in chunks node:zlib takes: the header replaced when it states an odd window. */
function asNodeAccepts(input: Uint8Array): Uint8Array[] {
  if (input.length < 2 || input[0]! >> 4 <= 7) return [input];
  return [STANDARD_HEADER, input.subarray(2)];
}

/**
 * Where each stream's data starts: after `stream` and the end of its line (PDF 1.7, 7.3.8.1). As
 * pdf.js does, anything between the keyword and the line's end is skipped, so `stream   \n` hides
 * nothing.
 */
export function streamStarts(bytes: Uint8Array): number[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const starts: number[] = [];
  const keyword = /stream[^\r\n]*(\r\n|\n|\r)/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    if (text.slice(Math.max(0, m.index - 3), m.index) === 'end') continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** One count across the layers of a stream; `over` once it passed the budget. */
interface Count {
  bytes: number;
  budget: number;
  over: boolean;
  inflaters: Inflate[];
}

/**
 * One layer: inflates what it is written, adds its output to the count, and passes the output on
 * to an inner layer when that output is itself zlib data. Resolves when this layer and the ones
 * inside it are done (or the count went over, which ends them all at once).
 */
function layer(count: Count, depth: number): { inflater: Inflate; done: Promise<void> } {
  const inflater = createInflate({ chunkSize: 64 * 1024 });
  count.inflaters.push(inflater);
  const done = new Promise<void>((resolve) => {
    let head: Buffer | null = Buffer.alloc(0);
    let inner: { inflater: Inflate; done: Promise<void> } | null = null;
    const over = () => {
      count.over = true;
      for (const z of count.inflaters) z.destroy();
      resolve();
    };
    inflater.on('data', (chunk: Buffer) => {
      if (count.over) return;
      count.bytes += chunk.length;
      if (count.bytes > count.budget) return over();
      let out: Buffer = chunk;
      if (head) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 2) return;
        if (depth < MAX_LAYERS && zlibHeaderAt(head, 0)) {
          inner = layer(count, depth + 1);
          if (head[0]! >> 4 > 7) STANDARD_HEADER.copy(head);
        }
        out = head;
        head = null;
      }
      // the inner layer's pace sets this one's, so nothing piles up between them
      // (a damaged inner layer is destroyed and never drains: this one goes on when it closes)
      if (inner && !inner.inflater.destroyed && !inner.inflater.write(out)) {
        inflater.pause();
        const resume = () => inflater.resume();
        inner.inflater.once('drain', resume);
        inner.inflater.once('close', resume);
      }
    });
    const end = () => {
      if (count.over) return resolve();
      if (!inner) return resolve();
      inner.inflater.end();
      void inner.done.then(() => resolve());
    };
    inflater.on('end', end);
    // damaged or not deflate at all: pdf.js fails or stops there too; what was inflated counts
    inflater.on('error', end);
    inflater.on('close', () => count.over && resolve());
  });
  return { inflater, done };
}

/**
 * What `input`'s deflate data inflates to, inner layers included, stopping as soon as the count
 * passes `budget` (then `budget + 1`). Never holds more than a few chunks of output.
 */
export async function inflatedSize(input: Uint8Array, budget: number): Promise<number> {
  const count: Count = { bytes: 0, budget, over: false, inflaters: [] };
  const outer = layer(count, 1);
  const [first, rest] = asNodeAccepts(input);
  if (rest) outer.inflater.write(first!);
  outer.inflater.end(rest ?? first);
  await outer.done;
  return count.over ? budget + 1 : count.bytes;
}

export function inflatesTooMuch(limits: Pick<Limits, 'maxInflatedBytes'>): DocumentError {
  const mib = inUserUnits('maxInflatedBytes', limits.maxInflatedBytes);
  return new DocumentError(
    'too-large',
    `a compressed part of the PDF unpacks to more than ${mib} MiB (a "decompression bomb"); refusing to read it (raise it with ${LIMIT_SETTINGS.maxInflatedBytes.env})`,
  );
}

/**
 * Throws `inflatesTooMuch` when any Flate stream of the PDF inflates to more than the limit.
 * Returns the largest inflated size seen (for measurements).
 */
export async function checkPdfStreams(bytes: Uint8Array, limits: Pick<Limits, 'maxInflatedBytes'>): Promise<number> {
  let largest = 0;
  for (const start of streamStarts(bytes)) {
    if (!zlibHeaderAt(bytes, start)) continue;
    const size = await inflatedSize(bytes.subarray(start), limits.maxInflatedBytes);
    if (size > limits.maxInflatedBytes) throw inflatesTooMuch(limits);
    largest = Math.max(largest, size);
  }
  return largest;
}
