/**
 * Writes record rows into a store. A meeting is always replaced whole: its old rows (and those of
 * any meeting earlier indexed from the same record file, e.g. before the minutes were edited) go,
 * then the new rows come, in one transaction, so a reader never sees half a meeting.
 *
 * Two things are settled in the same transaction:
 * - sources: a meeting's rows are shared by every records folder (origin) that holds its record;
 *   each origin has its own `sources` row, and a meeting leaves the store with its last one, so
 *   one folder's reindex or emptying never takes another folder's meetings;
 * - copies: the records of one body and day are grouped (grouping.ts); only each group's newest
 *   copy is listed (and, in SQLite, in the FTS tables).
 */
import { groupingKey, groupMeetings, type GroupMember } from './grouping.js';
import { COLUMNS, NO_DATE, setListing, type RecordRows } from './rows.js';
import { inList, insertRows, type SqlDb, type SqlValue } from './sql.js';
import { dropOwnerKeys, fileOwnerKeys, syncOwnerKeyDue } from './owner-keys.js';
import { DERIVED_TABLES } from './schema.js';
import { stemmedText } from '../search/tokens.js';

/**
 * Notes that the participant lists of these meetings change (they come, go, or are shown or hidden
 * as copies): the owners that their people's names, initials, roles and first names can resolve,
 * and the meetings' own owners, are resolved again before the next --owner query
 * (people/materialize.ts).
 */
export async function markPeopleStale(tx: SqlDb, meetingIds: readonly string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  const list = inList(tx, 'meeting_id', meetingIds);
  const keys = ([['n', 'name_key'], ['i', 'initials_key'], ['r', 'role_key'], ['f', 'first_key']] as const)
    .map(([prefix, column]) => `SELECT '${prefix}:' || ${column} AS key FROM person_mentions WHERE ${list.sql} AND ${column} IS NOT NULL`).join(' UNION ');
  const ignore = tx.dialect === 'postgres' ? ' ON CONFLICT DO NOTHING' : '';
  await tx.run(`INSERT ${tx.dialect === 'sqlite' ? 'OR IGNORE ' : ''}INTO people_stale (key) ${keys}${ignore}`, [list.param, list.param, list.param, list.param]);
  const meetings = inList(tx, 'value', meetingIds);
  await tx.run(tx.dialect === 'postgres'
    ? `INSERT INTO people_stale (key) SELECT 'm:' || value FROM unnest(CAST(? AS text[])) AS value${ignore}`
    : `INSERT OR IGNORE INTO people_stale (key) SELECT 'm:' || value FROM json_each(?)`, [meetings.param]);
}

/** Derived rows of meetings (FTS included), except their sources. */
async function dropRows(tx: SqlDb, meetingIds: readonly string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  await markPeopleStale(tx, meetingIds);
  if (tx.dialect === 'sqlite') {
    const items = inList(tx, 'meeting_id', meetingIds);
    await tx.run(`DELETE FROM item_fts WHERE rowid IN (SELECT seq FROM items WHERE ${items.sql})`, [items.param]);
    await tx.run(`DELETE FROM decision_fts WHERE rowid IN (SELECT seq FROM decisions WHERE ${items.sql})`, [items.param]);
  }
  await dropOwnerKeys(tx, meetingIds);
  for (const table of DERIVED_TABLES) {
    if (table === 'sources' || table === 'owner_keys') continue;
    const where = inList(tx, table === 'meetings' ? 'id' : 'meeting_id', meetingIds);
    await tx.run(`DELETE FROM ${table} WHERE ${where.sql}`, [where.param]);
  }
}

/** Meetings that came or went, by body: the earliest of their dates (see refreshNextMeetingDue). */
export type DueChanges = Map<string, string>;

function noteDueChanges(changes: DueChanges, places: readonly { body_key: string | null; date: string | null }[]): void {
  for (const p of places) {
    if (p.body_key === null || p.date === null) continue;
    const known = changes.get(p.body_key);
    if (known === undefined || p.date < known) changes.set(p.body_key, p.date);
  }
}

/**
 * The due date of "nästa möte" tasks: the earlier of their dated deadline and the date of the
 * body's next meeting in the store, which changes as meetings come and go. A meeting that comes
 * or goes on day d changes only tasks of its body due on or after d (an earlier due date is
 * earlier than d either way), so only those are looked at, and only changed rows written; the
 * next meeting is one step along the index of the body's meetings by date. The keys of the tasks
 * that changed take their new due date (syncOwnerKeyDue).
 */
