/**
 * A meeting as the Möte page and GET /api/meetings/:id show it: the listed record (read from its
 * record file, the source of truth), each task's status as the follow-up list has it, and the
 * meeting's documents, a PDF copy first for the viewer.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CorrectionMark } from '../followup/corrections.js';
import { loadOverlay, type AddedTask, type TaskCorrections } from '../followup/overlay.js';
import { assignStatus, statusRows, type TaskStatus } from '../followup/status.js';
import { documentText } from '../model/document.js';
import { readDocument } from '../read/index.js';
import { DEFAULT_LIMITS } from '../limits/settings.js';
import type { Action, Decision, MinutesRecord } from '../record/schema.js';
import { validateRecord } from '../record/schema.js';
import { meetingDocuments, type MeetingSource } from '../store/meeting-sources.js';
import type { Store } from '../store/store.js';
import { NotFound } from './errors.js';

export interface TaskState { status: TaskStatus; changedAt: string | null }

export interface WebMeeting {
  record: MinutesRecord;
  /** status of every task the follow-up list holds (decisions and actions with an owner or a deadline) */
  taskStatus: Record<string, TaskState>;
  /** the meeting's documents; `viewer` indexes the one shown beside the record */
  sources: Array<Pick<MeetingSource, 'fileName' | 'format' | 'pages'> & { index: number; recordId: string; url: string; available: boolean }>;
  viewer: number | null;
  /** people's corrections of this meeting (Granska), by task and decision id, and tasks they added */
  corrections: { tasks: Record<string, TaskCorrections>; notDecisions: Record<string, CorrectionMark>; added: AddedTask[] };
}

/** the meeting is in the store but its record file is not in this records folder (another machine's, or removed) */
export class MeetingUnavailable extends NotFound {}

/** Record ids are 16 hex characters: anything else is refused before the store is asked. */
export function isRecordId(id: string): boolean {
  return /^[0-9a-f]{16}$/.test(id);
}

export function tasksOf(record: MinutesRecord): Array<(Decision | Action) & { kind: 'decision' | 'action'; itemId: string }> {
  return record.items.flatMap((item) => [
    ...item.decisions.map((d) => ({ ...d, kind: 'decision' as const, itemId: item.id })),
    ...item.actions.map((a) => ({ ...a, kind: 'action' as const, itemId: item.id })),
  ]);
}

export async function loadMeeting(store: Store, id: string): Promise<WebMeeting | null> {
  if (!isRecordId(id)) return null;
  const docs = await meetingDocuments(store.db, id, store.origin);
  if (!docs || docs.sources.length === 0) return null;
  const listed = docs.sources[0]!;
  const record = await readRecord(store, listed);
  const overlay = await loadOverlay(store.db);
  const ids = new Set(tasksOf(record).map((t) => t.id));
  const corrections: WebMeeting['corrections'] = {
    tasks: Object.fromEntries([...overlay.tasks].filter(([id]) => ids.has(id))),
    notDecisions: Object.fromEntries([...overlay.notDecisions].filter(([id]) => ids.has(id))),
    added: overlay.added.filter((a) => a.meetingId === listed.meetingId),
  };
  // what the follow-up list holds: tasks with an owner or deadline (extracted or corrected), and added ones
  const followed = [
    ...tasksOf(record).filter((t) => t.owners.length > 0 || t.deadlines.length > 0 || corrections.tasks[t.id]?.owner || corrections.tasks[t.id]?.deadline),
    ...corrections.added,
  ];
  const rows = await statusRows(store.db, [listed.meetingId]);
  const statuses = assignStatus(followed.map((t) => ({ id: t.id, meetingId: listed.meetingId, text: t.text })), rows);
  const taskStatus: Record<string, TaskState> = {};
  for (const t of followed) {
    const row = statuses.get(t.id);
    taskStatus[t.id] = { status: row?.status === 'done' ? 'done' : 'open', changedAt: row?.changed_at ?? null };
  }
  const sources = await Promise.all(docs.sources.map(async (s, index) => ({
    index, recordId: s.meetingId, fileName: s.fileName, format: s.format, pages: s.pages,
    url: `/meetings/${listed.meetingId}/source/${index}`,
    available: Boolean((await fs.stat(s.path).catch(() => null))?.isFile()),
  })));
  // the viewer shows a PDF where there is one (pages, layout), else the listed document
  const pdf = sources.find((s) => s.format === 'pdf' && s.available);
  const viewer = pdf?.index ?? sources.find((s) => s.available)?.index ?? null;
  return { record, taskStatus, sources, viewer, corrections };
}

async function readRecord(store: Store, source: MeetingSource): Promise<MinutesRecord> {
  const file = path.join(store.recordsDir, source.recordFile);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new MeetingUnavailable(`the record file ${source.recordFile} is not in ${store.recordsDir} (run "protokoll reindex")`);
  }
  return validateRecord(JSON.parse(text));
}

/** The path of the meeting's `index`th document, or null (no such meeting or document). */
export async function sourcePath(store: Store, id: string, index: number): Promise<MeetingSource | null> {
  if (!isRecordId(id) || !Number.isInteger(index) || index < 0) return null;
  const docs = await meetingDocuments(store.db, id, store.origin);
  const source = docs?.sources[index] ?? null;
  // on a shared PostgreSQL store another machine's copy names a path on that machine: this one
  // opens only the paths its own records folder wrote
  return source && source.origin === store.origin ? source : null;
}

/** At most this much source text is put on a page */
const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** A DOCX or text source as plain text, for the text viewer; null when it cannot be read here. */
export async function sourceText(source: MeetingSource, record: MinutesRecord): Promise<string | null> {
  const stat = await fs.stat(source.path).catch(() => null);
  if (!stat?.isFile() || stat.size > MAX_TEXT_BYTES) return fallbackText(record);
  const bytes = await fs.readFile(source.path);
  if (source.format === 'txt') return bytes.toString('utf8');
  try {
    return documentText(await readDocument(bytes, source.format as 'docx', { limits: DEFAULT_LIMITS }));
  } catch {
    return fallbackText(record);
  }
}

/** Without the source: the items' own text, which every quote of the record comes from. */
function fallbackText(record: MinutesRecord): string {
  return record.items.map((i) => `${i.number ?? ''} ${i.title}\n${i.text}`.trim()).join('\n\n');
}
