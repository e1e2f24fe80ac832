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
 * meeting goes or is hidden as a copy, and are filed when it is written or shown (write.ts; a
 * reindex files those of all its batches once they are in, store/sync.ts), from its owners as
 * they are then: keys read from the record (t, n, i, r), and keys of who the owners are (p, pf, pr)
 * as far as that is already known (an owner that was resolved before and is written again
 * unchanged keeps its resolution). Resolving owners (people/materialize.ts, which every new or
 * newly shown meeting waits for) then remakes the p, pf, pr rows of the tasks whose owners resolve
 * to someone else, and only those; "nästa möte" due dates follow their task's (syncOwnerKeyDue).
 * Every statement covers a chunk of tasks: none grows with the store.
 */
import { inList, insertRows, type SqlDb, type SqlValue } from './sql.js';

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

/**
 * Tasks per statement when keys are filed or moved on PostgreSQL, so that no statement grows with
 * the store (its statement time limit). SQLite has no such limit, and there one statement does
 * best: its plan reads the owners once per key column, whatever the number of ids.
 */
const CHUNK = 5000;
const chunkOf = (tx: SqlDb) => (tx.dialect === 'postgres' ? CHUNK : Infinity);

/** the keys of who an owner is, which resolving owners (people/materialize.ts) sets */
export const RESOLVED_KEY_COLUMNS = ['person_key', 'person_first', 'person_role'] as const satisfies readonly OwnerKeyColumn[];

const KEY_ROW_COLUMNS = ['key', 'due_key', 'approx_key', 'item_ordinal', 'ordinal', 'task_id', 'item_id', 'body_key', 'item_seq', 'decision_seq'];

type OwnerKeysOfRow = Record<OwnerKeyColumn, string | null> & { task_id: string };
interface TaskOfRow { id: string; due_key: string; approx_key: string; item_ordinal: number; ordinal: number; item_id: string; body_key: string | null; item_seq: SqlValue; decision_seq: SqlValue }

/**
 * Inserts the owner_keys rows of these tasks (listed ones only) under the keys of `columns`, from
 * their owners and task rows as they are now; a task under one key twice (two owners of one name)
 * has one row. SQLite: one INSERT ... SELECT, its planner walking the indexes from the list of
 * ids. PostgreSQL: read with lookups by id and put together here, because its planner answers a
 * join of 5,000 tasks with scans of whole tables (tasks, items, decisions, owners) per chunk.
 */
async function insertKeys(tx: SqlDb, taskIds: readonly string[], columns: readonly OwnerKeyColumn[]): Promise<void> {
  if (tx.dialect === 'postgres') {
    await insertRows(tx, 'owner_keys', KEY_ROW_COLUMNS, await keyRows(tx, taskIds, columns));
    return;
  }
  const list = inList(tx, 'task_id', taskIds);
  const keys = columns.map((c) => `SELECT '${OWNER_KEY_COLUMNS[c]}:' || ${c} AS key, task_id FROM owners WHERE ${list.sql} AND ${c} IS NOT NULL`).join(' UNION ');
  await tx.run(
    `INSERT INTO owner_keys (${KEY_ROW_COLUMNS.join(', ')})
     SELECT k.key, t.due_key, t.approx_key, t.item_ordinal, t.ordinal, t.id, t.item_id, t.body_key, i.seq, d.seq
     FROM (${keys}) k JOIN tasks t ON t.id = k.task_id JOIN items i ON i.id = t.item_id
     LEFT JOIN decisions d ON d.id = t.id AND t.kind = 'decision'
     WHERE t.listed = 1`,
    columns.map(() => list.param));
}

