/**
 * Records that came out of a run empty or doubtful: no agenda items (nothing to search or follow
 * up; often a scan OCR could not read, or not minutes at all) or no meeting date (follow-up dates
 * without a year cannot be placed). Read back from the record files, so it is the same in-process
 * and with workers.
 */
import { promises as fs } from 'node:fs';
import { recordFileFor } from '../src/queue/stages.js';
import type { FileResult } from './result.js';
import type { Doubtful } from './summary.js';

interface RecordShape {
  items?: unknown[];
  meeting?: { date?: string | null };
}

export function doubtsAbout(record: RecordShape): string[] {
  const doubts: string[] = [];
  if (!record.items || record.items.length === 0) doubts.push('no agenda items');
  if (!record.meeting?.date) doubts.push('no meeting date');
  return doubts;
}

export async function doubtfulRecords(recordsDir: string, results: readonly FileResult[]): Promise<Doubtful[]> {
  const out: Doubtful[] = [];
  for (const r of results) {
    if (r.status !== 'processed') continue;
    const text = await fs.readFile(recordFileFor(recordsDir, r.recordId), 'utf8').catch(() => null);
    if (text === null) continue;
    const doubts = doubtsAbout(JSON.parse(text) as RecordShape);
    if (doubts.length) out.push({ path: r.path, recordId: r.recordId, doubts });
  }
  return out;
}