export async function refreshNextMeetingDue(tx: SqlDb, changes: DueChanges): Promise<void> {
  // the first meeting of the task's body after the task's own meeting (none for an undated one)
  const next = (task: string) => `(SELECT m2.date FROM meetings m2 WHERE m2.body_key = ${task}.body_key
    AND m2.date > (SELECT m.date FROM meetings m WHERE m.id = ${task}.meeting_id) ORDER BY m2.date LIMIT 1)`;
  const due = (task: string, nm: string) => `CASE WHEN ${nm} IS NOT NULL AND (${task}.due_end IS NULL OR ${nm} <= ${task}.due_end) THEN ${nm} ELSE ${task}.due_end END`;
  for (const [body, since] of changes) {
    const changed = tx.dialect === 'postgres'
      ? await tx.all<{ id: string }>(
        `UPDATE tasks SET due = v.due, due_key = COALESCE(v.due, '${NO_DATE}')
         FROM (SELECT t2.id, ${due('t2', 'nm.d')} AS due FROM tasks t2 CROSS JOIN LATERAL (SELECT ${next('t2')} AS d) nm
               WHERE t2.next_meeting = 1 AND t2.body_key = ? AND t2.due_key >= ?) v
         WHERE tasks.id = v.id AND tasks.due IS DISTINCT FROM v.due
         RETURNING tasks.id`, [body, since])
      : await tx.all<{ id: string }>(`UPDATE tasks SET due = ${due('tasks', next('tasks'))}, due_key = COALESCE(${due('tasks', next('tasks'))}, '${NO_DATE}')
        WHERE next_meeting = 1 AND body_key = ? AND due_key >= ? AND due IS NOT ${due('tasks', next('tasks'))}
        RETURNING id`, [body, since]);
    await syncOwnerKeyDue(tx, changed.map((r) => r.id));
  }
}

interface Placed { id: string; body_key: string | null; date: string | null; group_id: string }

async function placesOf(tx: SqlDb, meetingIds: readonly string[]): Promise<Placed[]> {
  if (meetingIds.length === 0) return [];
  const ids = inList(tx, 'id', meetingIds);
  return tx.all<Placed>(`SELECT id, body_key, date, group_id FROM meetings WHERE ${ids.sql}`, [ids.param]);
}

/**
 * Deletes meetings and everything derived from them, every origin's source included (never their
 * task status or corrections: they move to a remaining copy of the meeting, so they still apply).
 */
export async function deleteMeetings(tx: SqlDb, meetingIds: readonly string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  const before = await placesOf(tx, meetingIds);
  const mates = await copiesOf(tx, before, new Set(meetingIds));
  await dropRows(tx, meetingIds);
  const ids = inList(tx, 'meeting_id', meetingIds);
  await tx.run(`DELETE FROM sources WHERE ${ids.sql}`, [ids.param]);
  await regroup(tx, before.map((p) => groupingKey(p.body_key, p.date)), new Map());
  const changes: DueChanges = new Map();
  noteDueChanges(changes, before);
  await refreshNextMeetingDue(tx, changes);
  // status rows and corrections move to a copy that is still there (any copy: they apply to the group)
  for (const [id, mate] of mates) {
    await tx.run('UPDATE task_status SET meeting_id = ? WHERE meeting_id = ?', [mate, id]);
    await tx.run('UPDATE corrections SET meeting_id = ? WHERE meeting_id = ?', [mate, id]);
  }
}

/** For each of these meetings that has copies not among `going`: one of them. */
async function copiesOf(tx: SqlDb, meetings: readonly Placed[], going: ReadonlySet<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const m of meetings) {
    if (m.body_key === null || m.date === null) continue;
    const mates = await tx.all<{ id: string }>('SELECT id FROM meetings WHERE body_key = ? AND date = ? AND group_id = ?', [m.body_key, m.date, m.group_id]);
    const mate = mates.find((r) => !going.has(r.id));
    if (mate) out.set(m.id, mate.id);
  }
  return out;
}

/**
 * This origin no longer holds these meetings (their record files are gone or hold other content):
 * its sources go, and a meeting no origin holds any more goes with them.
 */
