/**
 * The store side of people: loading the participant mentions that can resolve a set of owners,
 * and finding the tasks whose owners answer to an `--owner` query.
 */
import { inList, type SqlDb } from '../store/sql.js';
import type { PersonKeys } from './keys.js';
import { expandKeys, matchOwner, ownerQueryKeys, type KeySets, type OwnerMatch } from './owner-query.js';
import { MentionIndex, resolveOwner, type MeetingContext, type Mention, type Resolution } from './resolve.js';

interface MentionRow {
  meeting_id: string; ordinal: number; name: string | null; initials: string | null; role: string | null;
  name_key: string | null; first_key: string | null; initials_key: string | null; role_key: string | null;
  approx_date: string | null; body_key: string | null; meeting_label: string;
}

export interface OwnerRow {
  task_id: string; meeting_id: string; ordinal: number; text: string; name: string | null; initials: string | null; role: string | null;
  text_key: string | null; name_key: string | null; first_key: string | null; initials_key: string | null; role_key: string | null;
  approx_date: string | null; body_key: string | null;
  /** the stored resolution as the list shows it (JSON, people/materialize.ts); absent on owners people set */
  resolved?: string | null;
}

const MENTION_SQL = `SELECT pm.meeting_id, pm.ordinal, pm.name, pm.initials, pm.role, pm.name_key, pm.first_key, pm.initials_key, pm.role_key,
  pm.approx_date, pm.body_key, pm.meeting_label FROM person_mentions pm WHERE pm.listed = 1 AND `;

/** Mentions whose name, first name, initials or role key is in the sets. */
export async function loadMentions(db: SqlDb, keys: Omit<KeySets, 'textKeys'>): Promise<Mention[]> {
  const parts: [string, string[]][] = [
    ['pm.name_key', keys.nameKeys], ['pm.first_key', keys.firstKeys], ['pm.initials_key', keys.initialsKeys], ['pm.role_key', keys.roleKeys],
  ];
  const used = parts.filter(([, v]) => v.length > 0).map(([col, v]) => inList(db, col, v));
  if (used.length === 0) return [];
  return toMentions(await db.all<MentionRow>(`${MENTION_SQL}(${used.map((u) => u.sql).join(' OR ')})`, used.map((u) => u.param)));
}

/** Every participant mention with a full name (the whole directory). */
export async function loadAllMentions(db: SqlDb): Promise<Mention[]> {
  return toMentions(await db.all<MentionRow>(`${MENTION_SQL}pm.name_key IS NOT NULL`));
}

/**
 * Mentions in one order whatever order the database returned them in: by meeting id, and within a
 * meeting in the order of its participant list. Where several fit equally, resolving (resolve.ts)
 * goes by this order: of two Verksamhetschefer in the owner's meeting, the one listed first; of
 * meetings on the same day, one by id. Left to the database (SQLite: the order rows were inserted
 * in; PostgreSQL: where they landed in the table, which its free space map decides), the same
 * owner resolved to different people on the two stores (issue 11: 684,720 owner_keys rows against
 * 684,719 at 10,000 meetings).
 */
function toMentions(rows: MentionRow[]): Mention[] {
  const ordinal = (r: MentionRow) => Number(r.ordinal);
  rows.sort((a, b) => (a.meeting_id < b.meeting_id ? -1 : a.meeting_id > b.meeting_id ? 1 : ordinal(a) - ordinal(b)));
  return rows.map((r) => ({
    meetingId: r.meeting_id, when: r.approx_date, bodyKey: r.body_key, meetingLabel: r.meeting_label,
    name: r.name, initials: r.initials, role: r.role,
    nameKey: r.name_key, firstKey: r.first_key, initialsKey: r.initials_key, roleKey: r.role_key,
  }));
}

export function ownerKeysOf(o: OwnerRow): PersonKeys & { name: string | null; text: string } {
  return { text: o.text, name: o.name, textKey: o.text_key, nameKey: o.name_key, firstKey: o.first_key, initialsKey: o.initials_key, roleKey: o.role_key };
}

/**
 * Keys whose mentions can resolve these owners: an owner named in full needs none; one written as
 * initials, a role or a first name needs the mentions under those keys.
 */
function keysOfOwners(owners: OwnerRow[], extra?: Omit<KeySets, 'textKeys'>): Omit<KeySets, 'textKeys'> {
  const unnamed = owners.filter((o) => o.name_key === null);
  const collect = (pick: (o: OwnerRow) => string | null, more: string[] = []) =>
    [...new Set([...unnamed.map(pick).filter((k): k is string => k !== null), ...more])];
  return {
    nameKeys: [...(extra?.nameKeys ?? [])],
    firstKeys: collect((o) => o.first_key, extra?.firstKeys),
    initialsKeys: collect((o) => o.initials_key, extra?.initialsKeys),
    roleKeys: collect((o) => o.role_key, extra?.roleKeys),
  };
}

