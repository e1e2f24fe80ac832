/**
 * Done and reopened tasks. Status lives in the store's `task_status` table, never in the records,
 * so re-extracting a document keeps it. A status row remembers the task's text as well as its id:
 * when better extraction renumbers a meeting's tasks, the row follows the text; when it rewords a
 * task, the row stays with the id.
 */
import { inList, type SqlDb } from '../store/sql.js';

export type TaskStatus = 'open' | 'done';

export interface StatusRow { task_id: string; meeting_id: string; task_text: string; status: TaskStatus; changed_at: string }

export interface TaskRef { id: string; meetingId: string; text: string }

/**
 * Status rows of these (listed) meetings and of all their copies (grouping.ts), each under its
 * group's id as `meeting_id`: a task marked done in one copy is done in all, and a newer version
 * of the minutes keeps the older ones' status where the task's text is the same.
 */
export async function statusRows(db: SqlDb, meetingIds: string[]): Promise<StatusRow[]> {
  if (meetingIds.length === 0) return [];
  const where = inList(db, 'g.id', meetingIds);
  return db.all<StatusRow>(
    `SELECT ts.task_id, m.group_id AS meeting_id, ts.task_text, ts.status, ts.changed_at
     FROM task_status ts JOIN meetings m ON m.id = ts.meeting_id
     WHERE m.group_id IN (SELECT g.group_id FROM meetings g WHERE ${where.sql})`, [where.param]);
}

/** Status of each task (by id): by id and text, then by text within the meeting, then by id alone. */
export function assignStatus(tasks: TaskRef[], rows: StatusRow[]): Map<string, StatusRow> {
  const out = new Map<string, StatusRow>();
  const claimed = new Set<StatusRow>();
  for (const t of tasks) {
    const row = rows.find((r) => r.task_id === t.id && r.task_text === t.text) ?? rows.find((r) => r.meeting_id === t.meetingId && r.task_text === t.text && !claimed.has(r));
    if (row) {
      out.set(t.id, row);
      claimed.add(row);
    }
  }
  for (const t of tasks) {
    if (out.has(t.id)) continue;
    const row = rows.find((r) => r.task_id === t.id && !claimed.has(r));
    if (row) {
      out.set(t.id, row);
      claimed.add(row);
    }
  }
  return out;
}

export class UnknownTaskError extends Error {}

/** Marks a task done or open again; returns the task's text. */
export async function setTaskStatus(db: SqlDb, taskId: string, status: TaskStatus, now = new Date()): Promise<TaskRef> {
  const [task] = await db.all<{ id: string; meeting_id: string; text: string }>('SELECT id, meeting_id, text FROM tasks WHERE id = ?', [taskId])
    // a task a person added (corrections.ts): its id is the correction's
    .then(async (found) => found.length ? found : (await db.all<{ id: string; meeting_id: string; value: string }>(
      "SELECT id, meeting_id, value FROM corrections WHERE id = ? AND kind = 'add-task' AND undone_at IS NULL", [taskId]))
      .map((c) => ({ id: c.id, meeting_id: c.meeting_id, text: (JSON.parse(c.value) as { text: string }).text })));
  if (!task) throw new UnknownTaskError(`there is no task "${taskId}" in the store; "protokoll followup" shows the task ids`);
  const changedAt = now.toISOString();
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM task_status WHERE task_id = ?', [task.id]);
    await tx.run('INSERT INTO task_status (task_id, meeting_id, task_text, status, changed_at) VALUES (?, ?, ?, ?, ?)', [task.id, task.meeting_id, task.text, status, changedAt]);
  }, 'status');
  return { id: task.id, meetingId: task.meeting_id, text: task.text };
}

/**
 * The status of every listed task that has one, by task id (added tasks included: `extra`, each
 * with its group's id as `meetingId`). Status rows are few (people make them), so they are
 * assigned here, per meeting group, exactly as assignStatus does, and the follow-up list filters
 * with the result in SQL.
 */
export async function listedStatuses(db: SqlDb, extra: readonly TaskRef[] = []): Promise<Map<string, StatusRow>> {
  const rows = await db.all<StatusRow>(
    `SELECT ts.task_id, m.group_id AS meeting_id, ts.task_text, ts.status, ts.changed_at
     FROM task_status ts JOIN meetings m ON m.id = ts.meeting_id`);
  const out = new Map<string, StatusRow>();
  if (rows.length === 0) return out;
  const groups = [...new Set(rows.map((r) => r.meeting_id))];
  const list = inList(db, 'meeting_id', groups);
  const tasks: TaskRef[] = (await db.all<{ id: string; meeting_id: string; text: string }>(
    `SELECT id, meeting_id, text FROM tasks WHERE ${list.sql} ORDER BY meeting_id, item_ordinal, ordinal`, [list.param]))
    .map((t) => ({ id: t.id, meetingId: t.meeting_id, text: t.text }));
  const tasksOf = new Map<string, TaskRef[]>();
  for (const t of [...tasks, ...extra]) tasksOf.set(t.meetingId, [...(tasksOf.get(t.meetingId) ?? []), t]);
  const rowsOf = new Map<string, StatusRow[]>();
  for (const r of rows) rowsOf.set(r.meeting_id, [...(rowsOf.get(r.meeting_id) ?? []), r]);
  for (const [group, groupRows] of rowsOf) {
    for (const [id, row] of assignStatus(tasksOf.get(group) ?? [], groupRows)) out.set(id, row);
  }
  return out;
}
