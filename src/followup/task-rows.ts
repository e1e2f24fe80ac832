/**
 * The task rows the follow-up list is built from: the columns read for a task, and the rows a
 * correction stands in for (a corrected deadline, an added task). Shared by the list and by the
 * slow reference list its test compares it with.
 */
import type { OwnedTask } from '../people/lookup.js';
import { bodyKeyPattern } from '../store/rows.js';
import { inList, type SqlDb } from '../store/sql.js';
import { periodOf } from './due.js';
import type { Overlay } from './overlay.js';

export interface TaskRow {
  id: string; meeting_id: string; item_id: string; kind: 'decision' | 'action'; ordinal: number; text: string; quote: string; page: number | null;
  item_number: string | null; item_title: string; item_ordinal: number;
  date: string | null; reference_year: number | null; meeting_title: string | null; body: string | null; approx_date: string | null;
  next_meeting_date: string | null;
}

export interface DeadlineRow { task_id: string; ordinal: number; text: string; value: string | null; relative: string | null; kind: string | null; period_end: string | null; precision: string | null }

export const TASK_COLUMNS = `t.id, t.meeting_id, t.item_id, t.kind, t.ordinal, t.text, t.quote, t.page,
       i.number AS item_number, i.title AS item_title, i.ordinal AS item_ordinal,
       m.date, m.reference_year, m.title AS meeting_title, m.body, m.approx_date,
       CASE WHEN t.next_meeting = 1 AND m.date IS NOT NULL
         THEN (SELECT MIN(m2.date) FROM meetings m2 WHERE m2.body_key = m.body_key AND m2.date > m.date) END AS next_meeting_date`;

/** A corrected deadline as the deadline rows the store holds (none when `value` is null). */
export function correctedDeadline(taskId: string, value: string | null): DeadlineRow[] {
  if (value === null) return [];
  const period = periodOf(value);
  return [{ task_id: taskId, ordinal: 1, text: value, value, relative: null, kind: 'due', period_end: period?.end ?? null, precision: period?.precision ?? null }];
}

/** Added tasks as task rows (on listed meetings, within the body and owner filters). */
export async function addedTaskRows(db: SqlDb, overlay: Overlay, body: string | undefined, owned: Map<string, OwnedTask> | null): Promise<TaskRow[]> {
  const added = overlay.added.filter((a) => !owned || owned.has(a.id));
  if (added.length === 0) return [];
  const items = inList(db, 'i.id', [...new Set(added.map((a) => a.itemId))]);
  const where = [items.sql];
  const params: unknown[] = [items.param];
  if (body) {
    where.push("m.body_key LIKE ? ESCAPE '\\'");
    params.push(bodyKeyPattern(body));
  }
  const rows = await db.all<Omit<TaskRow, 'id' | 'kind' | 'ordinal' | 'text' | 'quote' | 'next_meeting_date'>>(
    `SELECT i.meeting_id, i.id AS item_id, i.page, i.number AS item_number, i.title AS item_title, i.ordinal AS item_ordinal,
       m.date, m.reference_year, m.title AS meeting_title, m.body, m.approx_date
     FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE m.listed = 1 AND ${where.join(' AND ')}`, params);
  const byItem = new Map(rows.map((r) => [r.item_id, r]));
  return added.flatMap((a, k) => {
    const item = byItem.get(a.itemId);
    return item ? [{ ...item, id: a.id, kind: 'action' as const, ordinal: 1000 + k, text: a.text, quote: '', next_meeting_date: null }] : [];
  });
}
