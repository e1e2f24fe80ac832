/**
 * owner_keys, the index `--owner` reads (schema.ts): for every listed task, each key one of its
 * owners answers under, with the task's place in the follow-up list and what the list filters on.
 * Counting an owner's 8,000 tasks, or finding the first 50 in the list's order, is then a walk of
 * one index per key instead of a lookup of each task.
 *
 * Each row also names the rows search ranks for its task: its item's seq, and its decision's (for
 * a decision). Items and decisions are only ever written with their meeting, whose keys go first
 * and are made again after, so these never point to a row that is gone.
 *
 * Rows are derived from owners and tasks and kept in step with them: a meeting's rows go when the
 * meeting goes or is hidden as a copy (write.ts); they are made when its owners are resolved,
 * which every new or newly shown meeting waits for (people/materialize.ts marks them), and made
 * again for tasks whose owners resolve to someone else; "nästa möte" due dates follow their task's
 * (syncOwnerKeyDue).
 */
import { inList, type SqlDb } from './sql.js';

/** The owner columns an --owner query looks up (people/owner-filter.ts), each with the prefix of its keys. */
export const OWNER_KEY_COLUMNS = {
  text_key: 't', name_key: 'n', initials_key: 'i', role_key: 'r', person_key: 'p', person_first: 'pf', person_role: 'pr',
} as const;
export type OwnerKeyColumn = keyof typeof OWNER_KEY_COLUMNS;

/** The key an owner whose `column` holds `value` answers under. */
export function ownerKey(column: OwnerKeyColumn, value: string): string {
  return `${OWNER_KEY_COLUMNS[column]}:${value}`;
}

/** Drops the keys of these meetings' tasks (before the tasks themselves go). */
export async function dropOwnerKeys(tx: SqlDb, meetingIds: readonly string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  const list = inList(tx, 'meeting_id', meetingIds);
  await tx.run(`DELETE FROM owner_keys WHERE task_id IN (SELECT id FROM tasks WHERE ${list.sql})`, [list.param]);
}

/** Makes these tasks' keys again from their owners as they are now (listed tasks only). */
export async function indexOwnerKeys(tx: SqlDb, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length === 0) return;
  const ids = [...new Set(taskIds)];
  const del = inList(tx, 'task_id', ids);
  await tx.run(`DELETE FROM owner_keys WHERE ${del.sql}`, [del.param]);
  const columns = Object.keys(OWNER_KEY_COLUMNS) as OwnerKeyColumn[];
  const list = inList(tx, 'task_id', ids);
  const keys = columns.map((c) => `SELECT '${OWNER_KEY_COLUMNS[c]}:' || ${c} AS key, task_id FROM owners WHERE ${list.sql} AND ${c} IS NOT NULL`).join(' UNION ');
  await tx.run(
    `INSERT INTO owner_keys (key, due_key, approx_key, item_ordinal, ordinal, task_id, item_id, body_key, item_seq, decision_seq)
     SELECT k.key, t.due_key, t.approx_key, t.item_ordinal, t.ordinal, t.id, t.item_id, t.body_key, i.seq, d.seq
     FROM (${keys}) k JOIN tasks t ON t.id = k.task_id JOIN items i ON i.id = t.item_id
     LEFT JOIN decisions d ON d.id = t.id AND t.kind = 'decision'
     WHERE t.listed = 1`,
    columns.map(() => list.param));
}

/**
 * After "nästa möte" due dates of a body's tasks moved (write.ts refreshNextMeetingDue, with the
 * same `since`: only tasks due on or after it can have), their keys take the new due date.
 */
export async function syncOwnerKeyDue(tx: SqlDb, body: string, since: string): Promise<void> {
  const due = '(SELECT t.due_key FROM tasks t WHERE t.id = owner_keys.task_id)';
  await tx.run(
    `UPDATE owner_keys SET due_key = ${due}
     WHERE task_id IN (SELECT id FROM tasks WHERE next_meeting = 1 AND body_key = ?) AND due_key >= ? AND due_key <> ${due}`,
    [body, since]);
}

/**
 * The rows (aliased `k`) under any of `keys`, as one query: a UNION of one index walk per key, each
 * with the condition `where` on `k` (its parameters repeated per key). A task under several keys
 * has the same columns under each, so it comes out once as long as `columns` are the task's.
 */
export function ownerKeysUnion(keys: readonly string[], columns: string, where: { sql: string; params: readonly unknown[] } | null = null): { sql: string; params: unknown[] } {
  const condition = where?.sql ? ` AND ${where.sql}` : '';
  if (keys.length === 0) return { sql: `SELECT ${columns} FROM owner_keys k WHERE 1 = 0`, params: [] };
  return {
    sql: keys.map(() => `SELECT ${columns} FROM owner_keys k WHERE k.key = ?${condition}`).join(' UNION '),
    params: keys.flatMap((key) => [key, ...(where?.params ?? [])]),
  };
}