export async function releaseMeetings(tx: SqlDb, origin: string, meetingIds: readonly string[]): Promise<string[]> {
  if (meetingIds.length === 0) return [];
  const ids = inList(tx, 'meeting_id', meetingIds);
  await tx.run(`DELETE FROM sources WHERE origin = ? AND ${ids.sql}`, [origin, ids.param]);
  const held = new Set((await tx.all<{ meeting_id: string }>(`SELECT DISTINCT meeting_id FROM sources WHERE ${ids.sql}`, [ids.param])).map((r) => r.meeting_id));
  const orphaned = meetingIds.filter((id) => !held.has(id));
  await deleteMeetings(tx, orphaned);
  return orphaned;
}

/** Meetings earlier indexed from these record files of this origin. */
async function meetingsFromFiles(tx: SqlDb, origin: string, recordFiles: readonly string[]): Promise<string[]> {
  if (recordFiles.length === 0) return [];
  const files = inList(tx, 'record_file', recordFiles);
  const rows = await tx.all<{ meeting_id: string }>(`SELECT meeting_id FROM sources WHERE origin = ? AND ${files.sql}`, [origin, files.param]);
  return rows.map((r) => r.meeting_id);
}

interface MemberRow { id: string; start_time: string | null; item_keys: string; group_id: string; listed: number; newest: number | null }

/**
 * Groups the meetings under these grouping keys again, with `incoming` (records about to be
 * inserted, by key) among them: sets the incoming rows' listing, and updates stored meetings
 * whose group or listing changed.
 */
async function regroup(tx: SqlDb, keys: readonly (string | null)[], incoming: Map<string, RecordRows[]>): Promise<void> {
  for (const key of new Set([...keys, ...incoming.keys()])) {
    if (key === null) continue;
    const split = key.lastIndexOf('|');
    const stored = await tx.all<MemberRow>(
      `SELECT m.id, m.start_time, m.item_keys, m.group_id, m.listed, (SELECT MAX(s.record_mtime) FROM sources s WHERE s.meeting_id = m.id) AS newest
       FROM meetings m WHERE m.body_key = ? AND m.date = ?`, [key.slice(0, split), key.slice(split + 1)]);
    const fresh = incoming.get(key) ?? [];
    if (stored.length + fresh.length === 0) continue;
    const members: GroupMember[] = [
      ...stored.map((r) => ({ id: r.id, startTime: r.start_time, itemKeys: JSON.parse(r.item_keys) as string[], newest: r.newest === null ? null : Number(r.newest) })),
      ...fresh.map((rows) => memberOf(rows)),
    ];
    const grouped = new Map(groupMeetings(members).map((g) => [g.id, g]));
    for (const rows of fresh) {
      const g = grouped.get(rows.meetingId)!;
      setListing(rows, g.groupId, g.listed);
    }
    for (const r of stored) {
      const g = grouped.get(r.id)!;
      if (g.groupId === r.group_id && g.listed === (Number(r.listed) === 1)) continue;
      await tx.run('UPDATE meetings SET group_id = ?, listed = ? WHERE id = ?', [g.groupId, g.listed ? 1 : 0, r.id]);
      if (g.listed !== (Number(r.listed) === 1)) await setListed(tx, r.id, g.listed);
    }
  }
}

function memberOf(rows: RecordRows): GroupMember {
  const m = rows.meetings[0]!;
  const col = (name: (typeof COLUMNS.meetings)[number]) => m[COLUMNS.meetings.indexOf(name)];
  return { id: rows.meetingId, startTime: col('start_time') as string | null, itemKeys: JSON.parse(col('item_keys') as string) as string[], newest: rows.sources[0]![4] as number | null };
}

