/**
 * The evaluation as text: a table per format of its files, a summary table of all formats, and
 * (verbose) every miss and false positive per file. Pure: scores in, lines out.
 */
import type { FileScore, Finding, SetScore } from './score.js';
import { FIELDS } from './types.js';

/** One format's scores, as the runner hands them over. */
export interface FormatScore {
  format: string;
  /** the folder of minutes */
  dir: string;
  score: SetScore;
  /** minutes that could not be read, with why */
  failures: string[];
  /** gold files or entries that could not be used */
  problems: string[];
}

const n3 = (x: number): string => x.toFixed(3);

/** Left-aligned columns two spaces apart. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd()).join('\n');
}

export const dates = (score: Pick<SetScore, 'meetingDate'>): string => `${score.meetingDate.correct}/${score.meetingDate.total}`;

/** format, items, decisions, owners, deadlines, dates, overall: one row per format. */
export function summaryTable(formats: readonly FormatScore[]): string {
  return table([
    ['format', ...FIELDS, 'dates', 'overall'],
    ...formats.map(({ format, score }) => [format, ...FIELDS.map((f) => n3(score.totals[f].f1)), dates(score), n3(score.overallF1)]),
  ]);
}

const dateMark = (check: { gold: unknown; correct: boolean }): string => (check.gold === null ? '-' : check.correct ? 'ok' : 'WRONG');

/** One row per gold file: F1 tp/fp/fn per field, meeting date and reference year. */
export function filesTable(score: SetScore): string {
  const rows = score.files.map((file) => {
    const notes = [!file.predicted ? 'NO RECORD' : '', file.unresolvedDeadlines ? `${file.unresolvedDeadlines} unresolved deadline(s)` : ''].filter(Boolean);
    return [
      file.file,
      ...FIELDS.map((f) => {
        const c = file.counts[f];
        const f1 = 2 * c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 1;
        return `${n3(f1)} ${c.tp}/${c.fp}/${c.fn}`;
      }),
      dateMark(file.meetingDate),
      dateMark(file.referenceYear),
      notes.join(', '),
    ];
  });
  return table([['file', ...FIELDS.map((f) => `${f} F1 tp/fp/fn`), 'date', 'year', ''], ...rows]);
}

const quoted = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat === '' ? '(no text)' : `"${flat.length > 160 ? `${flat.slice(0, 159)}…` : flat}"`;
};

const findingLine = (f: Finding): string => {
  const plain = (f.what === 'deadline' && f.sign !== '?') || f.what === 'meeting date' || f.what === 'reference year';
  const text = plain ? f.text : f.what === 'owner' && f.sign === '-' ? `[${f.text}]` : quoted(f.text);
  const label = { '-': 'missed', '+': 'extra', '~': 'aligned with predicted', '?': 'unresolved' }[f.sign];
  return `${f.sign} ${f.what} ${label}: ${text}${f.note ? ` (${f.note})` : ''}`;
};

/** Every miss (-), false positive (+), loose title match (~) and unresolved deadline (?) of a file, by item. */
export function findingLines(file: FileScore): string[] {
  if (file.findings.length === 0) return ['  all correct'];
  const lines: string[] = [];
  let current: string | null | undefined;
  for (const f of file.findings) {
    const itemLevel = f.what === 'item' || f.item === null;
    if (itemLevel) {
      lines.push(`  ${findingLine(f)}`);
      current = f.what === 'item' && f.sign !== '~' ? f.item : undefined;
      continue;
    }
    if (f.item !== current) {
      lines.push(`  in item ${quoted(f.item ?? '')}:`);
      current = f.item;
    }
    lines.push(`    ${findingLine(f)}`);
  }
  return lines;
}

/** The report of one format: its files table, totals, problems, and with `verbose` every finding. */
export function formatReport(entry: FormatScore, verbose: boolean): string {
  const { score } = entry;
  const out = [`### ${entry.format} (${entry.dir}, ${score.goldFiles} gold file${score.goldFiles === 1 ? '' : 's'})`];
  if (score.goldFiles === 0) out.push('no gold file for these minutes: nothing scored');
  else out.push(filesTable(score));
  if (entry.failures.length) out.push('', 'Minutes that could not be read (scored as empty):', ...entry.failures.map((f) => `  ${f}`));
  if (entry.problems.length) out.push('', 'Gold problems:', ...entry.problems.map((p) => `  ${p}`));
  if (verbose) {
    const wrong = score.files.filter((file) => file.findings.length > 0);
    for (const file of wrong) out.push('', `== ${file.file}${file.predicted ? '' : ' (no record: everything missed)'}`, ...findingLines(file));
    if (wrong.length === 0 && score.goldFiles > 0) out.push('', 'every file all correct');
  }
  out.push(
    '',
    table([
      ['total (micro)', 'P', 'R', 'F1', 'tp', 'fp', 'fn'],
      ...FIELDS.map((f) => {
        const t = score.totals[f];
        return [f, n3(t.precision), n3(t.recall), n3(t.f1), String(t.tp), String(t.fp), String(t.fn)];
      }),
    ]),
    `meeting date ${dates(score)}, reference year ${score.referenceYear.correct}/${score.referenceYear.total}, unresolved deadlines ${score.unresolvedDeadlines} (not scored)`,
    `overall F1 ${n3(score.overallF1)}`,
  );
  return out.join('\n');
}

/** The whole text report: each format, then the summary table. */
export function renderReport(formats: readonly FormatScore[], verbose: boolean): string {
  if (formats.length === 0) return 'no minutes with gold files found (looked for text/, docx/ and pdf/ with a gold folder)\n';
  return `${[...formats.map((f) => formatReport(f, verbose)), `\n${summaryTable(formats)}`].join('\n\n')}\n`;
}

/** The --json object: per format the totals, dates and (with verbose) each file's findings. */
export function reportJson(formats: readonly FormatScore[], verbose: boolean): unknown {
  return Object.fromEntries(
    formats.map(({ format, dir, score, failures, problems }) => {
      const files = score.files.map(({ findings, ...rest }) => (verbose ? { ...rest, findings } : rest));
      return [format, { dir, ...score, files, failures, problems }];
    }),
  );
}
