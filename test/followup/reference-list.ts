/**
 * The follow-up list as it was made before the SQL path (everything loaded, then filtered and
 * sorted in JS): the slow reference the SQL path (src/followup/list.ts) is compared with.
 */
import type { FollowupDeadline, FollowupOptions, FollowupTask } from '../../src/followup/list.js';
import { ownersOfTasks, resolveOwners, type OwnedTask } from '../../src/people/lookup.js';
import type { Resolution } from '../../src/people/resolve.js';
import { bodyKeyPattern } from '../../src/store/rows.js';
import { filesOfMeetings } from '../../src/store/sources.js';
import { inList, type SqlDb } from '../../src/store/sql.js';
import type { CorrectionMark } from '../../src/followup/corrections.js';
import { taskDue, type DuePrecision } from '../../src/followup/due.js';
import { loadOverlay } from '../../src/followup/overlay.js';
import { correctedOwners, tasksOwnedWithCorrections } from '../../src/followup/owned.js';
import { assignStatus, statusRows } from '../../src/followup/status.js';
import { addedTaskRows, correctedDeadline, TASK_COLUMNS, type DeadlineRow, type TaskRow } from '../../src/followup/task-rows.js';


function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The follow-up list, with people's corrections laid over what extraction found (overlay.ts):
 * corrected owners and deadlines (marked with who and when), decisions marked as not decisions
 * left out, added tasks listed.
 */
export async function followupReference(db: SqlDb, options: FollowupOptions = {}): Promise<FollowupTask[]> {
  const today = options.today ?? localToday();
  const overlay = await loadOverlay(db);
  const where: string[] = [];
  const params: unknown[] = [];
  const corrected = overlay.empty ? null : await correctedOwners(db, overlay);
  let owned: Map<string, OwnedTask> | null = null;
  if (options.owner) {
    owned = await tasksOwnedWithCorrections(db, options.owner, overlay, corrected ?? []);
    if (owned.size === 0) return [];
    const list = inList(db, 't.id', [...owned.keys()]);
    where.push(list.sql);
    params.push(list.param);
  }
  if (options.body) {
    where.push("m.body_key LIKE ? ESCAPE '\\'");
    params.push(bodyKeyPattern(options.body));
  }
  // a first cut in SQL; due dates of "nästa möte" deadlines and corrected deadlines are settled below
  const before = [options.overdue ? today : null, options.dueBefore ?? null].filter((d): d is string => d !== null).sort()[0];
  if (before) {
    const redated = [...overlay.tasks].filter(([, c]) => c.deadline).map(([id]) => id);
    const list = inList(db, 't.id', redated);
    where.push(`(t.due_end < ? OR t.next_meeting = 1${redated.length ? ` OR ${list.sql}` : ''})`);
    params.push(before, ...(redated.length ? [list.param] : []));
  }

  const extracted = (await db.all<TaskRow>(
    `SELECT ${TASK_COLUMNS}
     FROM tasks t JOIN items i ON i.id = t.item_id JOIN meetings m ON m.id = t.meeting_id
     WHERE m.listed = 1${where.map((w) => ` AND ${w}`).join('')}`,
    params,
  )).filter((r) => !overlay.tasks.get(r.id)?.dismissed);
  const added = await addedTaskRows(db, overlay, options.body, owned);
  const rows = [...extracted, ...added];
  if (rows.length === 0) return [];

  const taskIds = extracted.map((r) => r.id);
  const ids = inList(db, 'task_id', taskIds);
  const deadlineRows = taskIds.length
    ? await db.all<DeadlineRow>(`SELECT task_id, ordinal, text, value, relative, kind, period_end, precision FROM deadlines WHERE ${ids.sql} ORDER BY task_id, ordinal`, [ids.param])
    : [];
  const deadlinesOf = groupBy(deadlineRows, (d) => d.task_id);
  const ownersOf = groupBy(await ownersOfTasks(db, taskIds), (o) => o.task_id);
  const marks = new Map<string, NonNullable<FollowupTask['corrected']>>();
  const ownerMarks = new Map<string, CorrectionMark>();
  if (corrected) {
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
  const ownerRows = [...ownersOf.values()].flat();
  const resolutions = await resolveOwners(db, ownerRows);
  const statuses = assignStatus(rows.map((r) => ({ id: r.id, meetingId: r.meeting_id, text: r.text })), await statusRows(db, [...new Set(rows.map((r) => r.meeting_id))]));

  const files = await filesOfMeetings(db, rows.map((r) => r.meeting_id), options.origin);
  const tasks = rows.filter((r) => files.has(r.meeting_id)).map((r): FollowupTask => {
    const deadlines = (deadlinesOf.get(r.id) ?? []).map((d): FollowupDeadline => ({
      text: d.text, value: d.value, relative: d.relative, kind: d.kind,
      due: d.period_end ?? (d.relative === 'next-meeting' ? r.next_meeting_date : null),
      precision: (d.precision as DuePrecision | null) ?? null,
    }));
    const { due, precision } = taskDue(deadlines, r.next_meeting_date);
    const status = statuses.get(r.id);
    const open = status?.status !== 'done';
    return {
      id: r.id,
      kind: r.kind,
      status: open ? 'open' : 'done',
      statusChangedAt: status?.changed_at ?? null,
      text: r.text,
      owners: (ownersOf.get(r.id) ?? []).map((o) => {
        const key = `${o.task_id}#${o.ordinal}`;
        const resolution = resolutions.get(key) ?? null;
        const match = owned?.get(r.id)?.owners.get(o.ordinal);
        const mark = ownerMarks.get(key);
        return {
          text: o.text, name: o.name, initials: o.initials, role: o.role,
          resolved: resolution && resolution.via !== 'name'
            ? { name: resolution.name, via: resolution.via, evidence: resolution.evidence ? describeEvidence(resolution) : null }
            : null,
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
      file: files.get(r.meeting_id)!.path,
      page: r.page === null ? null : Number(r.page),
      recordFile: files.get(r.meeting_id)!.recordFile,
      copies: files.get(r.meeting_id)!.copies,
      corrected: marks.get(r.id) ?? null,
    };
  });

  const sortKey = new Map(rows.map((r) => [r.id, `${r.approx_date ?? '9999'}|${String(r.item_ordinal).padStart(4, '0')}|${String(r.ordinal).padStart(4, '0')}`]));
  return tasks
    .filter((t) => (!options.open && !options.overdue) || t.status === 'open')
    .filter((t) => !options.overdue || t.overdue)
    .filter((t) => !options.dueBefore || (t.due !== null && t.due < options.dueBefore))
    .sort((a, b) => (a.due ?? '9999') .localeCompare(b.due ?? '9999') || sortKey.get(a.id)!.localeCompare(sortKey.get(b.id)!));
}


function describeEvidence(r: Resolution): string {
  const e = r.evidence!;
  const as = [e.role, e.initials && `(${e.initials})`].filter(Boolean).join(' ');
  return `${e.name}${as ? `, ${as}` : ''}, in the participant list of ${e.meetingLabel}`;
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
