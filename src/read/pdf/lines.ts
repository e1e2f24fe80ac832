/**
 * Text runs to lines: runs sharing a baseline (within a tolerance that scales with the font) form
 * one line, read left to right, with a space wherever the gap between two runs is wider than a
 * sliver and a segment break wherever it is as wide as a tab.
 */
import { normaliseSpace } from '../../model/document.js';
import { TYPED_CHECK_BOX } from '../text/cell-kinds.js';
import type { Line, Rule, Segment, TextRun } from './types.js';
import { textEm } from './widths.js';

/** Baselines closer than this share a line (fraction of the larger font size). */
const BASELINE_TOLERANCE = 0.35;
/** A gap wider than this (fraction of the font size) is a space between words. */
const SPACE_GAP = 0.12;
/** A gap wider than this (fraction of the font size) is a tab: the line has separate segments. */
const TAB_GAP = 1.2;

const LETTER = /[\p{L}\p{N}]/u;

export function buildLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let anchorY = Number.NaN;
  let anchorSize = 0;
  for (const run of sorted) {
    const tolerance = BASELINE_TOLERANCE * Math.max(anchorSize, run.size);
    if (current.length && Math.abs(anchorY - run.y) <= tolerance) {
      current.push(run);
      continue;
    }
    // the line so far is a superscript (a footnote mark, "1:a") raised above this run's baseline
    if (current.length && anchorSize < 0.85 * run.size && anchorY > run.y && anchorY - run.y <= 0.55 * run.size) {
      current.push(run);
      anchorY = run.y;
      anchorSize = run.size;
      continue;
    }
    if (current.length) groups.push(current);
    current = [run];
    anchorY = run.y;
    anchorSize = run.size;
  }
  if (current.length) groups.push(current);
  return groups.map(makeLine).filter((line): line is Line => line !== null);
}

function makeLine(runs: TextRun[]): Line | null {
  const ordered = dropDoubleStrikes([...runs].sort((a, b) => a.x - b.x));
  const segments: Segment[] = [];
  const lettered: TextRun[] = [];
  let text = '';
  let segText = '';
  let segX0 = ordered[0]!.x;
  let end = -Infinity;
  let segEnd = -Infinity;
  let lineEnd = -Infinity;
  let segBold = true;
  let segSize = Math.round(ordered[0]!.size * 2) / 2;
  let ems = 0;
  let width = 0;
  let previous: TextRun | undefined;
  for (const run of ordered) {
    const gap = run.x - end;
    if (end > -Infinity && gap > TAB_GAP * run.size) {
      segments.push({ text: normaliseSpace(segText), x0: segX0, x1: segEnd, bold: segBold, size: segSize });
      segText = '';
      segX0 = run.x;
      segBold = true;
      segSize = Math.round(run.size * 2) / 2;
    }
    const wordBreak = gap > SPACE_GAP * run.size || (run.word === true && previous?.word === true);
    const needsSpace = end > -Infinity && wordBreak && !endsInSpace(text) && !/^\s/.test(run.text);
    previous = run;
    text += (needsSpace ? ' ' : '') + run.text;
    segText += (needsSpace && segText ? ' ' : '') + run.text;
    end = Math.max(end, run.x + run.width);
    if (run.text.trim()) {
      const visibleEnd = run.x + visibleWidth(run);
      segEnd = Math.max(segEnd, visibleEnd);
      lineEnd = Math.max(lineEnd, visibleEnd);
    }
    if (LETTER.test(run.text)) {
      segBold &&= run.bold;
      lettered.push(run);
    }
    ems += textEm(run.text);
    width += run.width;
  }
  segments.push({ text: normaliseSpace(segText), x0: segX0, x1: segEnd, bold: segBold, size: segSize });
  const clean = normaliseSpace(text);
  if (!clean) return null;

  const styled = lettered.length ? lettered : ordered;
  const line: Line = {
    text: clean,
    x0: ordered[0]!.x,
    x1: lineEnd,
    y: dominant(styled, (r) => r.y),
    size: dominant(styled, (r) => Math.round(r.size * 2) / 2),
    bold: styled.every((r) => r.bold),
    italic: styled.every((r) => r.italic),
    underline: false,
    segments: segments.filter((s) => s.text),
    runs: ordered,
    emWidth: ems > 0 && width > 0 ? width / ems : ordered[0]!.size,
  };
  const bullet = bulletOf(ordered);
  if (bullet) line.bullet = bullet;
  const hangingX = hangingOf(ordered);
  if (hangingX !== undefined) line.hangingX = hangingX;
  return line;
}

const SPACE = /\s/;

/** Whether the text ends in whitespace (every whitespace character is one UTF-16 unit). */
function endsInSpace(text: string): boolean {
  return text.length > 0 && SPACE.test(text[text.length - 1]!);
}

