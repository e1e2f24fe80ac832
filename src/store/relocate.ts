/**
 * Moves keep their links. A record names the file it was read from (`source.path`); when that file
 * is renamed or moved (`watch --move-done`, a rename on the share, a folder reorganised), the
 * registry learns the new path from the content's sha256. `followMoves` then rewrites each record
 * whose file is no longer at its recorded path to name where it is now, and re-indexes it, so that
 * records, hits and follow-up lists point to the file as it is now. A copy (old path still there)
 * changes nothing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { recordJson, writeFileAtomically } from '../util/atomic-write.js';
import type { Store } from './store.js';

/**
 * `current`: where each record's content is now (record id -> paths, most recently seen first),
 * as the registry knows it. Returns how many records now point elsewhere.
 */
export async function followMoves(store: Store, current: ReadonlyMap<string, readonly string[]>): Promise<number> {
  const sources = await store.db.all<{ meeting_id: string; path: string; record_file: string }>(
    'SELECT meeting_id, path, record_file FROM sources WHERE origin = ?', [store.origin]);
  let moved = 0;
  for (const s of sources) {
    const paths = current.get(s.meeting_id);
    if (!paths || paths.length === 0 || paths.includes(s.path)) continue;
    const file = path.join(store.recordsDir, s.record_file);
    let record;
    try {
      // loaded here, not above: the record schema (zod) is for moved records only
      const { validateRecord } = await import('../record/schema.js');
      record = validateRecord(JSON.parse(await fs.readFile(file, 'utf8')));
    } catch {
      continue; // gone or not a record any more: the next sync settles it
    }
    const to = paths[0]!;
    record.source = { ...record.source, path: to, fileName: path.basename(to) };
    await writeFileAtomically(file, recordJson(record));
    await store.indexRecord(record, file);
    moved++;
  }
  return moved;
}
