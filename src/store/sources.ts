/**
 * Where a listed meeting's files are: the file its hits and tasks point to (its own source, from
 * the asking records folder when several folders hold it), and every file of the meeting, copies
 * in other formats included.
 */
import { inList, type SqlDb } from './sql.js';

export interface MeetingFiles {
  /** the minutes document the shown record came from */
  path: string;
  /** the shown record's file, relative to its records folder */
  recordFile: string;
  /** every document of this meeting (the shown one first): copies in other formats, older versions */
  copies: string[];
}

interface Row { group_id: string; meeting_id: string; origin: string; path: string; record_file: string }

export async function filesOfMeetings(db: SqlDb, meetingIds: readonly string[], preferOrigin?: string): Promise<Map<string, MeetingFiles>> {
  const out = new Map<string, MeetingFiles>();
  if (meetingIds.length === 0) return out;
  const ids = inList(db, 'm.group_id', [...new Set(meetingIds)]);
  const rows = await db.all<Row>(
    `SELECT m.group_id, s.meeting_id, s.origin, s.path, s.record_file FROM meetings m JOIN sources s ON s.meeting_id = m.id WHERE ${ids.sql}
     ORDER BY s.meeting_id, s.origin`, [ids.param]);
  const rank = (r: Row) => (r.meeting_id === r.group_id ? 0 : 2) + (r.origin === preferOrigin ? 0 : 1);
  rows.sort((a, b) => rank(a) - rank(b));
  for (const r of rows) {
    const files = out.get(r.group_id);
    if (!files) out.set(r.group_id, { path: r.path, recordFile: r.record_file, copies: [r.path] });
    else if (!files.copies.includes(r.path)) files.copies.push(r.path);
  }
  return out;
}
