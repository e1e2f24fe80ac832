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
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/** Loaded on first use: pdf.js is large and most runs of the CLI read no PDF at all. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PdfJs> {
  const natives = { push: Array.prototype.push, parse: JSON.parse };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // the parsing half, loaded now (it registers itself as globalThis.pdfjsWorker, where pdf.js
  // looks first) rather than by pdf.js at the first document, after the natives are back
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  restore(Array.prototype, 'push', natives.push);
  restore(JSON, 'parse', natives.parse);
  if (!('FontFace' in globalThis)) {
    Object.defineProperty(globalThis, 'FontFace', { value: TextOnlyFontFace, writable: true, configurable: true });
  }
  return pdfjs;
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
