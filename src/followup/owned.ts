/**
 * `--owner` with corrections: the tasks whose owners answer to the query, where an owner a person
 * set replaces the extracted ones and one a person added counts beside them; added tasks count by
 * their owner. Follow-up and search both filter with this.
 */
import { ownerFromText, personKeys } from '../people/keys.js';
import { ownersAnswering, prepareOwnerQuery, tasksOwnedBy, type OwnedTask, type OwnerRow } from '../people/lookup.js';
import { ownerFilter } from '../people/owner-filter.js';
import { ownerKeysUnion } from '../store/owner-keys.js';
import { inList, type SqlDb } from '../store/sql.js';
import type { CorrectionMark } from './corrections.js';
import type { Overlay } from './overlay.js';

export type CorrectedOwner = OwnerRow & { mark: CorrectionMark };

/** Tasks (and added tasks) with an owner answering to `owner`, corrections applied. */
export async function tasksOwnedWithCorrections(db: SqlDb, owner: string, overlay: Overlay, corrected: CorrectedOwner[]): Promise<Map<string, OwnedTask>> {
  const query = await prepareOwnerQuery(db, owner);
  const owned = await tasksOwnedBy(db, query);
  if (overlay.empty) return owned;
  for (const [taskId, c] of overlay.tasks) if (c.owner?.replaces || c.dismissed) owned.delete(taskId);
  addCorrectedMatches(owned, await ownersAnswering(db, query, corrected), overlay);
  return owned;
}

/** The owners people set or added that answer, joined to the tasks found so far (not to dismissed ones). */
function addCorrectedMatches(owned: Map<string, OwnedTask>, matches: Map<string, OwnedTask>, overlay: Overlay): void {
  for (const [taskId, match] of matches) {
    if (overlay.tasks.get(taskId)?.dismissed) continue;
    const task = owned.get(taskId);
    if (task) for (const [ordinal, how] of match.owners) task.owners.set(ordinal, how);
    else owned.set(taskId, match);
  }
}

/** Owner rows for the owners people set or added (tasks and added tasks), keyed like the store's. */
export async function correctedOwners(db: SqlDb, overlay: Overlay): Promise<CorrectedOwner[]> {
  const wanted: { taskId: string; text: string; ordinal: number; mark: CorrectionMark }[] = [];
  for (const [taskId, c] of overlay.tasks) c.owner?.owners.forEach((o, k) => wanted.push({ taskId, text: o.text, ordinal: (c.owner!.replaces ? 1 : 1001) + k, mark: o.mark }));
  for (const a of overlay.added) if (a.owner) wanted.push({ taskId: a.id, text: a.owner, ordinal: 1, mark: a.mark });
  if (wanted.length === 0) return [];
  const taskMeeting = new Map(overlay.added.map((a) => [a.id, a.meetingId]));
  const taskIds = wanted.map((w) => w.taskId).filter((id) => !taskMeeting.has(id));
  if (taskIds.length) {
    const list = inList(db, 'id', taskIds);
    for (const t of await db.all<{ id: string; meeting_id: string }>(`SELECT id, meeting_id FROM tasks WHERE ${list.sql}`, [list.param])) taskMeeting.set(t.id, t.meeting_id);
  }
  const meetingIds = [...new Set(taskMeeting.values())];
  const list = inList(db, 'id', meetingIds);
  const meetings = new Map((await db.all<{ id: string; approx_date: string | null; body_key: string | null }>(
    `SELECT id, approx_date, body_key FROM meetings WHERE ${list.sql}`, [list.param])).map((m) => [m.id, m]));
  return wanted.flatMap((w) => {
    const meeting = meetings.get(taskMeeting.get(w.taskId) ?? '');
    if (!meeting) return [];
    const owner = ownerFromText(w.text);
    const k = personKeys(owner);
    return [{
      task_id: w.taskId, meeting_id: meeting.id, ordinal: w.ordinal, text: owner.text, name: owner.name, initials: owner.initials, role: owner.role,
      text_key: k.textKey, name_key: k.nameKey, first_key: k.firstKey, initials_key: k.initialsKey, role_key: k.roleKey,
      approx_date: meeting.approx_date, body_key: meeting.body_key, mark: w.mark,
    }];
  });
}


/**
 * `--owner` for the SQL paths: the keys in owner_keys (store/owner-keys.ts) under which the
 * tasks the store holds as extracted answer (the follow-up list pages them with its filters); the
 * rows search ranks for those tasks (`rowsSql`); and, for the few tasks people corrected or added,
 * the ones that answer (`special`). An owner a person set replaces the extracted ones, so such
 * tasks are left to `special`.
 */
export interface OwnerSelection {
  keys: string[];
  /**
   * The seqs (column `seq`, each once) of the items, or decisions, of the tasks as extracted whose
   * owners answer: one walk of owner_keys' index per key, no other table read.
   */
  rowsSql(table: 'items' | 'decisions'): { sql: string; params: unknown[] };
  special: Map<string, OwnedTask>;
  /** how the owners of these tasks answer (the page's tasks) */
  matchesOf(taskIds: readonly string[]): Promise<Map<string, OwnedTask>>;
}

export async function selectOwned(db: SqlDb, owner: string, overlay: Overlay, corrected: CorrectedOwner[]): Promise<OwnerSelection> {
  const filter = await ownerFilter(db, owner);
  const replaced = [...overlay.tasks].filter(([, c]) => c.owner?.replaces || c.dismissed).map(([id]) => id);
  const notReplaced = replaced.length ? inList(db, 'k.task_id', replaced) : null;

  const special = new Map<string, OwnedTask>();
  if (!overlay.empty) {
    // extracted owners of corrected tasks that still count, then the owners people set or added
    const kept = [...overlay.tasks].filter(([, c]) => !c.owner?.replaces && !c.dismissed).map(([id]) => id);
    for (const [id, match] of await filter.matchesOf(kept)) special.set(id, match);
    if (corrected.length) {
      addCorrectedMatches(special, await ownersAnswering(db, await prepareOwnerQuery(db, owner), corrected), overlay);
    }
  }
  return {
    keys: filter.keys,
    rowsSql(table) {
      const where = [...(table === 'decisions' ? ['k.decision_seq IS NOT NULL'] : []), ...(notReplaced ? [`NOT (${notReplaced.sql})`] : [])];
      // a UNION of the walks: a row found under several keys, or for several tasks, comes out once
      return ownerKeysUnion(filter.keys, `k.${table === 'items' ? 'item_seq' : 'decision_seq'} AS seq`,
        where.length ? { sql: where.join(' AND '), params: notReplaced ? [notReplaced.param] : [] } : null);
    },
    special,
    matchesOf: (taskIds) => filter.matchesOf(taskIds),
  };
}
