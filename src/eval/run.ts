/**
 * The edge of the evaluation: reads a set's minutes (DIR/text, DIR/docx, DIR/pdf) through the
 * pipeline and its gold files (DIR/gold), and scores each format with the pure scorer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractRecord } from '../pipeline.js';
import type { MinutesRecord } from '../record/schema.js';
import { readGold } from './gold.js';
import type { FormatScore } from './report.js';
import { scoreSet } from './score.js';
import type { Gold } from './types.js';

export const FORMATS = ['text', 'docx', 'pdf'] as const;

const stemOf = (name: string): string => path.parse(name).name;
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();

export interface GoldFolder {
  golds: Gold[];
  problems: string[];
}

/**
 * Reads the gold files of a folder, only those named after one of `stems` when given (the test
 * minutes come in one format each). A file that is not JSON is skipped, as is a second file for
 * the same minutes.
 */
export function readGoldFolder(dir: string, stems?: ReadonlySet<string>): GoldFolder {
  const golds = new Map<string, Gold>();
  const problems: string[] = [];
  for (const name of filesIn(dir).filter((n) => n.toLowerCase().endsWith('.json'))) {
    if (stems && !stems.has(stemOf(name))) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.push(`${name}: not JSON, skipped (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const reading = readGold(raw, stemOf(name));
    problems.push(...reading.problems.map((p) => `${name}: ${p}`));
    if (!reading.gold) problems.push(`${name}: skipped`);
    else if (golds.has(reading.gold.file)) problems.push(`${name}: a second gold file for "${reading.gold.file}", skipped`);
    else golds.set(reading.gold.file, reading.gold);
  }
  return { golds: [...golds.values()], problems };
}

export interface ExtractedFolder {
  /** records by the stem of their minutes file */
  records: Map<string, MinutesRecord>;
  /** the stems of every file in the folder, read or not */
  stems: Set<string>;
  failures: string[];
}

/** Extracts every file of a folder of minutes with the pipeline. */
export async function extractFolder(dir: string): Promise<ExtractedFolder> {
  const records = new Map<string, MinutesRecord>();
  const stems = new Set<string>();
  const failures: string[] = [];
  for (const name of filesIn(dir)) {
    const file = path.join(dir, name);
    stems.add(stemOf(name));
    try {
      records.set(stemOf(name), await extractRecord({ path: file, bytes: readFileSync(file) }));
    } catch (error) {
      failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { records, stems, failures };
}

/** Scores one folder of minutes against the gold files named after its minutes. */
export async function evaluateFormat(format: string, minutesDir: string, goldDir: string): Promise<FormatScore & { records: Map<string, MinutesRecord> }> {
  const { records, stems, failures } = await extractFolder(minutesDir);
  const { golds, problems } = readGoldFolder(goldDir, stems);
  return { format, dir: minutesDir, score: scoreSet(golds, records), failures, problems, records };
}

/** The formats of a set that have minutes: DIR/text, DIR/docx, DIR/pdf. */
export function formatsIn(samplesDir: string): (typeof FORMATS)[number][] {
  return FORMATS.filter((f) => existsSync(path.join(samplesDir, f)) && filesIn(path.join(samplesDir, f)).length > 0);
}

/** Scores every format of a set; the gold folder defaults to DIR/gold. */
export async function evaluateSet(samplesDir: string, goldDir = path.join(samplesDir, 'gold')): Promise<FormatScore[]> {
  const out: FormatScore[] = [];
  for (const format of formatsIn(samplesDir)) {
    const { score, failures, problems, dir } = await evaluateFormat(format, path.join(samplesDir, format), goldDir);
    out.push({ format, dir, score, failures, problems });
  }
  return out;
}

/** The sets the project's figures cover; the blind set once its gold folder has files. */
export function evaluationSets(root: string): string[] {
  const sets = ['samples'];
  // every fixture set with gold files: the test minutes, the blind, held-out and fresh sets
  const fixtures = path.join(root, 'test/fixtures');
  const withGold = (dir: string) => existsSync(path.join(dir, 'gold')) && filesIn(path.join(dir, 'gold')).some((n) => n.toLowerCase().endsWith('.json'));
  if (existsSync(fixtures)) {
    // the test minutes first (the sets of the first sessions), then the rest by name
    const dirs = readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => Number(b === 'minutes') - Number(a === 'minutes') || a.localeCompare(b));
    for (const name of dirs) if (withGold(path.join(fixtures, name))) sets.push(`test/fixtures/${name}`);
  }
  return sets;
}
