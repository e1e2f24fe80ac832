/**
 * How pdf.js is loaded for reading text (src/read/pdf/pdfjs.ts): the thread keeps its native
 * Array.prototype.push and JSON.parse, and fonts go to a font list that keeps nothing instead of
 * being turned into glyph outlines, while font names (bold, italic) still come through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../src/read/pdf/open.js';
import { FONT_DOCUMENT, loadPdfJs } from '../../src/read/pdf/pdfjs.js';

const nativePush = Array.prototype.push;
const nativeParse = JSON.parse;

describe('pdf.js for text', () => {
  it('leaves the native push and JSON.parse in place once both halves of pdf.js have loaded', async () => {
    await loadPdfJs();
    await openPdf(new Uint8Array(readFileSync('samples/pdf/000_7b52d196786977c7.pdf')));
    expect(Array.prototype.push).toBe(nativePush);
    expect(JSON.parse).toBe(nativeParse);
    expect(String(Array.prototype.push)).toMatch(/\[native code\]/);
  });

  it('hands each font to the font list, not to glyph outlines, and still tells bold text', async () => {
    const add = FONT_DOCUMENT.fonts.add;
    const added: string[] = [];
    FONT_DOCUMENT.fonts.add = ((face: { family: string }) => { added.push(face.family); }) as typeof add;
    try {
      const { pages } = await openPdf(new Uint8Array(readFileSync('samples/pdf/002_d87efa32b9f021cd.pdf')));
      const runs = pages.flatMap((p) => p.runs);
      expect(added.length).toBeGreaterThan(0);
      expect(runs.some((r) => r.bold)).toBe(true);
      expect(runs.some((r) => !r.bold)).toBe(true);
    } finally {
      FONT_DOCUMENT.fonts.add = add;
    }
  });
});
