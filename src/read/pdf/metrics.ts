/**
 * What the document's own typography says is normal: the body text size, the line spacing of
 * each font size and where running text wraps. The paragraph and heading rules compare against
 * these instead of fixed numbers, so they hold for any font and template.
 */
import type { Line } from './types.js';

/** The font size most characters of running text have. */
export function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best || 11;
}

/**
 * Baseline-to-baseline distance per font size: the most common distance between two consecutive
 * lines of that size that are plausibly one paragraph apart (1.0 to 1.6 times the size).
 * `sequences` are lines in reading order, one array per stretch of text (a page, a cell).
 */
export function linePitch(sequences: Line[][]): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (const lines of sequences) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!, b = lines[i]!;
      if (a.size !== b.size) continue;
      const d = Math.round((a.y - b.y) * 5) / 5;
      if (d < a.size * 1.0 || d > a.size * 1.6) continue;
      if (!counts.has(a.size)) counts.set(a.size, new Map());
      const m = counts.get(a.size)!;
      m.set(d, (m.get(d) ?? 0) + 1);
    }
  }
  const pitch = new Map<number, number>();
  for (const [size, m] of counts) {
    // the smallest distance that is common: a paragraph's own line spacing, not paragraph gaps
    const total = [...m.values()].reduce((s, n) => s + n, 0);
    const common = [...m.entries()].filter(([, n]) => n >= Math.max(2, total * 0.1)).map(([d]) => d);
    pitch.set(size, common.length ? Math.min(...common) : Math.min(...m.keys()));
  }
  // sizes never seen twice in a row: the usual ratio of the document, else a typical 1.15
  const ratios = [...pitch.entries()].map(([s, p]) => p / s);
  const ratio = ratios.length ? ratios.reduce((s, r) => s + r, 0) / ratios.length : 1.15;
  return (size) => pitch.get(size) ?? size * ratio;
}

/**
 * Where running text wraps: the right end of the longest lines. A single line reaching further
 * than all others (a long link, a right-aligned date) does not move the margin.
 */
export function rightEdge(lines: Line[], pageRight?: number): number {
  const ends = lines.map((l) => l.x1).sort((a, b) => b - a);
  if (ends.length === 0) return Infinity;
  const edge = ends.length >= 2 && ends[0]! - ends[1]! > 12 ? ends[1]! : ends[0]!;
  // minutes whose lines all end short (lists, labels, short paragraphs) show no margin at all: then
  // the margin is where the page's left margin says it is, mirrored on the right
  if (pageRight !== undefined) {
    const mirrored = pageRight - leftEdge(lines);
    const wrappedThere = ends.filter((x) => x >= edge - 15).length;
    if (mirrored > edge + 36 && wrappedThere < 3) return mirrored;
  }
  return edge;
}

/** Where running text starts: the left end of the lines, a single line further left aside. */
export function leftEdge(lines: Line[]): number {
  const starts = lines.map((l) => l.x0).sort((a, b) => a - b);
  if (starts.length === 0) return 0;
  if (starts.length >= 2 && starts[1]! - starts[0]! > 12) return starts[1]!;
  return starts[0]!;
}