/** Glyphs that are only ever bullets (with the private-use ones Symbol and Wingdings fonts map to). */
const BULLET_GLYPHS = /^[•◦▪▫●○■□☐☑☒‣⁃∙➢➤►▶✓✔❖\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF0A8]$/u;
/** Glyphs that are bullets when a tab sets them off, dashes or hyphens otherwise. */
const DASH_GLYPHS = /^[-–—*·]$/;

/** Short leads of a numbered paragraph: "1.", "12)", "a)", "§ 5", "IV." */
const NUMBER_LEAD = /^(\d{1,3}(\.\d{1,3})*[.)]?|[a-zA-Z][.)]|§\s*\d{1,4}|[IVXLC]{1,5}\.)$/;

/** A number set off by a tab or wide space: where the text after it starts (its hanging indent). */
function hangingOf(ordered: TextRun[]): number | undefined {
  const first = ordered[0]!;
  const next = ordered.slice(1).find((r) => r.text.trim());
  if (next && NUMBER_LEAD.test(first.text.trim()) && next.x - (first.x + visibleWidth(first)) >= 0.4 * first.size) return next.x;
  return undefined;
}

/** a typed check box opening a run, the task's text after it in the run or in the next one */
const CHECK_BOX_RUN = new RegExp(`^\\s*(${TYPED_CHECK_BOX.source})(?:\\s+(?=\\S)|\\s*$)`, 'u');

function bulletOf(ordered: TextRun[]): Line['bullet'] {
  const first = ordered[0]!;
  const glyph = first.text.trim();
  if (glyph.length === 1 && (BULLET_GLYPHS.test(glyph) || DASH_GLYPHS.test(glyph))) {
    const next = ordered.slice(1).find((r) => r.text.trim());
    if (!next) return undefined;
    const gap = next.x - (first.x + visibleWidth(first));
    const certain = BULLET_GLYPHS.test(glyph) || gap >= 0.4 * first.size;
    return { glyph, textX: next.x, certain };
  }
  // a check box typed before the task: "[ ] Anna: …", "[x] Peter: …", a run of its own or not
  const box = CHECK_BOX_RUN.exec(first.text);
  if (box) {
    const next = ordered.slice(1).find((r) => r.text.trim());
    const inRun = box[0].length < first.text.length;
    if (!inRun && !next) return undefined;
    return { glyph: box[1]!, textX: inRun ? first.x + (first.width * box[0].length) / first.text.length : next!.x, certain: true };
  }
  // bullet and text in one run: "• text" or a typed "- text"
  const m = /^\s*(\S)\s+(?=\S)/u.exec(first.text);
  if (m && (BULLET_GLYPHS.test(m[1]!) || DASH_GLYPHS.test(m[1]!))) {
    const textX = first.x + (first.width * m[0].length) / first.text.length;
    return { glyph: m[1]!, textX, certain: BULLET_GLYPHS.test(m[1]!) };
  }
  return undefined;
}

/** A run's width without its trailing spaces (pdf.js keeps them inside the run). */
function visibleWidth(run: TextRun): number {
  // trimEnd removes what /\s+$/ would (white space and line ends), without the regex's rescans
  const trimmed = run.text.trimEnd();
  return trimmed.length === run.text.length ? run.width : (run.width * trimmed.length) / run.text.length;
}

/** Fake bold draws the same text twice a hair apart; keep one copy. */
function dropDoubleStrikes(runs: TextRun[]): TextRun[] {
  return runs.filter((run, i) => {
    const prev = runs[i - 1];
    return !(prev && prev.text === run.text && Math.abs(prev.x - run.x) < 1.5 && Math.abs(prev.y - run.y) < 1);
  });
}

/** The value most characters have. */
function dominant(runs: TextRun[], key: (r: TextRun) => number): number {
  const weight = new Map<number, number>();
  for (const r of runs) weight.set(key(r), (weight.get(key(r)) ?? 0) + Math.max(1, r.text.trim().length));
  let best = key(runs[0]!);
  for (const [value, w] of weight) if (w > (weight.get(best) ?? 0)) best = value;
  return best;
}

/**
 * Marks lines drawn with a rule just under their baseline across (nearly) all their width. Rules
 * already used as table borders should not be passed in.
 */
export function markUnderlines(lines: Line[], horizontalRules: Rule[]): void {
  for (const line of lines) {
    const below = horizontalRules.filter(
      (r) => r.y0 <= line.y + 0.5 && r.y0 >= line.y - 0.35 * line.size && r.x0 <= line.x0 + 2 && r.x1 >= line.x0,
    );
    const covered = below.reduce((w, r) => w + Math.max(0, Math.min(r.x1, line.x1) - Math.max(r.x0, line.x0)), 0);
    // not a page-wide separator that happens to sit under a short line
    const tooLong = below.some((r) => r.x1 - r.x0 > (line.x1 - line.x0) * 1.5 + 10);
    line.underline = !tooLong && covered >= 0.85 * (line.x1 - line.x0);
  }
}
