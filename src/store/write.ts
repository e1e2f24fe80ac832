/**
 * Writes record rows into a store. A meeting is always replaced whole: its old rows (and those of
 * any meeting earlier indexed from the same record file, e.g. before the minutes were edited) go,
 * then the new rows come, in one transaction, so a reader never sees half a meeting.
 */
import { COLUMNS, type RecordRows } from './rows.js';
import { inList, insertRows, type SqlDb, type SqlValue } from './sql.js';
import { DERIVED_TABLES } from './schema.js';

/** Deletes meetings and everything derived from them (never their task status). */
export async function deleteMeetings(tx: SqlDb, meetingIds: readonly string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  if (tx.dialect === 'sqlite') {
    const items = inList(tx, 'meeting_id', meetingIds);
    await tx.run(`DELETE FROM item_fts WHERE rowid IN (SELECT seq FROM items WHERE ${items.sql})`, [items.param]);
    await tx.run(`DELETE FROM decision_fts WHERE rowid IN (SELECT seq FROM decisions WHERE ${items.sql})`, [items.param]);
  }
  for (const table of DERIVED_TABLES) {
    const where = inList(tx, table === 'meetings' ? 'id' : 'meeting_id', meetingIds);
    await tx.run(`DELETE FROM ${table} WHERE ${where.sql}`, [where.param]);
  }
}

/** Meetings earlier indexed from these record files of this origin. */
async function meetingsFromFiles(tx: SqlDb, origin: string, recordFiles: readonly string[]): Promise<string[]> {
  if (recordFiles.length === 0) return [];
  const files = inList(tx, 'record_file', recordFiles);
  const rows = await tx.all<{ meeting_id: string }>(`SELECT meeting_id FROM sources WHERE origin = ? AND ${files.sql}`, [origin, files.param]);
  return rows.map((r) => r.meeting_id);
}

export async function writeRecords(db: SqlDb, origin: string, batch: readonly RecordRows[]): Promise<void> {
  // the same record twice in one batch (a copied file): the last one stands
  const byMeeting = new Map(batch.map((rows) => [rows.meetingId, rows]));
  const unique = [...byMeeting.values()];
  if (unique.length === 0) return;
  await db.transaction(async (tx) => {
    const recordFiles = unique.map((r) => r.sources[0]![2] as string);
    const stale = new Set([...unique.map((r) => r.meetingId), ...(await meetingsFromFiles(tx, origin, recordFiles))]);
    await deleteMeetings(tx, [...stale]);
    const all = (pick: (r: RecordRows) => SqlValue[][]) => unique.flatMap(pick);
    await insertRows(tx, 'meetings', COLUMNS.meetings, all((r) => r.meetings));
    await insertRows(tx, 'sources', COLUMNS.sources, all((r) => r.sources));
    await insertRows(tx, 'items', COLUMNS.items, all((r) => r.items));
    await insertRows(tx, 'decisions', COLUMNS.decisions, all((r) => r.decisions));
    await insertRows(tx, 'tasks', COLUMNS.tasks, all((r) => r.tasks));
    await insertRows(tx, 'owners', COLUMNS.owners, all((r) => r.owners));
    await insertRows(tx, 'deadlines', COLUMNS.deadlines, all((r) => r.deadlines));
    await insertRows(tx, 'person_mentions', COLUMNS.mentions, all((r) => r.mentions));
    if (tx.dialect === 'sqlite') {
      for (const [id, title, meetingTitle, text] of all((r) => r.itemFts))
        await tx.run('INSERT INTO item_fts (rowid, title, meeting_title, text) SELECT seq, ?, ?, ? FROM items WHERE id = ?', [title, meetingTitle, text, id]);
      for (const [id, text, itemTitle, meetingTitle] of all((r) => r.decisionFts))
        await tx.run('INSERT INTO decision_fts (rowid, text, item_title, meeting_title) SELECT seq, ?, ?, ? FROM decisions WHERE id = ?', [text, itemTitle, meetingTitle, id]);
    }
  }, 'write');
}
