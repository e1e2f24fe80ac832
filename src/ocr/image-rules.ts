/**
 * Ruling lines found in a scanned page's picture: the borders of a table a scan shows are pixels,
 * not drawn lines, yet the PDF layout stage finds tables by their borders. Long, thin runs of dark
 * pixels, across or down the page, become the same axis-aligned `Rule`s a text page's drawing
 * gives, in points. Pure: pixels in, rules out.
 */
import type { Rule } from '../read/pdf/types.js';

export interface GrayPixels {
  width: number;
  height: number;
  /** one byte per pixel, 0 = black, rows top to bottom */
  pixels: Uint8Array;
}

/** Darker than this is ink (light grey table borders included; a shaded cell is lighter). */
const INK = 200;
/** A rule is at least this long (inches): longer than any letter stroke. */
const MIN_LENGTH_IN = 0.3;
/** and at most this thick (inches): thicker is a filled area (a logo, a shaded cell), not a line. */
const MAX_THICKNESS_IN = 0.03;

interface Segment {
  /** the row (or column) it lies on, and how many neighbouring rows it spans */
  at: number;
  thickness: number;
  from: number;
  to: number;
}

/** Runs of ink at least `minLength` long along each line of pixels, joined across neighbouring lines. */
function segments(lines: number, length: number, ink: (line: number, i: number) => boolean, minLength: number, maxThickness: number): Segment[] {
  const done: Segment[] = [];
  let open: Segment[] = [];
  for (let line = 0; line < lines; line++) {
    const runs: [number, number][] = [];
    for (let i = 0; i < length; ) {
      if (!ink(line, i)) {
        i++;
        continue;
      }
      let end = i;
      while (end < length && ink(line, end)) end++;
      if (end - i >= minLength) runs.push([i, end]);
      i = end;
    }
    const next: Segment[] = [];
    for (const [from, to] of runs) {
      // the same line continued from the row above: they overlap for most of their length
      const above = open.find((s) => Math.min(s.to, to) - Math.max(s.from, from) >= 0.8 * Math.min(s.to - s.from, to - from));
      if (above) {
        open = open.filter((s) => s !== above);
        next.push({ at: above.at, thickness: above.thickness + 1, from: Math.min(above.from, from), to: Math.max(above.to, to) });
      } else next.push({ at: line, thickness: 1, from, to });
    }
    done.push(...open);
    open = next;
  }
  done.push(...open);
  return done.filter((s) => s.thickness <= maxThickness);
}

export function rulesFromImage(image: GrayPixels, dpi: number, pageHeight: number): Rule[] {
  const { width, height, pixels } = image;
  const pt = 72 / dpi;
  const minLength = Math.round(MIN_LENGTH_IN * dpi);
  const maxThickness = Math.max(2, Math.round(MAX_THICKNESS_IN * dpi));
  const across = segments(height, width, (y, x) => pixels[y * width + x]! < INK, minLength, maxThickness);
  const down = segments(width, height, (x, y) => pixels[y * width + x]! < INK, minLength, maxThickness);
  const rules: Rule[] = [];
  for (const s of across) {
    const y = pageHeight - (s.at + s.thickness / 2) * pt;
    rules.push({ x0: s.from * pt, y0: y, x1: s.to * pt, y1: y });
  }
  for (const s of down) {
    const x = (s.at + s.thickness / 2) * pt;
    rules.push({ x0: x, y0: pageHeight - s.to * pt, x1: x, y1: pageHeight - s.from * pt });
  }
  return rules;
}

/** A binary PGM ("P5", as pdftoppm -gray writes it) as pixels. */
export function parsePgm(bytes: Uint8Array): GrayPixels | null {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(head);
  if (!match || Number(match[3]) > 255) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  const start = match[0].length;
  if (bytes.length < start + width * height) return null;
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}
