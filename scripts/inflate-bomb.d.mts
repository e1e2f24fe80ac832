/** Types of scripts/inflate-bomb.mjs, for the tests that make bombs with it. */
export function zeroBomb(inflatedBytes: number, layers?: number): Buffer;
export function pdfWithContent(stream: Uint8Array, filter?: string): Buffer;
export function inflateBombPdf(inflatedBytes: number, layers?: number): Buffer;
