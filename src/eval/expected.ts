/**
 * The project's expected quality figures: one entry per set and format, kept in
 * test/eval/expected-scores.json and shown in the README between markers. `npm run eval:expected`
 * writes both from a fresh evaluation; the quality tests hold the pipeline to them.
 */
import type { SetScore } from './score.js';

export interface FormatFigures {
  items: number;
  decisions: number;
  owners: number;
  deadlines: number;
  overall: number;
  /** meeting dates right of those the gold states: "4/4" */
  dates: string;
}

/** set (folder, e.g. "samples") -> format ("text", "docx", "pdf") -> figures */
export type ExpectedScores = Record<string, Record<string, FormatFigures>>;

export const NUMERIC_FIGURES = ['items', 'decisions', 'owners', 'deadlines', 'overall'] as const;
export const QUALITY_START = '<!-- quality:start -->';
export const QUALITY_END = '<!-- quality:end -->';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The figures of one scored format, F1s rounded to three decimals. */
export function figuresOf(score: SetScore): FormatFigures {
  return {
    items: round3(score.totals.items.f1),
    decisions: round3(score.totals.decisions.f1),
    owners: round3(score.totals.owners.f1),
    deadlines: round3(score.totals.deadlines.f1),
    overall: round3(score.overallF1),
    dates: `${score.meetingDate.correct}/${score.meetingDate.total}`,
  };
}

/**
 * How `actual` differs from `expected`, one message per figure: a numeric figure further than
 * `tolerance` either way, dates that differ, a set or format only one of them has.
 */
export function differences(actual: ExpectedScores, expected: ExpectedScores, tolerance: number): string[] {
  const out: string[] = [];
  const keys = (a: object, b: object): string[] => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const set of keys(actual, expected)) {
    const a = actual[set];
    const e = expected[set];
    if (!a || !e) {
      out.push(`${set}: ${a ? 'not in the expected figures' : 'expected, but not evaluated'}`);
      continue;
    }
    for (const format of keys(a, e)) {
      const af = a[format];
      const ef = e[format];
      if (!af || !ef) {
        out.push(`${set} ${format}: ${af ? 'not in the expected figures' : 'expected, but not evaluated'}`);
        continue;
      }
      for (const figure of NUMERIC_FIGURES) {
        if (Math.abs(af[figure] - ef[figure]) > tolerance + 1e-9) out.push(`${set} ${format} ${figure}: ${af[figure].toFixed(3)}, expected ${ef[figure].toFixed(3)}`);
      }
      if (af.dates !== ef.dates) out.push(`${set} ${format} dates: ${af.dates}, expected ${ef.dates}`);
    }
  }
  return out;
}

const HEADER = ['set', 'format', 'items', 'decisions', 'owners', 'deadlines', 'overall', 'meeting dates'];

/** The figures as a Markdown table, one row per set and format. */
export function renderQualityTable(scores: ExpectedScores): string {
  const rows = [HEADER, HEADER.map(() => '---')];
  for (const [set, formats] of Object.entries(scores)) {
    for (const [format, f] of Object.entries(formats)) rows.push([set, format, ...NUMERIC_FIGURES.map((k) => f[k].toFixed(3)), f.dates]);
  }
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The README part between the markers; throws when they are missing. */
function markedSection(readme: string): { start: number; end: number } {
  const start = readme.indexOf(QUALITY_START);
  const end = readme.indexOf(QUALITY_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`the README has no ${QUALITY_START} … ${QUALITY_END} section`);
  return { start: start + QUALITY_START.length, end };
}

/** Reads the figures back from the README's table between the markers. */
export function parseQualityTable(readme: string): ExpectedScores {
  const { start, end } = markedSection(readme);
  const out: ExpectedScores = {};
  const rows = readme
    .slice(start, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) => line.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
  for (const cells of rows.slice(2)) {
    const [set, format, items, decisions, owners, deadlines, overall, dates] = cells;
    if (cells.length !== HEADER.length || !set || !format || dates === undefined) throw new Error(`README quality table: a row with ${cells.length} cells: ${cells.join(' | ')}`);
    const figures = [items, decisions, owners, deadlines, overall].map((cell) => Number(cell));
    if (figures.some((x) => !Number.isFinite(x))) throw new Error(`README quality table: not a number in ${cells.join(' | ')}`);
    const [i, d, o, dl, ov] = figures as [number, number, number, number, number];
    (out[set] ??= {})[format] = { items: i, decisions: d, owners: o, deadlines: dl, overall: ov, dates };
  }
  return out;
}

/** The README with the table between the markers replaced by these figures. */
export function replaceQualityTable(readme: string, scores: ExpectedScores): string {
  const { start, end } = markedSection(readme);
  return `${readme.slice(0, start)}\n${renderQualityTable(scores)}\n${readme.slice(end)}`;
}
