/**
 * The follow-up list: tasks (decisions and actions with an owner or a deadline) with their owners
 * (resolved to people where the archive allows), due dates, status, meeting, item and quote.
 */
import { ownersOfTasks, resolveOwners, type OwnedTask } from '../people/lookup.js';
import type { OwnerMatch } from '../people/owner-query.js';
import { ensureOwnersResolved } from '../people/materialize.js';
import { shownResolution, type Resolution } from '../people/resolve.js';
import { bodyKey, bodyKeyPattern, NO_DATE } from '../store/rows.js';
import { ownerKeysUnion } from '../store/owner-keys.js';
import { filesOfMeetings } from '../store/sources.js';
import { inList, type SqlDb } from '../store/sql.js';
import type { CorrectionMark } from './corrections.js';
import { taskDue, type DuePrecision } from './due.js';
import { loadOverlay, type Overlay } from './overlay.js';
import { correctedOwners, selectOwned, type CorrectedOwner } from './owned.js';
import { listedStatuses, type StatusRow, type TaskStatus } from './status.js';
import { addedTaskRows, correctedDeadline, TASK_COLUMNS, type DeadlineRow, type TaskRow } from './task-rows.js';

export interface FollowupOptions {
  /** name, initials or role */
  owner?: string;
  /** only tasks not marked done */
  open?: boolean;
  /** only open tasks due before `today` */
  overdue?: boolean;
  /** ISO date; default: today in local time */
  today?: string;
  /** only tasks due before this ISO date */
  dueBefore?: string;
  /** meeting body, a case-insensitive part */
  body?: string;
  /** the asking records folder's origin: a meeting several folders hold points to this folder's file */
  origin?: string;
  /** followupPage: at most this many tasks (default: all) */
  limit?: number;
  /** followupPage: skip this many first */
  offset?: number;
}

export interface FollowupOwner {
  text: string;
  name: string | null;
  initials: string | null;
  role: string | null;
  /** the person a role, initials or first name stands for, and the participant list that says so */
  resolved: { name: string; via: Resolution['via']; evidence: string | null } | null;
  /** how this owner answers to --owner (absent without --owner) */
  matched?: OwnerMatch['how'];
  /** present when a person set or added this owner: who and when (the correction's id to undo it) */
  corrected?: CorrectionMark;
}

export interface FollowupDeadline {
  text: string;
  value: string | null;
  relative: string | null;
  kind: string | null;
  /** last day of the deadline's period (or the next meeting's date) */
  due: string | null;
  precision: DuePrecision | null;
}

export interface FollowupTask {
  id: string;
  kind: 'decision' | 'action';
  status: TaskStatus;
  statusChangedAt: string | null;
  text: string;
  owners: FollowupOwner[];
  deadlines: FollowupDeadline[];
  due: string | null;
  precision: DuePrecision | null;
  overdue: boolean;
  meeting: { id: string; date: string | null; referenceYear: number | null; title: string | null; body: string | null };
  item: { id: string; ordinal: number; number: string | null; title: string };
  quote: string;
  file: string;
  page: number | null;
  recordFile: string;
  /** every document of the meeting (copies in other formats, older versions), `file` first */
  copies: string[];
  /**
   * What people corrected, with who and when: the owner (set or added), the deadline, or the whole
   * task (added: it has no quote, and its id is the correction's). Null: as extracted.
   */
  corrected: { owner?: CorrectionMark; deadline?: CorrectionMark; added?: CorrectionMark } | null;
}


export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export interface FollowupPage {
  /** all tasks the filters select (on every page) */
  total: number;
  /** the tasks of this page, in the list's order */
  tasks: FollowupTask[];
}

/** Every task the filters select, in the list's order (exports and the CLI). */
export async function followup(db: SqlDb, options: FollowupOptions = {}): Promise<FollowupTask[]> {
  return (await followupPage(db, { ...options, limit: undefined, offset: 0 })).tasks;
}

