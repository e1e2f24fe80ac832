/** The end-of-run summary: processed, unchanged, failed (each with file and reason). */
import type { FileResult } from './result.js';

export interface Summary {
  processed: number;
  unchanged: number;
  /** of `unchanged`: content already a record under another path (copies, renames) */
  known: number;
  queued: number;
  failed: Array<{ path: string; reason: string }>;
}

export function summarize(results: readonly FileResult[]): Summary {
  const summary: Summary = { processed: 0, unchanged: 0, known: 0, queued: 0, failed: [] };
  for (const r of results) {
    if (r.status === 'processed') summary.processed++;
    else if (r.status === 'unchanged') {
      summary.unchanged++;
      if (r.known) summary.known++;
    } else if (r.status === 'queued') summary.queued++;
    else if (r.status === 'failed') summary.failed.push({ path: r.path, reason: r.reason });
    else summary.failed.push({ path: r.path, reason: 'the file was deleted or moved before it was read' });
  }
  return summary;
}

export function formatSummary(s: Summary): string {
  const lines = [
    `processed ${s.processed}, unchanged ${s.unchanged}, failed ${s.failed.length}` + (s.queued ? `, queued for workers ${s.queued}` : ''),
  ];
  if (s.known) lines.push(`(${s.known} of the unchanged are copies or renames of documents already recorded)`);
  if (s.failed.length) {
    lines.push('failed:');
    for (const f of s.failed) lines.push(`  ${f.path}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
