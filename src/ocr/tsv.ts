/**
 * tesseract's TSV output (one row per block, paragraph, line and word, each with its box in
 * pixels and, for words, a confidence) made into the positioned text runs a PDF page's text layer
 * gives: one run per word, in points, y upwards, all words of a line on one baseline. The PDF
 * reader's layout stage then rebuilds lines, paragraphs, headings and tables from them exactly as
 * it does for text-layer pages. Pure: text in, runs out.
 */
import { normaliseSpace } from '../model/document.js';
import type { TextRun } from '../read/pdf/types.js';
import { boldWords } from './boldness.js';
import type { GrayPixels } from './image-rules.js';

export interface OcrPageRuns {
  runs: TextRun[];
  /** words recognised (noise left out) */
  words: number;
  /** mean confidence of those words, 0..100; null when there were none */
  confidence: number | null;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Line extends Box {
  words: (Box & { text: string; conf: number })[];
}

/**
 * Words tesseract is this unsure of are noise (specks, rules, a stamp's edge), not text, unless
 * they are plainly words on a line read with confidence: tesseract 5 now and then gives a short,
 * rightly read word ("att", "se") a confidence of 0 inside a line it is sure of.
 */
const NOISE_CONFIDENCE = 10;
const SURE_LINE = 60;
const WORD_LIKE = /^[\p{L}\p{N}][\p{L}\p{N}.,:;)-]*$/u;
/** Letters that reach below the baseline: a line box with them is taller than its text. */
const DESCENDERS = /[gjpqyQ,;]/;

export function parseTsvLines(tsv: string): Line[] {
  const rows = tsv.split(/\r?\n/);
  const header = rows.shift()?.split('\t') ?? [];
  const at = (name: string) => header.indexOf(name);
  const cols = { level: at('level'), block: at('block_num'), par: at('par_num'), line: at('line_num'), left: at('left'), top: at('top'), width: at('width'), height: at('height'), conf: at('conf'), text: at('text') };
  if (Object.values(cols).some((i) => i < 0)) return [];
  const lines = new Map<string, Line>();
  for (const row of rows) {
    const c = row.split('\t');
    const key = `${c[cols.block]}.${c[cols.par]}.${c[cols.line]}`;
    const box = { left: Number(c[cols.left]), top: Number(c[cols.top]), width: Number(c[cols.width]), height: Number(c[cols.height]) };
    if (![box.left, box.top, box.width, box.height].every(Number.isFinite)) continue;
    if (c[cols.level] === '4') lines.set(key, { ...box, words: [] });
    if (c[cols.level] !== '5') continue;
    const text = normaliseSpace(c[cols.text] ?? '');
    const conf = Number(c[cols.conf]);
    if (!text || !Number.isFinite(conf)) continue;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { ...box, words: [] }));
    line.words.push({ ...box, text, conf });
  }
  for (const line of lines.values()) {
    const sure = median(line.words.map((w) => w.conf)) >= SURE_LINE;
    line.words = line.words.filter((w) => w.conf >= NOISE_CONFIDENCE || (sure && WORD_LIKE.test(w.text)));
  }
  // a line of lone marks (a table border read as "|", a smudge read as "—") carries no text
  return [...lines.values()].filter((l) => l.words.some((w) => /[\p{L}\p{N}]/u.test(w.text)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Tesseract reads the section sign of "§ 12" as "8", "S", "$", "&" or "$&" depending on the font
 * and the resolution, and a "1" after it now and then as "I" or "l". A line that starts with one
 * such mark in a box one glyph wide (the word boxes tell: a real "8" or "S" of the text would not
 * stand alone before a number and a capitalised word), then a paragraph number, then a word with
 * a capital, is an item heading: minutes number their items so.
 */
const SIGN_MISREADS = /^[§$&8S5]{1,2}$/;
const PARAGRAPH_NUMBER = /^(?:\d{1,3}|[Il|])[a-z]?$/;

export function restoreSectionSign(line: Line): void {
  const [first, second, third] = line.words;
  if (!first || !second || !third) return;
  const oneGlyph = first.width <= 0.9 * Math.max(first.height, line.height * 0.6);
  if (!SIGN_MISREADS.test(first.text) || !oneGlyph || !PARAGRAPH_NUMBER.test(second.text) || !/^\p{Lu}/u.test(third.text)) return;
  first.text = '§';
  second.text = second.text.replace(/^[Il|]/, '1');
}

/**
 * `dpi`: the resolution the page was rendered at; `pageHeight`: the page's height in points;
 * `image`: the rendered page, where bold words are told by their ink. A line's font size is taken
 * from its box height; lines within 15% of the page's usual size get the usual size, so that only
 * really larger text (a title) stands out.
 */
export function runsFromTsv(tsv: string, dpi: number, pageHeight: number, image?: GrayPixels): OcrPageRuns {
  const lines = parseTsvLines(tsv);
  const bold = new Map(image ? boldWords(lines.map((l) => l.words), image).flatMap((flags, i) => flags.map((b, j) => [lines[i]!.words[j]!, b] as const)) : []);
  const toPt = 72 / dpi;
  // a line box spans ascenders to descenders: about 0.93 of the font size in a Helvetica-like face
  const sizeOf = (line: Line) => (line.height * toPt) / (DESCENDERS.test(line.words.map((w) => w.text).join('')) ? 0.93 : 0.75);
  const usual = median(lines.map(sizeOf));
  const runs: TextRun[] = [];
  const confidences: number[] = [];
  for (const line of lines) {
    let size = sizeOf(line);
    if (Math.abs(size - usual) <= 0.15 * usual) size = usual;
    restoreSectionSign(line);
    size = Math.round(size * 2) / 2;
    const descends = DESCENDERS.test(line.words.map((w) => w.text).join(''));
    const baseline = pageHeight - (line.top + line.height) * toPt + (descends ? 0.21 * size : 0);
    for (const word of line.words) {
      runs.push({ text: word.text, x: word.left * toPt, y: baseline, width: word.width * toPt, size, bold: bold.get(word) ?? false, italic: false, font: '', word: true });
      confidences.push(word.conf);
    }
  }
  const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : null;
  return { runs, words: confidences.length, confidence };
}
