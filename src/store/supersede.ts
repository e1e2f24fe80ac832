/**
 * Changed files replace their old record. When a file's content changes, its new record is
 * written under a new id (ids are content hashes); the record made from the file's earlier content
 * is then retired, unless another path still holds that content (a copy): its JSON moves to
 * `<records>/.superseded/` (kept, listed by nothing: the store skips hidden folders), its meeting
 * leaves the store, and its task status and corrections move to the new record, where tasks of the same text
 * pick them up (followup/status.ts).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MinutesRecord } from '../record/schema.js';
import { storeFor } from './hook.js';
import { inList } from './sql.js';
import { releaseMeetings } from './write.js';

export const SUPERSEDED_DIR = '.superseded';

/**
 * Retires the records the store knows from `record.source.path` other than `record` itself, each
 * unless `stillHeld(recordId)` (another path has that content). Returns the retired record ids.
 */
export async function retireReplacedRecords(recordsDir: string, record: MinutesRecord, stillHeld: (recordId: string) => boolean): Promise<string[]> {
  const store = await storeFor(recordsDir);
  const { db, origin } = store;
  const earlier = await db.all<{ meeting_id: string; record_file: string }>(
    'SELECT meeting_id, record_file FROM sources WHERE origin = ? AND path = ? AND meeting_id <> ?', [origin, record.source.path, record.id]);
  const retired = earlier.filter((r) => !stillHeld(r.meeting_id));
  if (retired.length === 0) return [];
  for (const r of retired) {
    const from = path.join(recordsDir, r.record_file);
    const to = path.join(recordsDir, SUPERSEDED_DIR, r.record_file);
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.rename(from, to).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  const ids = retired.map((r) => r.meeting_id);
  await db.transaction(async (tx) => {
    const list = inList(tx, 'meeting_id', ids);
    await tx.run(`UPDATE task_status SET meeting_id = ? WHERE ${list.sql}`, [record.id, list.param]);
    await tx.run(`UPDATE corrections SET meeting_id = ? WHERE ${list.sql}`, [record.id, list.param]);
    await releaseMeetings(tx, origin, ids);
  }, 'write');
  return ids;
}