/** Shows or hides a stored meeting's items, decisions and mentions (and its FTS rows). */
async function setListed(tx: SqlDb, meetingId: string, listed: boolean): Promise<void> {
  const flag = listed ? 1 : 0;
  await markPeopleStale(tx, [meetingId]);
  // a hidden copy's tasks leave --owner's index now; a shown one's come back now, with its owners as
  // last resolved (resolving them again, which the mark above asks for, changes what changed)
  if (!listed) await dropOwnerKeys(tx, [meetingId]);
  for (const table of ['items', 'decisions', 'tasks', 'owners', 'person_mentions']) await tx.run(`UPDATE ${table} SET listed = ? WHERE meeting_id = ?`, [flag, meetingId]);
  if (listed) await fileOwnerKeys(tx, (await tx.all<{ id: string }>('SELECT id FROM tasks WHERE meeting_id = ?', [meetingId])).map((r) => r.id));
  if (tx.dialect !== 'sqlite') return;
  if (!listed) {
    await tx.run('DELETE FROM item_fts WHERE rowid IN (SELECT seq FROM items WHERE meeting_id = ?)', [meetingId]);
    await tx.run('DELETE FROM decision_fts WHERE rowid IN (SELECT seq FROM decisions WHERE meeting_id = ?)', [meetingId]);
    return;
  }
  for (const i of await tx.all<{ seq: number; title: string; meeting_title: string | null; search_text: string }>('SELECT seq, title, meeting_title, search_text FROM items WHERE meeting_id = ?', [meetingId]))
    await tx.run('INSERT INTO item_fts (rowid, title, meeting_title, text) VALUES (?, ?, ?, ?)', [i.seq, stemmedText(i.title), stemmedText(i.meeting_title ?? ''), stemmedText(i.search_text)]);
  for (const d of await tx.all<{ seq: number; text: string; item_title: string; meeting_title: string | null }>('SELECT seq, text, item_title, meeting_title FROM decisions WHERE meeting_id = ?', [meetingId]))
    await tx.run('INSERT INTO decision_fts (rowid, text, item_title, meeting_title) VALUES (?, ?, ?, ?)', [d.seq, stemmedText(d.text), stemmedText(d.item_title), stemmedText(d.meeting_title ?? '')]);
}

/** what an owner's resolution rests on (people/lookup.ts ownerKeysOf, contextOf) */
const RESOLUTION_INPUTS = ['meeting_id', 'text', 'name', 'initials', 'role', 'text_key', 'name_key', 'first_key', 'initials_key', 'role_key', 'approx_date', 'body_key'] as const;
/** the resolution itself (people/materialize.ts) */
const RESOLUTION = ['person_key', 'person_first', 'person_role', 'resolved'] as const;
type StoredOwner = Record<(typeof RESOLUTION_INPUTS)[number] | (typeof RESOLUTION)[number] | 'task_id', string | null> & { ordinal: number };

/** The listed owners of these meetings as stored, with who they were resolved to, by task and ordinal. */
async function storedResolutions(tx: SqlDb, meetingIds: readonly string[]): Promise<Map<string, StoredOwner>> {
  const list = inList(tx, 'meeting_id', meetingIds);
  const rows = await tx.all<StoredOwner>(
    `SELECT task_id, ordinal, ${[...RESOLUTION_INPUTS, ...RESOLUTION].join(', ')} FROM owners
     WHERE ${list.sql} AND listed = 1 AND (person_key IS NOT NULL OR resolved IS NOT NULL)`, [list.param]);
  return new Map(rows.map((r) => [`${r.task_id}#${Number(r.ordinal)}`, r]));
}

/**
 * A listed owner written again as it was (same meeting, same words and keys) keeps who it was
 * resolved to, so that its keys in owner_keys are made at once and a full reindex of unchanged
 * records leaves resolving nothing to change. Resolving owners after the write (every owner of
 * a written meeting is resolved again: markPeopleStale) checks each one; what is kept is only
 * where it starts from.
 */
function keepResolutions(unique: readonly RecordRows[], stored: Map<string, StoredOwner>): void {
  if (stored.size === 0) return;
  const at = (column: string) => (COLUMNS.owners as readonly string[]).indexOf(column);
  const listed = at('listed');
  for (const row of unique.flatMap((r) => r.owners)) {
    if (row[listed] !== 1) continue;
    const old = stored.get(`${row[at('task_id')]}#${row[at('ordinal')]}`);
    if (!old || !RESOLUTION_INPUTS.every((c) => (row[at(c)] ?? null) === (old[c] ?? null))) continue;
    for (const c of RESOLUTION) row[at(c)] = old[c] ?? null;
  }
}

const meetingCol = (rows: RecordRows, name: (typeof COLUMNS.meetings)[number]) => rows.meetings[0]![COLUMNS.meetings.indexOf(name)] as string | null;

/**
 * What a caller writing many batches (syncRecords) settles once, after the last one: the bodies
 * and dates whose "nästa möte" due dates to bring up to date (refreshNextMeetingDue), and the tasks
 * whose keys in owner_keys to file (owner-keys.ts fileOwnerKeys). Filing them all in one
 * transaction at the end writes each page of owner_keys' indexes once, not once per batch (SQLite:
 * 25 s of a 10,000-meeting reindex), in statements of 5,000 tasks.
 */
export interface Deferred { due: DueChanges; ownerKeys: Set<string> }