/** The owner_keys rows of these tasks (listed ones only) under the keys of `columns`, read by id and put together here. */
async function keyRows(tx: SqlDb, taskIds: readonly string[], columns: readonly OwnerKeyColumn[]): Promise<SqlValue[][]> {
  const owners = inList(tx, 'task_id', taskIds);
  const byTask = new Map<string, Set<string>>();
  for (const o of await tx.all<OwnerKeysOfRow>(`SELECT task_id, ${columns.join(', ')} FROM owners WHERE ${owners.sql}`, [owners.param])) {
    const keys = byTask.get(o.task_id) ?? new Set<string>();
    for (const c of columns) if (o[c] !== null) keys.add(ownerKey(c, o[c]!));
    byTask.set(o.task_id, keys);
  }
  if (byTask.size === 0) return [];
  const tasks = inList(tx, 't.id', [...byTask.keys()]);
  const rows: SqlValue[][] = [];
  for (const t of await tx.all<TaskOfRow>(
    `SELECT t.id, t.due_key, t.approx_key, t.item_ordinal, t.ordinal, t.item_id, t.body_key,
       (SELECT i.seq FROM items i WHERE i.id = t.item_id) AS item_seq,
       CASE WHEN t.kind = 'decision' THEN (SELECT d.seq FROM decisions d WHERE d.id = t.id) END AS decision_seq
     FROM tasks t WHERE ${tasks.sql} AND t.listed = 1`, [tasks.param])) {
    for (const key of byTask.get(t.id)!) rows.push([key, t.due_key, t.approx_key, t.item_ordinal, t.ordinal, t.id, t.item_id, t.body_key, t.item_seq, t.decision_seq]);
  }
  return rows;
}

/**
 * Files these tasks' keys (listed tasks only) from their owners as they are now, in place of any
 * they had: a meeting's tasks as it is written (store/write.ts; a reindex files them after its
 * batches), or a hidden copy's as it is shown. In chunks of tasks, so that no statement grows with
 * the store.
 */
export async function fileOwnerKeys(tx: SqlDb, taskIds: readonly string[]): Promise<void> {
  const ids = [...new Set(taskIds)];
  const columns = Object.keys(OWNER_KEY_COLUMNS) as OwnerKeyColumn[];
  for (let start = 0; start < ids.length; start += chunkOf(tx)) {
    const chunk = ids.slice(start, start + chunkOf(tx));
    const list = inList(tx, 'task_id', chunk);
    await tx.run(`DELETE FROM owner_keys WHERE ${list.sql}`, [list.param]);
    await insertKeys(tx, chunk, columns);
  }
}

/**
 * Makes the keys of who these tasks' owners are (p, pf, pr) again, after resolving owners changed
 * who they are (people/materialize.ts; nothing else of an owner changes there, so the keys read
 * from the record stay as they are). In chunks of tasks.
 */
export async function reindexResolvedKeys(tx: SqlDb, taskIds: readonly string[]): Promise<void> {
  const ids = [...new Set(taskIds)];
  const prefixes = RESOLVED_KEY_COLUMNS.map((c) => `key LIKE '${OWNER_KEY_COLUMNS[c]}:%'`).join(' OR ');
  for (let start = 0; start < ids.length; start += chunkOf(tx)) {
    const chunk = ids.slice(start, start + chunkOf(tx));
    const list = inList(tx, 'task_id', chunk);
    await tx.run(`DELETE FROM owner_keys WHERE ${list.sql} AND (${prefixes})`, [list.param]);
    await insertKeys(tx, chunk, RESOLVED_KEY_COLUMNS);
  }
}

/**
 * After "nästa möte" due dates of tasks moved (write.ts refreshNextMeetingDue, which names the
 * tasks it changed), their keys take the new due date: a lookup by task, whatever the store's size.
 */
export async function syncOwnerKeyDue(tx: SqlDb, taskIds: readonly string[]): Promise<void> {
  for (let start = 0; start < taskIds.length; start += chunkOf(tx)) {
    const list = inList(tx, 'task_id', taskIds.slice(start, start + chunkOf(tx)));
    const due = '(SELECT t.due_key FROM tasks t WHERE t.id = owner_keys.task_id)';
    await tx.run(`UPDATE owner_keys SET due_key = ${due} WHERE ${list.sql} AND due_key <> ${due}`, [list.param]);
  }
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