/** The order of the list: due date (undated last), meeting date, item, task; ids break ties. */
type SortKey = [due: string, meeting: string, item: number, task: number, id: string];

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * One page of the follow-up list (`limit` tasks from `offset`; without a limit, all) and the
 * number of tasks the filters select, with people's corrections laid over what extraction found
 * (overlay.ts): corrected owners and deadlines (marked with who and when), decisions marked as
 * not decisions left out, added tasks listed. Filtering, counting and ordering happen in SQL on
 * the tasks table (with --owner, on owner_keys, its copy by owner key); only the page's tasks are
 * read in full (owners resolved, deadlines, files).
 * Tasks with a corrected owner or deadline, and added tasks, are few: they are built in full and
 * merged into the page.
 */
export async function followupPage(db: SqlDb, options: FollowupOptions & { limit?: number; offset?: number } = {}): Promise<FollowupPage> {
  const today = options.today ?? localToday();
  const limit = options.limit === undefined || !Number.isFinite(options.limit) ? Infinity : Math.max(1, Math.floor(options.limit));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  await ensureOwnersResolved(db);
  const overlay = await loadOverlay(db);
  const statuses = await listedStatuses(db, overlay.added.map((a) => ({ id: a.id, meetingId: a.meetingId, text: a.text })));
  const corrected = overlay.empty ? [] : await correctedOwners(db, overlay);
  const selection = options.owner ? await selectOwned(db, options.owner, overlay, corrected) : null;
  const owned = selection?.special ?? null;
  const context: BuildContext = { overlay, statuses, corrected, owned, today, origin: options.origin };
  const keep = (t: FollowupTask) => (!options.body || (bodyKey(t.meeting.body) ?? '').includes(bodyKey(options.body) ?? ''))
    && ((!options.open && !options.overdue) || t.status === 'open')
    && (!options.overdue || t.overdue)
    && (!options.dueBefore || (t.due !== null && t.due < options.dueBefore));

  // the tasks people corrected or added, built in full and filtered here
  const special = [...overlay.tasks].filter(([id, c]) => !c.dismissed && (!owned || owned.has(id))).map(([id]) => id);
  const added = overlay.added.filter((a) => !owned || owned.has(a.id));
  const extra = (special.length || added.length ? await buildTasks(db, special, added, context) : []).filter((x) => keep(x.task));

  // the rest in SQL: on tasks, or with --owner on owner_keys (store/owner-keys.ts), which holds the
  // listed tasks under each key their owners answer under, with the same columns to filter and order on
  const table = selection ? 'k' : 't';
  const column = (name: string) => `${table}.${selection && name === 'id' ? 'task_id' : name}`;
  const where = selection ? [] : ['t.listed = 1'];
  const params: unknown[] = [];
  const notIn = (ids: string[]) => {
    if (ids.length === 0) return;
    const list = inList(db, column('id'), ids);
    where.push(`NOT (${list.sql})`);
    params.push(list.param);
  };
  notIn([...overlay.tasks.keys()]);
  let none = false;
  if (options.body) {
    const bodies = (await db.all<{ body_key: string }>("SELECT DISTINCT body_key FROM meetings WHERE body_key LIKE ? ESCAPE '\\'", [bodyKeyPattern(options.body)])).map((r) => r.body_key);
    const list = inList(db, column('body_key'), bodies);
    where.push(list.sql);
    params.push(list.param);
    none = bodies.length === 0;
  }
  if (options.open || options.overdue) notIn([...statuses].filter(([, s]) => s.status === 'done').map(([id]) => id));
  const before = [options.overdue ? today : null, options.dueBefore ?? null].filter((d): d is string => d !== null).sort()[0];
  if (before) {
    // due_key is '9999' for undated tasks: this is "due, and before", on the list's index
    where.push(`${column('due_key')} < ?`);
    params.push(before);
  }
  const condition = { sql: where.join(' AND '), params };
  const ORDER = 'due_key, approx_key, item_ordinal, ordinal, id';
  // with --owner: one walk of owner_keys' index per key, in the list's order; the union drops a task
  // found under two keys (its columns are the same under each), and as the walks come in one order,
  // SQLite merges them (counting task ids alone would sort each walk's 8,000 ids first)
  const rows = selection ? ownerKeysUnion(selection.keys, 'k.task_id AS id, k.due_key, k.approx_key, k.item_ordinal, k.ordinal', condition) : null;
  const countSql = rows ? `SELECT COUNT(*) AS n FROM (${rows.sql}) u` : `SELECT COUNT(*) AS n FROM tasks t WHERE ${condition.sql}`;
  const countParams = rows ? rows.params : params;
  // PostgreSQL would count a whole list by reading every task row, where the list's index is a fraction of that
  const planned = <T>(sql: string, sqlParams: unknown[]) => db.dialect === 'postgres' && !selection
    ? db.transaction(async (tx) => {
      await tx.run('SET LOCAL enable_seqscan = off');
      return tx.all<T>(sql, sqlParams);
    })
    : db.all<T>(sql, sqlParams);
  const [counted] = none ? [{ n: 0 }] : await planned<{ n: number }>(countSql, countParams);
  const wanted = offset + limit;
  const limitSql = Number.isFinite(wanted) ? ' LIMIT ?' : '';
  const limitParams = Number.isFinite(wanted) ? [wanted] : [];
  const regular = none || Number(counted?.n ?? 0) === 0 ? [] : await planned<{ id: string; due_key: string; approx_key: string; item_ordinal: number; ordinal: number }>(
    rows
      ? `${rows.sql} ORDER BY ${ORDER}${limitSql}`
      : `SELECT t.id, t.due_key, t.approx_key, t.item_ordinal, t.ordinal FROM tasks t WHERE ${condition.sql} ORDER BY ${ORDER.split(', ').map((c) => `t.${c}`).join(', ')}${limitSql}`,
    [...(rows ? rows.params : params), ...limitParams]);

  // merge, then read the page's regular tasks in full
  const merged: { key: SortKey; task?: FollowupTask }[] = [
    ...regular.map((r) => ({ key: [r.due_key, r.approx_key, Number(r.item_ordinal), Number(r.ordinal), r.id] as SortKey })),
    ...extra,
  ].sort((a, b) => compareKeys(a.key, b.key));
  const page = merged.slice(offset, Number.isFinite(limit) ? offset + limit : undefined);
  const pageIds = page.filter((p) => !p.task).map((p) => p.key[4]);
  const pageContext = selection ? { ...context, owned: await selection.matchesOf(pageIds) } : context;
  const built = new Map((await buildTasks(db, pageIds, [], pageContext)).map((x) => [x.task.id, x.task]));
  return {
    total: Number(counted?.n ?? 0) + extra.length,
    tasks: page.map((p) => p.task ?? built.get(p.key[4])).filter((t): t is FollowupTask => t !== undefined),
  };
}