/** Settles what the batches deferred (see Deferred), in one transaction. */
export async function settleDeferred(db: SqlDb, deferred: Deferred): Promise<void> {
  if (deferred.due.size === 0 && deferred.ownerKeys.size === 0) return;
  await db.transaction(async (tx) => {
    await refreshNextMeetingDue(tx, deferred.due);
    await fileOwnerKeys(tx, [...deferred.ownerKeys]);
  }, 'write');
}

/**
 * Writes a batch of records' rows. `deferred`: a caller writing many batches collects here what
 * to settle once at the end (settleDeferred); without it, each batch settles its own.
 */
export async function writeRecords(db: SqlDb, origin: string, batch: readonly RecordRows[], deferred?: Deferred): Promise<void> {
  // the same record twice in one batch (a copied file): the last one stands
  const byMeeting = new Map(batch.map((rows) => [rows.meetingId, rows]));
  const unique = [...byMeeting.values()];
  if (unique.length === 0) return;
  await db.transaction(async (tx) => {
    const ids = unique.map((r) => r.meetingId);
    // meetings this origin indexed from these record files before, now holding other content
    const replaced = (await meetingsFromFiles(tx, origin, unique.map((r) => r.sources[0]![2] as string))).filter((id) => !byMeeting.has(id));
    await releaseMeetings(tx, origin, replaced);
    // the meetings themselves are replaced whole; other origins' sources of them stay
    const before = await placesOf(tx, ids);
    const resolutions = await storedResolutions(tx, ids);
    await dropRows(tx, ids);
    const list = inList(tx, 'meeting_id', ids);
    await tx.run(`DELETE FROM sources WHERE origin = ? AND ${list.sql}`, [origin, list.param]);

    const incoming = new Map<string, RecordRows[]>();
    for (const rows of unique) {
      const key = groupingKey(meetingCol(rows, 'body_key'), meetingCol(rows, 'date'));
      if (key !== null) incoming.set(key, [...(incoming.get(key) ?? []), rows]);
    }
    await regroup(tx, before.map((p) => groupingKey(p.body_key, p.date)), incoming);
    keepResolutions(unique, resolutions);

    const all = (pick: (r: RecordRows) => SqlValue[][]) => unique.flatMap(pick);
    await insertRows(tx, 'meetings', COLUMNS.meetings, all((r) => r.meetings));
    await insertRows(tx, 'sources', COLUMNS.sources, all((r) => r.sources));
    await insertRows(tx, 'items', COLUMNS.items, all((r) => r.items));
    await insertRows(tx, 'decisions', COLUMNS.decisions, all((r) => r.decisions));
    await insertRows(tx, 'tasks', COLUMNS.tasks, all((r) => r.tasks));
    await insertRows(tx, 'owners', COLUMNS.owners, all((r) => r.owners));
    await insertRows(tx, 'deadlines', COLUMNS.deadlines, all((r) => r.deadlines));
    await insertRows(tx, 'person_mentions', COLUMNS.mentions, all((r) => r.mentions));
    // --owner's index (owners resolving afterwards changes only what it changes), and due dates
    const tasks = all((r) => r.tasks).map((t) => t[0] as string);
    const changes: DueChanges = deferred?.due ?? new Map();
    noteDueChanges(changes, [...before, ...unique.map((r) => ({ body_key: meetingCol(r, 'body_key'), date: meetingCol(r, 'date') }))]);
    if (deferred) {
      for (const id of tasks) deferred.ownerKeys.add(id);
    } else {
      await refreshNextMeetingDue(tx, changes);
      await fileOwnerKeys(tx, tasks);
    }
    await markPeopleStale(tx, ids);
    if (tx.dialect === 'sqlite') {
      const listed = unique.filter((r) => r.meetings[0]![COLUMNS.meetings.length - 1] === 1);
      for (const [id, title, meetingTitle, text] of listed.flatMap((r) => r.itemFts))
        await tx.run('INSERT INTO item_fts (rowid, title, meeting_title, text) SELECT seq, ?, ?, ? FROM items WHERE id = ?', [title, meetingTitle, text, id]);
      for (const [id, text, itemTitle, meetingTitle] of listed.flatMap((r) => r.decisionFts))
        await tx.run('INSERT INTO decision_fts (rowid, text, item_title, meeting_title) SELECT seq, ?, ?, ? FROM decisions WHERE id = ?', [text, itemTitle, meetingTitle, id]);
    }
  }, 'write');
}
