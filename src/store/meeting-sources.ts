/**
 * One meeting's documents: the listed record (the one search and follow-up show) and every copy
 * of the same minutes (other formats, older versions), each with its record file and source, so
 * that a page can show the meeting's record beside a readable copy of its source (a PDF first).
 */
import type { SqlDb } from './sql.js';

export interface MeetingSource {
  meetingId: string;
  origin: string;
  recordFile: string;
  path: string;
  fileName: string;
  format: string;
  pages: number | null;
  listed: boolean;
}

export interface MeetingDocuments {
  /** the group's id: the listed record's id, which task status is kept under */
  groupId: string;
  /** the listed record (search, follow-up), then the other copies; this folder's before others' */
  sources: MeetingSource[];
}

/** The documents of the meeting `id` names (any copy's record id); null when the store has none. */
export async function meetingDocuments(db: SqlDb, id: string, preferOrigin?: string): Promise<MeetingDocuments | null> {
  const [meeting] = await db.all<{ group_id: string }>('SELECT group_id FROM meetings WHERE id = ?', [id]);
  if (!meeting) return null;
  const rows = await db.all<{ meeting_id: string; origin: string; record_file: string; path: string; file_name: string; format: string; pages: number | null; listed: number }>(
    `SELECT s.meeting_id, s.origin, s.record_file, s.path, s.file_name, s.format, s.pages, m.listed
     FROM meetings m JOIN sources s ON s.meeting_id = m.id WHERE m.group_id = ? ORDER BY s.meeting_id, s.origin`, [meeting.group_id]);
  const rank = (r: (typeof rows)[number]) => (Number(r.listed) === 1 ? 0 : 2) + (r.origin === preferOrigin ? 0 : 1);
  rows.sort((a, b) => rank(a) - rank(b));
  return {
    groupId: meeting.group_id,
    sources: rows.map((r) => ({
      meetingId: r.meeting_id, origin: r.origin, recordFile: r.record_file, path: r.path, fileName: r.file_name,
      format: r.format, pages: r.pages === null ? null : Number(r.pages), listed: Number(r.listed) === 1,
    })),
  };
}