interface BuildContext {
  overlay: Overlay;
  statuses: Map<string, StatusRow>;
  corrected: CorrectedOwner[];
  owned: Map<string, OwnedTask> | null;
  today: string;
  origin: string | undefined;
}

/** Tasks (by id) and added tasks in full, corrections applied, each with its place in the list's order. */
async function buildTasks(db: SqlDb, taskIds: string[], added: Overlay['added'], context: BuildContext): Promise<{ key: SortKey; task: FollowupTask }[]> {
  const { overlay, statuses, corrected, owned, today } = context;
  if (taskIds.length === 0 && added.length === 0) return [];
  const ids = inList(db, 't.id', taskIds);
  const extracted = taskIds.length
    ? await db.all<TaskRow>(`SELECT ${TASK_COLUMNS} FROM tasks t JOIN items i ON i.id = t.item_id JOIN meetings m ON m.id = t.meeting_id WHERE ${ids.sql}`, [ids.param])
    : [];
  const rows = [...extracted, ...await addedTaskRows(db, { ...overlay, added }, undefined, null)];
  if (rows.length === 0) return [];

  const deadlineIds = inList(db, 'task_id', extracted.map((r) => r.id));
  const deadlineRows = extracted.length
    ? await db.all<DeadlineRow>(`SELECT task_id, ordinal, text, value, relative, kind, period_end, precision FROM deadlines WHERE ${deadlineIds.sql} ORDER BY task_id, ordinal`, [deadlineIds.param])
    : [];
  const deadlinesOf = groupBy(deadlineRows, (d) => d.task_id);
  const ownersOf = groupBy(await ownersOfTasks(db, extracted.map((r) => r.id)), (o) => o.task_id);
  const marks = new Map<string, NonNullable<FollowupTask['corrected']>>();
  const ownerMarks = new Map<string, CorrectionMark>();
  if (!overlay.empty) {
    const correctedOf = groupBy(corrected, (o) => o.task_id);
    for (const r of rows) {
      const c = overlay.tasks.get(r.id);
      const add = overlay.added.find((a) => a.id === r.id);
      const mark: NonNullable<FollowupTask['corrected']> = {};
      if (add) {
        mark.added = add.mark;
        deadlinesOf.set(r.id, correctedDeadline(r.id, add.deadline));
      }
      if (c?.deadline) {
        mark.deadline = c.deadline.mark;
        deadlinesOf.set(r.id, correctedDeadline(r.id, c.deadline.value));
      }
      if (c?.owner) mark.owner = c.owner.owners[c.owner.owners.length - 1]!.mark;
      if (c?.owner || add?.owner) {
        const mine = correctedOf.get(r.id) ?? [];
        ownersOf.set(r.id, [...(c?.owner?.replaces ? [] : ownersOf.get(r.id) ?? []), ...mine]);
        mine.forEach((o) => ownerMarks.set(`${o.task_id}#${o.ordinal}`, o.mark));
      }
      if (Object.keys(mark).length) marks.set(r.id, mark);
    }
  }
  // owners as extracted carry their resolution (people/materialize.ts); those people set are resolved here
  const resolutions = await resolveOwners(db, corrected.filter((o) => rows.some((r) => r.id === o.task_id)));
  const files = await filesOfMeetings(db, rows.map((r) => r.meeting_id), context.origin);
  return rows.filter((r) => files.has(r.meeting_id)).map((r) => {
    const deadlines = (deadlinesOf.get(r.id) ?? []).map((d): FollowupDeadline => ({
      text: d.text, value: d.value, relative: d.relative, kind: d.kind,
      due: d.period_end ?? (d.relative === 'next-meeting' ? r.next_meeting_date : null),
      precision: (d.precision as DuePrecision | null) ?? null,
    }));
    const { due, precision } = taskDue(deadlines, r.next_meeting_date);
    const status = statuses.get(r.id);
    const open = status?.status !== 'done';
    const file = files.get(r.meeting_id)!;
    const task: FollowupTask = {
      id: r.id,
      kind: r.kind,
      status: open ? 'open' : 'done',
      statusChangedAt: status?.changed_at ?? null,
      text: r.text,
      owners: (ownersOf.get(r.id) ?? []).map((o) => {
        const key = `${o.task_id}#${o.ordinal}`;
        const resolution = resolutions.get(key) ?? null;
        const stored = 'resolved' in o ? (o.resolved ? JSON.parse(o.resolved as string) as FollowupOwner['resolved'] : null) : undefined;
        const match = owned?.get(r.id)?.owners.get(o.ordinal);
        const mark = ownerMarks.get(key);
        return {
          text: o.text, name: o.name, initials: o.initials, role: o.role,
          resolved: stored !== undefined ? stored : shownResolution(resolution),
          ...(owned ? { matched: match?.how } : {}),
          ...(mark ? { corrected: mark } : {}),
        };
      }),
      deadlines,
      due,
      precision,
      overdue: open && due !== null && due < today,
      meeting: { id: r.meeting_id, date: r.date, referenceYear: r.reference_year === null ? null : Number(r.reference_year), title: r.meeting_title, body: r.body },
      item: { id: r.item_id, ordinal: Number(r.item_ordinal), number: r.item_number, title: r.item_title },
      quote: r.quote,
      file: file.path,
      page: r.page === null ? null : Number(r.page),
      recordFile: file.recordFile,
      copies: file.copies,
      corrected: marks.get(r.id) ?? null,
    };
    return { key: [due ?? NO_DATE, r.approx_date ?? NO_DATE, Number(r.item_ordinal), Number(r.ordinal), r.id] as SortKey, task };
  });
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

