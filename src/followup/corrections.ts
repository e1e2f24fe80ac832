/**
 * Corrections: what a person fixed in what extraction found. A task's owner changed or added, its
 * deadline changed or removed, a decision marked as not a decision, a missed task added to an item.
 * Like task status (status.ts) they live in the store's `corrections` table, never in the records,
 * so re-extraction and `reindex` keep them; they are keyed by the ids the store uses (task,
 * decision and item ids) and remember the text of what they correct, so they follow a task that
 * better extraction renumbers and apply to every copy of a meeting (overlay.ts applies them).
 * Nothing is deleted: undoing a correction notes who undid it and when.
 */
import { randomBytes } from 'node:crypto';
import { EDTF_PATTERN } from '../record/edtf.js';
import type { SqlDb } from '../store/sql.js';
import { periodOf } from './due.js';

export type CorrectionKind = 'owner' | 'deadline' | 'not-decision' | 'add-task';
export const CORRECTION_KINDS: readonly CorrectionKind[] = ['owner', 'deadline', 'not-decision', 'add-task'];

/** Who made a correction and when (ISO time): what a corrected value shows. */
export interface CorrectionMark {
  /** the correction's id (for `correct undo`) */
  id: string;
  by: string;
  at: string;
}

/** What a correction changes. */
export type CorrectionChange =
  /** the task's owner is `owner` (mode "set": instead of the extracted ones; "add": beside them) */
  | { kind: 'owner'; owner: string; mode: 'set' | 'add' }
  /** the task's deadline is `deadline` (EDTF: 2025-03-01, 2025-03, 2025) or it has none (null) */
  | { kind: 'deadline'; deadline: string | null }
  /** the decision is not a decision: no decision hit, no follow-up task */
  | { kind: 'not-decision' }
  /** a task the extraction missed, on an item */
  | { kind: 'add-task'; text: string; owner: string | null; deadline: string | null };

export interface Correction {
  id: string;
  kind: CorrectionKind;
  /** the task (owner, deadline), decision (not-decision) or agenda item (add-task) corrected */
  targetId: string;
  /** the meeting (record id) the target belongs to */
  meetingId: string;
  /** the target's text when corrected (task or decision text; item title for add-task) */
  targetText: string;
  change: CorrectionChange;
  by: string;
  at: string;
  /** who undid the correction and when; null while it applies */
  undone: { by: string; at: string } | null;
}

/** A correction refused: unknown target, a value that cannot be a deadline, ...; the message says why in plain words. */
export class CorrectionError extends Error {}

interface CorrectionRow {
  id: string; kind: CorrectionKind; target_id: string; meeting_id: string; target_text: string; value: string;
  made_by: string; made_at: string; undone_by: string | null; undone_at: string | null;
}

export const CORRECTION_COLUMNS = 'c.id, c.kind, c.target_id, c.meeting_id, c.target_text, c.value, c.made_by, c.made_at, c.undone_by, c.undone_at';

export function toCorrection(r: CorrectionRow): Correction {
  const value = JSON.parse(r.value) as Record<string, unknown>;
  return {
    id: r.id, kind: r.kind, targetId: r.target_id, meetingId: r.meeting_id, targetText: r.target_text,
    change: { ...value, kind: r.kind } as CorrectionChange,
    by: r.made_by, at: r.made_at,
    undone: r.undone_at ? { by: r.undone_by ?? '', at: r.undone_at } : null,
  };
}

const MAX_TEXT = 500;
const MAX_NAME = 200;

/** A name or text from outside: trimmed, no control characters, not empty, not too long. */
function cleanText(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') throw new CorrectionError(`${what} must be text`);
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) throw new CorrectionError(`${what} is empty`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new CorrectionError(`${what} holds control characters`);
  if (text.length > max) throw new CorrectionError(`${what} is too long (${text.length} characters; at most ${max})`);
  return text;
}

/**
 * A deadline as a person gives it: a day (2025-03-01), a month (2025-03), a season or quarter
 * code, a year; "none" (or "ingen", empty) for no deadline. Returns the EDTF value or null.
 */
