/**
 * Which words a scan prints in bold. Tesseract does not say, yet minutes mark their item headings
 * so; bold strokes are thicker, so bold text puts more ink in its boxes than the page's running
 * text does. Measured on this project's sample minutes rendered at 300 dpi: running-text lines
 * have 21-26% ink in their word boxes, bold heading lines 31-43%.
 */
import type { GrayPixels } from './image-rules.js';

export interface WordBox {
  left: number;
  top: number;
  width: number;
  height: number;
  text: string;
}

const INK = 128;
/** a line with this much more ink than the page's running text is bold (a heading) */
const BOLD_LINE = 1.25;
/** a word with this much more is bold within a line that is not (a label: "Beslut:") */
const BOLD_WORD = 1.45;

function ink(image: GrayPixels, box: WordBox): { ink: number; area: number } {
  const x0 = Math.max(0, box.left);
  const y0 = Math.max(0, box.top);
  const x1 = Math.min(image.width, box.left + box.width);
  const y1 = Math.min(image.height, box.top + box.height);
  let dark = 0;
  for (let y = y0; y < y1; y++) {
    const row = y * image.width;
    for (let x = x0; x < x1; x++) if (image.pixels[row + x]! < INK) dark++;
  }
  return { ink: dark, area: Math.max(0, x1 - x0) * Math.max(0, y1 - y0) };
}

const share = (parts: { ink: number; area: number }[]) => {
  const area = parts.reduce((a, p) => a + p.area, 0);
  return area ? parts.reduce((a, p) => a + p.ink, 0) / area : 0;
};

/** Per line, per word: bold or not. */
export function boldWords(lines: WordBox[][], image: GrayPixels): boolean[][] {
  const measured = lines.map((words) => words.map((w) => ink(image, w)));
  // running text: lines of several words; their median share of ink is the page's regular weight
  const running = measured.filter((m, i) => lines[i]!.length >= 4).map(share).sort((a, b) => a - b);
  if (running.length < 3) return lines.map((words) => words.map(() => false));
  const regular = running[Math.floor(running.length / 2)]!;
  return lines.map((words, i) => {
    const lineBold = share(measured[i]!) > regular * BOLD_LINE;
    return words.map((w, j) => /\p{L}/u.test(w.text) && (lineBold || (/\p{L}{4,}/u.test(w.text) && share([measured[i]![j]!]) > regular * BOLD_WORD)));
  });
}
