/**
 * pdf.js (the legacy build pdf-parse ships; the modern one needs browser globals and newer
 * built-ins than Node 20 has) loaded for reading text and drawn lines, not for painting pages:
 *
 * - The legacy build brings core-js, which replaces `Array.prototype.push` and `JSON.parse` for
 *   the whole thread with slower versions (a fix for array lengths above 2^32 and a JSON proposal
 *   that nothing here uses). Every push in pdf.js and in the layout and extraction stages paid for
 *   it; the native functions are put back once both halves of pdf.js (the API and the "worker"
 *   that parses, run in this thread) have loaded, so neither can install the polyfills again.
 * - With `disableFontFace` pdf.js builds an outline (a path) for every glyph it meets while it
 *   lists a page's drawing operators, to paint text without fonts. Text extraction never paints.
 *   With font faces on instead, pdf.js hands each font to the document's font list, which in Node
 *   is `FONT_DOCUMENT` below, a list that keeps nothing; `FontFace`, which pdf.js constructs for
 *   that list, is given a stand-in of the same kind where Node has none.
 * - pdf.js's two halves talk by messages even in one thread, and its in-thread "port" copies
 *   every message with `structuredClone` (a tenth of pdf.js's time on text pages). `openWorker`
 *   gives each document a port that hands the text and the operator lists over without that
 *   copy (see `handOver`); every other message is still copied as before.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;
type WorkerParams = NonNullable<ConstructorParameters<PdfJs['PDFWorker']>[0]>;
type Transfer = NonNullable<NonNullable<Parameters<typeof structuredClone>[1]>['transfer']>;

/** The parsing half's entry point (pdf.worker.mjs): it serves documents over a port. */
interface WorkerEntry {
  initializeFromPort(port: InThreadPort): void;
}

interface Loaded {
  pdfjs: PdfJs;
  entry: WorkerEntry;
}

let loading: Promise<Loaded> | undefined;

/** Loaded on first use: pdf.js is large and most runs of the CLI read no PDF at all. */
export async function loadPdfJs(): Promise<PdfJs> {
  return (await loadBoth()).pdfjs;
}

function loadBoth(): Promise<Loaded> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Loaded> {
  const natives = { push: Array.prototype.push, parse: JSON.parse };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // the parsing half, loaded now (it registers itself as globalThis.pdfjsWorker, where pdf.js
  // looks first) rather than by pdf.js at the first document, after the natives are back
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  restore(Array.prototype, 'push', natives.push);
  restore(JSON, 'parse', natives.parse);
  if (!('FontFace' in globalThis)) {
    Object.defineProperty(globalThis, 'FontFace', { value: TextOnlyFontFace, writable: true, configurable: true });
  }
  return { pdfjs, entry: worker.WorkerMessageHandler as WorkerEntry };
}

/**
 * A pdf.js worker for one document, in this thread, over an `InThreadPort`. Pass it to
 * `getDocument` as `worker`, and destroy it after the document.
 */
export async function openWorker(): Promise<PdfWorker> {
  const { pdfjs, entry } = await loadBoth();
  const port = new InThreadPort();
  // the API half first: the parsing half greets it ("ready") as soon as it is set up
  const worker = new pdfjs.PDFWorker({ port: port as unknown as WorkerParams['port'], verbosity: pdfjs.VerbosityLevel.ERRORS });
  entry.initializeFromPort(port);
  return worker;
}

type Listener = (this: InThreadPort, event: { data: unknown }) => void;

/**
 * pdf.js's own in-thread port (its `LoopbackPort`) with the same delivery (each message to
 * every listener, in order, one microtask later), but messages are copied only where the
 * sender may still change what it sent (`handOver`).
 */
export class InThreadPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown, transfer?: Transfer): void {
    const event = { data: handOver(message, transfer) };
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_name: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    let unhook: (() => void) | null = null;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_name, listener);
      unhook = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, unhook);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, unhook] of this.#listeners) unhook?.();
    this.#listeners.clear();
  }
}

/**
 * What the receiving half gets for a message. pdf.js's messages are fresh objects; what they
 * carry is copied (as a real worker's messages are) except where pdf.js's parsing half is known
 * to leave it alone once sent:
 * - a chunk of text content (`items`): the parser puts new `items` and `styles` into the same
 *   chunk object right after sending it, so that object is copied, but it never changes an item
 *   it has pushed nor an `items` array it has sent;
 * - a chunk of an operator list (`fnArray`, `argsArray`): the parser empties those two arrays
 *   right after sending (`length = 0`), so they are copied, but the arguments in them are made
 *   afresh for every operator and not changed after;
 * - a message of plain values only (stream requests such as "pull").
 * Nothing on the receiving side (pdf.js's API half, open.ts) changes what it receives.
 */
export function handOver(message: unknown, transfer?: Transfer): unknown {
  if (message !== null && typeof message === 'object') {
    const fields = message as Record<string, unknown>;
    const chunk = fields.chunk as Record<string, unknown> | undefined;
    if (chunk !== null && typeof chunk === 'object') {
      if (Array.isArray(chunk.items)) return { ...fields, chunk: { ...chunk } };
      if (Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray)) {
        return { ...fields, chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
      }
    }
    let plain = true;
    for (const key in fields) {
      const value = fields[key];
      if (value !== null && typeof value === 'object') {
        plain = false;
        break;
      }
    }
    if (plain) return message;
  }
  return structuredClone(message, transfer?.length ? { transfer } : undefined);
}

function restore<T extends object, K extends keyof T>(target: T, key: K, native: T[K]): void {
  if (target[key] !== native) Object.defineProperty(target, key, { value: native, writable: true, configurable: true, enumerable: false });
}

/** A font face that is never drawn with: pdf.js only waits for it to load. */
class TextOnlyFontFace {
  readonly loaded: Promise<this>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
  load(): Promise<this> {
    return this.loaded;
  }
}

/** The document whose font list pdf.js adds each font to (see above): it keeps none. */
export const FONT_DOCUMENT = { fonts: { add: () => undefined, delete: () => true } };