export function parseDeadline(value: string | null | undefined): string | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'none' || v === 'ingen') return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const valid = EDTF_PATTERN.test(v) && periodOf(v) !== null
    && (!day || new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDate() === Number(day[3]));
  if (!valid) throw new CorrectionError(`"${value}" is not a deadline: give a date such as 2025-03-01, a month such as 2025-03, a year, or "none"`);
  return v;
}

function newId(): string {
  return `r${randomBytes(5).toString('hex')}`;
}

/** What a person asks to correct (the web's and the CLI's input). */
export type CorrectionInput =
  | { kind: 'owner'; taskId: string; owner: string; mode?: 'set' | 'add' }
  | { kind: 'deadline'; taskId: string; deadline: string | null }
  | { kind: 'not-decision'; decisionId: string }
  /** `item`: the item's id, or its number as printed ("3", "§ 95") or its position in the meeting */
  | { kind: 'add-task'; meetingId: string; item: string; text: string; owner?: string | null; deadline?: string | null };

/**
 * Stores a correction made by `by` (a user name) and returns it. The target must be in the store:
 * a task as `protokoll followup` lists it, a decision, or a meeting and one of its items.
 * @throws CorrectionError when the target is unknown or a value is unusable
 */
export async function addCorrection(db: SqlDb, input: CorrectionInput, by: string, now = new Date()): Promise<Correction> {
  const who = cleanText(by, 'the name of who corrects', MAX_NAME);
  let target: { id: string; meeting_id: string; text: string };
  let change: CorrectionChange;
  switch (input.kind) {
    case 'owner':
    case 'deadline': {
      const [task] = await db.all<{ id: string; meeting_id: string; text: string }>('SELECT id, meeting_id, text FROM tasks WHERE id = ?', [String(input.taskId)]);
      if (!task) {
        const added = await db.all<{ id: string }>("SELECT id FROM corrections WHERE id = ? AND kind = 'add-task'", [String(input.taskId)]);
        throw new CorrectionError(added.length
          ? `"${input.taskId}" is a task added by a correction: undo it ("protokoll correct undo ${input.taskId}") and add it again as it should be`
          : `there is no task "${input.taskId}" in the store; "protokoll followup" shows the task ids`);
      }
      target = task;
      change = input.kind === 'owner'
        ? { kind: 'owner', owner: cleanText(input.owner, 'the owner', MAX_NAME), mode: input.mode === 'add' ? 'add' : 'set' }
        : { kind: 'deadline', deadline: parseDeadline(input.deadline) };
      break;
    }
    case 'not-decision': {
      const [decision] = await db.all<{ id: string; meeting_id: string; text: string }>('SELECT id, meeting_id, text FROM decisions WHERE id = ?', [String(input.decisionId)]);
      if (!decision) throw new CorrectionError(`there is no decision "${input.decisionId}" in the store; "protokoll search --decisions" shows decision ids`);
      target = decision;
      change = { kind: 'not-decision' };
      break;
    }
    case 'add-task': {
      const item = await findItem(db, String(input.meetingId), String(input.item));
      target = { id: item.id, meeting_id: item.meeting_id, text: item.title };
      change = {
        kind: 'add-task',
        text: cleanText(input.text, 'the task', MAX_TEXT),
        owner: input.owner == null || input.owner === '' ? null : cleanText(input.owner, 'the owner', MAX_NAME),
        deadline: parseDeadline(input.deadline),
      };
      break;
    }
    default:
      throw new CorrectionError(`there is no correction of kind "${(input as { kind: unknown }).kind}"; the kinds are ${CORRECTION_KINDS.join(', ')}`);
  }
  const { kind, ...value } = change;
  const correction: Correction = {
    id: newId(), kind, targetId: target.id, meetingId: target.meeting_id, targetText: target.text, change,
    by: who, at: now.toISOString(), undone: null,
  };
  await db.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO corrections (id, kind, target_id, meeting_id, target_text, value, made_by, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [correction.id, kind, target.id, target.meeting_id, target.text, JSON.stringify(value), who, correction.at],
    );
  }, 'status');
  return correction;
}

