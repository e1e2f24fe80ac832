import type { MinutesRecord } from '../record/schema.js';

/**
 * Called by every pipeline after a record file has been written to a records folder, so that the
 * store (search, follow-up lists) is filled as records are written. The store module replaces
 * this body; pipelines only ever call this function.
 */
export async function afterRecordWritten(_recordsDir: string, _record: MinutesRecord, _recordFile: string): Promise<void> {
  // no store yet
}
