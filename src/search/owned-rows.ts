/**
 * `search --owner`: the rows (items, or decisions) that hold a task owned by that person, by
 * name, initials or role, corrections applied (followup/owned.ts). Search ranks only these: a
 * common word matches a fifth of all items, an owner's tasks are in a twentieth, so the owner's
 * rows are found first (owner_keys carries each task's item and decision seq) and the full-text
 * match is checked on them, instead of ranking every match and dropping most of it afterwards.
 */
import type { Overlay } from '../followup/overlay.js';
import { correctedOwners, selectOwned } from '../followup/owned.js';
import { inList, type SqlDb } from '../store/sql.js';

/** The seqs of the listed items (decisions) with a task whose owner answers to `owner`, each once, ascending. */
export async function ownedRows(db: SqlDb, table: 'items' | 'decisions', owner: string, overlay: Overlay): Promise<number[]> {
  // the tasks as extracted, from owner_keys; those people corrected or added, by id
  const selection = await selectOwned(db, owner, overlay, overlay.empty ? [] : await correctedOwners(db, overlay));
  const special = [...selection.special.keys()];
  const ids = table === 'decisions' ? special : await itemsOfTasks(db, special, overlay);
  const extracted = selection.rowsSql(table);
  const list = inList(db, 's.id', ids);
  const rows = await db.all<{ seq: number | string }>(
    ids.length ? `${extracted.sql} UNION SELECT s.seq FROM ${table} s WHERE s.listed = 1 AND ${list.sql}` : extracted.sql,
    ids.length ? [...extracted.params, list.param] : extracted.params);
  // (PostgreSQL gives a BIGINT as a string)
  return rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
}

/** Items of tasks, added tasks included. */
async function itemsOfTasks(db: SqlDb, taskIds: string[], overlay: Overlay): Promise<string[]> {
  if (taskIds.length === 0) return [];
  const list = inList(db, 'id', taskIds);
  const items = (await db.all<{ item_id: string }>(`SELECT DISTINCT item_id FROM tasks WHERE ${list.sql}`, [list.param])).map((r) => r.item_id);
  const wanted = new Set(taskIds);
  return [...new Set([...items, ...overlay.added.filter((a) => wanted.has(a.id)).map((a) => a.itemId)])];
}
