/**
 * The end-of-run summary: processed, unchanged, failed (each with file and reason), every file
 * that was not read grouped by why, and the records that came out empty or doubtful. Nothing is
 * skipped in silence. Names are shown escaped (src/util/shown.ts).
 */
import type { SkipReason, Skipped } from '../src/util/files.js';
import { shown } from '../src/util/shown.js';
import type { FileResult } from './result.js';

export interface Doubtful {
  path: string;
  recordId: string;
  /** "no agenda items", "no meeting date" */
  doubts: string[];
}

export interface Summary {
  processed: number;
  unchanged: number;
  /** of `unchanged`: content already a record under another path (copies, renames) */
  known: number;
  queued: number;
  failed: Array<{ path: string; reason: string }>;
  /** files not read, with why */
  skipped: Skipped[];
  /** records made that hold nothing to follow up or no date: worth a look */
  doubtful: Doubtful[];
}

/** The groups of skipped files, in the order shown, with their headings. */
const SKIP_GROUPS: Array<[SkipReason, string]> = [
  ['unsupported', 'not a type protokoll reads'],
  ['symlink', 'symbolic links (never followed)'],
  ['not-a-file', 'not regular files (pipes, devices, sockets: never opened)'],
  ['unreadable', 'could not be read'],
  ['too-large', 'too large'],
];

export function summarize(results: readonly FileResult[], listed: readonly Skipped[] = [], doubtful: readonly Doubtful[] = []): Summary {
  const summary: Summary = { processed: 0, unchanged: 0, known: 0, queued: 0, failed: [], skipped: [...listed], doubtful: [...doubtful] };
  for (const r of results) {
    if (r.status === 'processed') summary.processed++;
    else if (r.status === 'unchanged') {
      summary.unchanged++;
      if (r.known) summary.known++;
    } else if (r.status === 'queued') summary.queued++;
    else if (r.status === 'failed') summary.failed.push({ path: r.path, reason: r.reason });
    else if (r.status === 'skipped') summary.skipped.push({ path: r.path, reason: r.reason, detail: r.detail });
    else summary.failed.push({ path: r.path, reason: 'the file was deleted or moved before it was read' });
  }
  return summary;
}

/** Anything a user should look at: failures, files not read, doubtful records (`--strict` fails on these). */
export function hasProblems(s: Summary): boolean {
  return s.failed.length > 0 || s.skipped.length > 0 || s.doubtful.length > 0;
}

export function formatSummary(s: Summary): string {
  const counts = [`processed ${s.processed}`, `unchanged ${s.unchanged}`, `failed ${s.failed.length}`];
  if (s.skipped.length) counts.push(`not read ${s.skipped.length}`);
  if (s.queued) counts.push(`queued for workers ${s.queued}`);
  const lines = [counts.join(', ')];
  if (s.known) lines.push(`(${s.known} of the unchanged are copies or renames of documents already recorded)`);
  if (s.failed.length) {
    lines.push('failed:');
    for (const f of s.failed) lines.push(`  ${shown(f.path)}: ${shown(f.reason)}`);
  }
  for (const [reason, heading] of SKIP_GROUPS) {
    const group = s.skipped.filter((k) => k.reason === reason);
    if (group.length === 0) continue;
    lines.push(`not read, ${heading} (${group.length}):`);
    for (const k of group) lines.push(`  ${shown(k.path)}: ${shown(k.detail)}`);
  }
  if (s.doubtful.length) {
    lines.push(`records to check (${s.doubtful.length}):`);
    for (const d of s.doubtful) lines.push(`  ${shown(d.path)} -> ${d.recordId}.json: ${d.doubts.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
