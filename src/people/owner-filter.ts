/**
 * `--owner` as SQL over the owners the store has resolved (materialize.ts): an owner answers to a
 * query when it is written that way (its text, name, initials or role key is the query's), or
 * when the person it resolves to is the one the query names: that full name (or first name), a
 * person who went by those initials, or the person who held the queried role nearest the meeting.
 * The same rule as matchOwner (owner-query.ts), on stored columns.
 */
import { inList, type SqlDb } from '../store/sql.js';
import { ensureOwnersResolved } from './materialize.js';
import { ownerQueryKeys } from './owner-query.js';
import type { OwnedTask } from './lookup.js';

export interface OwnerFilter {
  /** a condition on owners aliased `o` */
  sql: string;
  params: unknown[];
  /** the owners of these tasks that answer, and how (for the page the list shows) */
  matchesOf(taskIds: readonly string[]): Promise<Map<string, OwnedTask>>;
}

interface MatchRow { task_id: string; ordinal: number; as_written: number }

/** The condition for `query` (a full name, first name, initials or role), owners resolved first. */
export async function ownerFilter(db: SqlDb, query: string): Promise<OwnerFilter> {
  await ensureOwnersResolved(db);
  const q = ownerQueryKeys(query);
  const written: string[] = [];
  const resolved: string[] = [];
  const writtenParams: unknown[] = [];
  const resolvedParams: unknown[] = [];
  for (const [column, value] of [['o.text_key', q.textKey], ['o.name_key', q.nameKey], ['o.initials_key', q.initialsKey], ['o.role_key', q.roleKey]] as const) {
    if (value === null) continue;
    written.push(`${column} = ?`);
    writtenParams.push(value);
  }
  if (q.nameKey !== null) {
    resolved.push('o.person_key = ?');
    resolvedParams.push(q.nameKey);
  } else if (q.firstKey !== null) {
    resolved.push('o.person_first = ?');
    resolvedParams.push(q.firstKey);
  }
  if (q.initialsKey !== null) {
    // the people who went by these initials in some participant list
    const people = (await db.all<{ person_key: string }>(
      'SELECT DISTINCT person_key FROM person_mentions WHERE initials_key = ? AND listed = 1 AND person_key IS NOT NULL', [q.initialsKey])).map((r) => r.person_key);
    if (people.length) {
      const list = inList(db, 'o.person_key', people);
      resolved.push(list.sql);
      resolvedParams.push(list.param);
    }
  }
  if (q.roleKey !== null) {
    resolved.push('o.person_role = ?');
    resolvedParams.push(q.roleKey);
  }
  const writtenSql = written.length ? `(${written.join(' OR ')})` : '1 = 0';
  const parts = [...written, ...resolved];
  const sql = parts.length ? `(${parts.join(' OR ')})` : '1 = 0';
  const params = [...writtenParams, ...resolvedParams];
  return {
    sql,
    params,
    async matchesOf(taskIds) {
      const out = new Map<string, OwnedTask>();
      if (taskIds.length === 0 || parts.length === 0) return out;
      const ids = inList(db, 'o.task_id', taskIds);
      const rows = await db.all<MatchRow>(
        `SELECT o.task_id, o.ordinal, CASE WHEN ${writtenSql} THEN 1 ELSE 0 END AS as_written FROM owners o WHERE ${ids.sql} AND ${sql}`,
        [...writtenParams, ids.param, ...params]);
      for (const r of rows) {
        const task = out.get(r.task_id) ?? { taskId: r.task_id, owners: new Map() };
        task.owners.set(Number(r.ordinal), { how: Number(r.as_written) === 1 ? 'as-written' : 'resolved' });
        out.set(r.task_id, task);
      }
      return out;
    },
  };
}
