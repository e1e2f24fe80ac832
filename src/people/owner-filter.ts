/**
 * `--owner` as SQL over the owners the store has resolved (materialize.ts) and indexed by the keys
 * they answer under (store/owner-keys.ts): an owner answers to a
 * query when it is written that way (its text, name, initials or role key is the query's), or
 * when the person it resolves to is the one the query names: that full name (or first name), a
 * person who went by those initials, or the person who held the queried role nearest the meeting.
 * The same rule as matchOwner (owner-query.ts), on stored columns.
 */
import { ownerKey, type OwnerKeyColumn } from '../store/owner-keys.js';
import { inList, type SqlDb } from '../store/sql.js';
import { ensureOwnersResolved } from './materialize.js';
import { ownerQueryKeys } from './owner-query.js';
import type { OwnedTask } from './lookup.js';

export interface OwnerFilter {
  /** the keys in owner_keys (store/owner-keys.ts) whose tasks have an owner that answers: one index walk each */
  keys: string[];
  /** the owners of these tasks that answer, and how (for the page the list shows) */
  matchesOf(taskIds: readonly string[]): Promise<Map<string, OwnedTask>>;
}

interface StoredOwner {
  task_id: string; ordinal: number; text_key: string | null; name_key: string | null; initials_key: string | null; role_key: string | null;
  person_key: string | null; person_first: string | null; person_role: string | null;
}

/** The condition for `query` (a full name, first name, initials or role), owners resolved first. */
export async function ownerFilter(db: SqlDb, query: string): Promise<OwnerFilter> {
  await ensureOwnersResolved(db);
  const q = ownerQueryKeys(query);
  const written = ([['text_key', q.textKey], ['name_key', q.nameKey], ['initials_key', q.initialsKey], ['role_key', q.roleKey]] as const)
    .filter((w): w is readonly [typeof w[0], string] => w[1] !== null);
  const resolved: (readonly [keyof StoredOwner & OwnerKeyColumn, string])[] = [];
  if (q.nameKey !== null) resolved.push(['person_key', q.nameKey]);
  else if (q.firstKey !== null) resolved.push(['person_first', q.firstKey]);
  if (q.roleKey !== null) resolved.push(['person_role', q.roleKey]);
  // the people who went by these initials in some participant list
  const people = q.initialsKey === null ? [] : (await db.all<{ person_key: string }>(
    'SELECT DISTINCT person_key FROM person_mentions WHERE initials_key = ? AND listed = 1 AND person_key IS NOT NULL', [q.initialsKey])).map((r) => r.person_key);

  const keys = [...new Set([...written, ...resolved, ...people.map((p) => ['person_key', p] as const)].map(([column, value]) => ownerKey(column, value)))];
  const peopleSet = new Set(people);
  const how = (o: StoredOwner): 'as-written' | 'resolved' | null => {
    if (written.some(([column, value]) => o[column] === value)) return 'as-written';
    if (resolved.some(([column, value]) => o[column] === value) || (o.person_key !== null && peopleSet.has(o.person_key))) return 'resolved';
    return null;
  };
  return {
    keys,
    async matchesOf(taskIds) {
      const out = new Map<string, OwnedTask>();
      if (taskIds.length === 0 || keys.length === 0) return out;
      const ids = inList(db, 'task_id', taskIds);
      const rows = await db.all<StoredOwner>(
        `SELECT task_id, ordinal, text_key, name_key, initials_key, role_key, person_key, person_first, person_role FROM owners WHERE ${ids.sql}`, [ids.param]);
      for (const r of rows) {
        const answer = how(r);
        if (!answer) continue;
        const task = out.get(r.task_id) ?? { taskId: r.task_id, owners: new Map() };
        task.owners.set(Number(r.ordinal), { how: answer });
        out.set(r.task_id, task);
      }
      return out;
    },
  };
}