/** An item of a meeting (any copy): by item id, else number as printed ("3", "§ 3", "3."), else position. */
async function findItem(db: SqlDb, meetingId: string, item: string): Promise<{ id: string; meeting_id: string; title: string }> {
  const items = await db.all<{ id: string; meeting_id: string; title: string; number: string | null; ordinal: number }>(
    'SELECT id, meeting_id, title, number, ordinal FROM items WHERE meeting_id = ? ORDER BY ordinal', [meetingId]);
  if (items.length === 0) {
    const [meeting] = await db.all<{ id: string }>('SELECT id FROM meetings WHERE id = ?', [meetingId]);
    throw new CorrectionError(meeting
      ? `the meeting "${meetingId}" has no agenda items to add a task to`
      : `there is no meeting "${meetingId}" in the store; "protokoll search" and "protokoll followup --format json" show meeting ids`);
  }
  const digits = (s: string | null) => (s ?? '').replace(/[^\p{N}.]/gu, '').replace(/\.+$/, '');
  const wanted = item.trim();
  const found = items.find((i) => i.id === wanted)
    ?? items.find((i) => i.number !== null && digits(i.number) !== '' && digits(i.number) === digits(wanted))
    ?? (/^\d+$/.test(wanted) ? items.find((i) => Number(i.ordinal) === Number(wanted)) : undefined);
  if (!found) throw new CorrectionError(`the meeting "${meetingId}" has no item "${item}"; its items are ${items.map((i) => i.number ?? String(i.ordinal)).join(', ')}`);
  return found;
}

/**
 * Undoes a correction: it no longer applies, and is kept with who undid it and when.
 * @throws CorrectionError when there is no such correction or it was undone already
 */
export async function undoCorrection(db: SqlDb, id: string, by: string, now = new Date()): Promise<Correction> {
  const who = cleanText(by, 'the name of who undoes', MAX_NAME);
  return db.transaction(async (tx) => {
    const [row] = await tx.all<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM corrections c WHERE c.id = ?`, [String(id)]);
    if (!row) throw new CorrectionError(`there is no correction "${id}"; "protokoll correct list" shows them`);
    if (row.undone_at) throw new CorrectionError(`the correction "${id}" was undone already (by ${row.undone_by} at ${row.undone_at})`);
    const at = now.toISOString();
    await tx.run('UPDATE corrections SET undone_by = ?, undone_at = ? WHERE id = ?', [who, at, row.id]);
    return toCorrection({ ...row, undone_by: who, undone_at: at });
  }, 'status');
}

export interface ListCorrectionsOptions {
  /** undone corrections too (default: only those that apply) */
  all?: boolean;
  /** only corrections of this meeting and its copies (any copy's id) */
  meetingId?: string;
  /** only corrections of this target (task, decision or item id) */
  targetId?: string;
}

/** Corrections, newest first. */
export async function listCorrections(db: SqlDb, options: ListCorrectionsOptions = {}): Promise<Correction[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!options.all) where.push('c.undone_at IS NULL');
  if (options.meetingId) {
    // a meeting's copies share its group: corrections made on any of them
    where.push('(c.meeting_id = ? OR c.meeting_id IN (SELECT m.id FROM meetings m WHERE m.group_id = (SELECT g.group_id FROM meetings g WHERE g.id = ?)))');
    params.push(options.meetingId, options.meetingId);
  }
  if (options.targetId) {
    where.push('c.target_id = ?');
    params.push(options.targetId);
  }
  const rows = await db.all<CorrectionRow>(
    `SELECT ${CORRECTION_COLUMNS} FROM corrections c${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY c.seq DESC`, params);
  return rows.map(toCorrection);
}

/** Active corrections with the group (listed copy) of their meeting; corrections of meetings no longer in the store are left out. */
export async function activeCorrections(db: SqlDb): Promise<(Correction & { groupId: string })[]> {
  const rows = await db.all<CorrectionRow & { group_id: string }>(
    `SELECT ${CORRECTION_COLUMNS}, m.group_id FROM corrections c JOIN meetings m ON m.id = c.meeting_id
     WHERE c.undone_at IS NULL ORDER BY c.seq`);
  return rows.map((r) => ({ ...toCorrection(r), groupId: r.group_id }));
}
