/**
 * The corrections that apply now, resolved to the listed copy of each meeting: what follow-up,
 * search and the exports lay over what extraction found. A correction names the task, decision or
 * item it was made on (on whichever copy of the minutes was shown then) and remembers its text; it
 * applies to the listed copy's task of the same id and text, else of the same text, else of the
 * same id (as task status does), and an added task to the item of the same id, else title, else
 * position. Corrections are few (people make them), so they are resolved in one pass per request.
 */
import { itemKey } from '../store/grouping.js';
import { inList, type SqlDb } from '../store/sql.js';
import { activeCorrections, type Correction, type CorrectionMark } from './corrections.js';

export interface OwnerCorrection {
  /** the owners as corrected, in order: with mode "set" instead of the extracted ones */
  owners: { text: string; mark: CorrectionMark }[];
  /** true when the extracted owners no longer count (an owner was set, not added) */
  replaces: boolean;
}

export interface TaskCorrections {
  owner?: OwnerCorrection;
  deadline?: { value: string | null; mark: CorrectionMark };
  /** the task is a decision marked as not a decision */
  dismissed?: CorrectionMark;
}

export interface AddedTask {
  /** the task's id: the correction's id */
  id: string;
  /** the listed copy's item and meeting it belongs to */
  itemId: string;
  meetingId: string;
  text: string;
  owner: string | null;
  deadline: string | null;
  mark: CorrectionMark;
}

export interface Overlay {
  /** by listed task id */
  tasks: Map<string, TaskCorrections>;
  /** listed decision ids marked as not a decision */
  notDecisions: Map<string, CorrectionMark>;
  added: AddedTask[];
  /** true when no correction applies (the common case: callers skip the work) */
  empty: boolean;
}

interface Target { id: string; meeting_id: string; text: string }
interface ItemTarget { id: string; meeting_id: string; title: string }

const markOf = (c: Correction): CorrectionMark => ({ id: c.id, by: c.by, at: c.at });

/** The same id and text, else the same text, else the same id, among the listed copy's rows. */
function resolveTarget<T extends Target>(c: Correction & { groupId: string }, rows: T[]): T | undefined {
  const inGroup = rows.filter((r) => r.meeting_id === c.groupId);
  return inGroup.find((r) => r.id === c.targetId && r.text === c.targetText)
    ?? inGroup.find((r) => r.text === c.targetText)
    ?? inGroup.find((r) => r.id === c.targetId);
}

function resolveItem(c: Correction & { groupId: string }, items: ItemTarget[]): ItemTarget | undefined {
  const inGroup = items.filter((i) => i.meeting_id === c.groupId);
  const ordinal = c.targetId.split(':').pop();
  return inGroup.find((i) => i.id === c.targetId)
    ?? inGroup.find((i) => itemKey(i.title) === itemKey(c.targetText))
    ?? inGroup.find((i) => i.id.split(':').pop() === ordinal);
}

/** Loads the corrections that apply, resolved to listed copies. */
export async function loadOverlay(db: SqlDb): Promise<Overlay> {
  const overlay: Overlay = { tasks: new Map(), notDecisions: new Map(), added: [], empty: true };
  const corrections = await activeCorrections(db);
  if (corrections.length === 0) return overlay;
  const groups = [...new Set(corrections.map((c) => c.groupId))];
  const inGroups = (column: string) => inList(db, column, groups);
  const need = (kind: Correction['kind'][]) => corrections.some((c) => kind.includes(c.kind));
  const tasks = need(['owner', 'deadline', 'not-decision'])
    ? await db.all<Target>(`SELECT id, meeting_id, text FROM tasks WHERE ${inGroups('meeting_id').sql}`, [inGroups('meeting_id').param]) : [];
  const decisions = need(['not-decision'])
    ? await db.all<Target>(`SELECT id, meeting_id, text FROM decisions WHERE ${inGroups('meeting_id').sql}`, [inGroups('meeting_id').param]) : [];
  const items = need(['add-task'])
    ? await db.all<ItemTarget>(`SELECT id, meeting_id, title FROM items WHERE ${inGroups('meeting_id').sql}`, [inGroups('meeting_id').param]) : [];

  const of = (taskId: string) => {
    let t = overlay.tasks.get(taskId);
    if (!t) overlay.tasks.set(taskId, (t = {}));
    return t;
  };
  // oldest first: a later correction of the same value wins
  for (const c of corrections) {
    const change = c.change;
    if (change.kind === 'owner') {
      const task = resolveTarget(c, tasks);
      if (!task) continue;
      const t = of(task.id);
      const entry = { text: change.owner, mark: markOf(c) };
      t.owner = change.mode === 'set'
        ? { owners: [entry], replaces: true }
        : { owners: [...(t.owner?.owners ?? []), entry], replaces: t.owner?.replaces ?? false };
    } else if (change.kind === 'deadline') {
      const task = resolveTarget(c, tasks);
      if (task) of(task.id).deadline = { value: change.deadline, mark: markOf(c) };
    } else if (change.kind === 'not-decision') {
      const decision = resolveTarget(c, decisions);
      if (!decision) continue;
      overlay.notDecisions.set(decision.id, markOf(c));
      // a decision's task has the decision's id
      if (tasks.some((t) => t.id === decision.id)) of(decision.id).dismissed = markOf(c);
    } else {
      const item = resolveItem(c, items);
      if (!item) continue;
      overlay.added.push({ id: c.id, itemId: item.id, meetingId: item.meeting_id, text: change.text, owner: change.owner, deadline: change.deadline, mark: markOf(c) });
    }
  }
  overlay.empty = overlay.tasks.size === 0 && overlay.notDecisions.size === 0 && overlay.added.length === 0;
  return overlay;
}