const OWNER_SQL = `SELECT o.task_id, o.meeting_id, o.ordinal, o.text, o.name, o.initials, o.role,
  o.text_key, o.name_key, o.first_key, o.initials_key, o.role_key, o.approx_date, o.body_key FROM owners o WHERE `;

export async function ownersOfTasks(db: SqlDb, taskIds: string[]): Promise<OwnerRow[]> {
  if (taskIds.length === 0) return [];
  const ids = inList(db, 'o.task_id', taskIds);
  return db.all<OwnerRow>(`${OWNER_SQL.replace(' FROM owners o', ', o.resolved FROM owners o')}${ids.sql} ORDER BY o.task_id, o.ordinal`, [ids.param]);
}

export function contextOf(o: OwnerRow): MeetingContext {
  return { id: o.meeting_id, when: o.approx_date, bodyKey: o.body_key };
}

/** Resolution of each owner (by `${task_id}#${ordinal}`), with the mentions it rests on. */
export async function resolveOwners(db: SqlDb, owners: OwnerRow[]): Promise<Map<string, Resolution | null>> {
  const mentions = new MentionIndex(await loadMentions(db, keysOfOwners(owners)));
  return new Map(owners.map((o) => [`${o.task_id}#${o.ordinal}`, resolveOwner(ownerKeysOf(o), contextOf(o), mentions)]));
}

export interface OwnedTask {
  taskId: string;
  /** owners (by ordinal) that answer to the query, and how */
  owners: Map<number, { how: OwnerMatch['how'] }>;
}

/** An `--owner` query with the keys under which its owners can be written (see expandKeys). */
export interface OwnerQuery {
  q: PersonKeys;
  keys: KeySets;
}

/** Looks up the people `query` names (their initials and roles over time) to know which owner keys answer to it. */
export async function prepareOwnerQuery(db: SqlDb, query: string): Promise<OwnerQuery> {
  const q = ownerQueryKeys(query);
  const own = (v: string | null) => (v ? [v] : []);
  // the people the query names, and all their mentions (their initials and roles over time)
  const answering = await loadMentions(db, { nameKeys: own(q.nameKey), firstKeys: own(q.firstKey), initialsKeys: own(q.initialsKey), roleKeys: own(q.roleKey) });
  const peopleNames = [...new Set(answering.map((m) => m.nameKey).filter((k): k is string => k !== null))];
  const theirs = await loadMentions(db, { nameKeys: peopleNames, firstKeys: [], initialsKeys: [], roleKeys: [] });
  return { q, keys: expandKeys(q, [...answering, ...theirs]) };
}

/** The owners among `candidates` that answer to the query, by task. */
export async function ownersAnswering(db: SqlDb, query: OwnerQuery, candidates: OwnerRow[]): Promise<Map<string, OwnedTask>> {
  const found = new Map<string, OwnedTask>();
  if (candidates.length === 0) return found;
  const mentions = new MentionIndex(await loadMentions(db, keysOfOwners(candidates, query.keys)));
  for (const o of candidates) {
    const ctx = contextOf(o);
    const ownerKeys = ownerKeysOf(o);
    const match = matchOwner(query.q, ownerKeys, resolveOwner(ownerKeys, ctx, mentions), ctx, mentions);
    if (!match) continue;
    const task = found.get(o.task_id) ?? { taskId: o.task_id, owners: new Map() };
    task.owners.set(o.ordinal, match);
    found.set(o.task_id, task);
  }
  return found;
}

/** Tasks with an owner answering to `query` (a name, first name, initials or a role), as the records give them. */
export async function tasksOwnedBy(db: SqlDb, query: string | OwnerQuery): Promise<Map<string, OwnedTask>> {
  const prepared = typeof query === 'string' ? await prepareOwnerQuery(db, query) : query;
  const { keys } = prepared;
  const parts: [string, string[]][] = [
    ['o.name_key', keys.nameKeys], ['o.first_key', keys.firstKeys], ['o.initials_key', keys.initialsKeys], ['o.role_key', keys.roleKeys], ['o.text_key', keys.textKeys],
  ];
  const used = parts.filter(([, v]) => v.length > 0).map(([col, v]) => inList(db, col, v));
  if (used.length === 0) return new Map();
  const candidates = await db.all<OwnerRow>(OWNER_SQL + used.map((u) => u.sql).join(' OR '), used.map((u) => u.param));
  return ownersAnswering(db, prepared, candidates);
}
