/**
 * A record as store rows: a pure function, so that the SQLite and PostgreSQL writers insert the
 * very same rows. Tasks are the decisions and actions that give someone something to do or a date
 * to do it by; the follow-up list is made of them.
 */
import type { Action, AgendaItem, Decision, MinutesRecord } from '../record/schema.js';
import { periodOf } from '../followup/due.js';
import { personKeys } from '../people/keys.js';
import { personKeyOf } from '../people/resolve.js';
import { stemmedText } from '../search/tokens.js';
import { itemKeys } from './grouping.js';
import type { SqlValue } from './sql.js';

export interface RecordRows {
  meetingId: string;
  meetings: SqlValue[][];
  sources: SqlValue[][];
  items: SqlValue[][];
  decisions: SqlValue[][];
  tasks: SqlValue[][];
  owners: SqlValue[][];
  deadlines: SqlValue[][];
  mentions: SqlValue[][];
  /** SQLite only: [item id, stemmed title, stemmed meeting title, stemmed text] */
  itemFts: SqlValue[][];
  /** SQLite only: [decision id, stemmed text, stemmed item title, stemmed meeting title] */
  decisionFts: SqlValue[][];
}

export const COLUMNS = {
  meetings: ['id', 'origin', 'title', 'body', 'body_key', 'organisation', 'document_type', 'date', 'reference_year', 'date_lo', 'date_hi', 'approx_date', 'start_time', 'end_time', 'location', 'secretary', 'warnings', 'indexed_at', 'item_keys', 'group_id', 'listed'],
  sources: ['meeting_id', 'origin', 'record_file', 'record_size', 'record_mtime', 'path', 'file_name', 'sha256', 'format', 'bytes', 'pages'],
  items: ['id', 'meeting_id', 'ordinal', 'number', 'title', 'presenters', 'item_types', 'text', 'page', 'meeting_title', 'search_text', 'body_key', 'date_lo', 'date_hi', 'listed'],
  decisions: ['id', 'meeting_id', 'item_id', 'ordinal', 'text', 'decided_by', 'quote', 'page', 'item_title', 'meeting_title', 'body_key', 'date_lo', 'date_hi', 'listed'],
  tasks: ['id', 'meeting_id', 'item_id', 'kind', 'ordinal', 'text', 'quote', 'page', 'due_end', 'due_precision', 'next_meeting', 'body_key', 'item_ordinal', 'approx_key', 'due', 'due_key', 'listed'],
  owners: ['task_id', 'meeting_id', 'ordinal', 'text', 'name', 'initials', 'role', 'text_key', 'name_key', 'first_key', 'initials_key', 'role_key', 'approx_date', 'body_key', 'source', 'person_key', 'person_first', 'person_role', 'resolved', 'review_rank', 'review_date', 'listed'],
  deadlines: ['task_id', 'meeting_id', 'ordinal', 'text', 'value', 'relative', 'kind', 'period_start', 'period_end', 'precision'],
  mentions: ['meeting_id', 'ordinal', 'name', 'initials', 'role', 'attendance', 'secretary', 'name_key', 'first_key', 'initials_key', 'role_key', 'approx_date', 'body_key', 'meeting_label', 'person_key', 'listed'],
} as const;

export interface RecordPlace {
  /** which records folder the record came from (see store.ts) */
  origin: string;
  /** the record file, relative to its records folder */
  recordFile: string;
  recordSize: number | null;
  recordMtime: number | null;
  indexedAt: string;
}

/** What due_key and approx_key hold for no date: after every date, as the follow-up list orders. */
export const NO_DATE = '9999';

/** Lower case, spaces collapsed: "FLG" and "flg" are one body. */
export function bodyKey(body: string | null): string | null {
  return body ? body.trim().toLowerCase().replace(/\s+/g, ' ') : null;
}

/** A LIKE pattern (with `ESCAPE '\\'`) for body keys containing `text`: `--body flg`. */
export function bodyKeyPattern(text: string): string {
  return `%${(bodyKey(text) ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The meeting's place in time: its date, else its reference year as a range (for --from/--to). */
export function meetingDates(meeting: MinutesRecord['meeting']): { lo: string | null; hi: string | null; approx: string | null } {
  if (meeting.date) return { lo: meeting.date, hi: meeting.date, approx: meeting.date };
  if (meeting.referenceYear) {
    const y = meeting.referenceYear;
    return { lo: `${y}-01-01`, hi: `${y}-12-31`, approx: `${y}-07-01` };
  }
  return { lo: null, hi: null, approx: null };
}

/** How evidence names a meeting: "FLG 2024-04-02", "Signs of safety 2025 (no date)". */
export function meetingLabel(meeting: Pick<MinutesRecord['meeting'], 'body' | 'title' | 'date' | 'referenceYear'>): string {
  const when = meeting.date ?? (meeting.referenceYear ? `${meeting.referenceYear} (no date)` : 'undated');
  return `${meeting.body ?? meeting.title ?? 'meeting'} ${when}`;
}

/** Lower-case words only: "beslutar att: ställa" holds "att ställa". */
const wordsOnly = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/** Decision and action texts whose words the item text does not already hold (table cells, for one). */
function extraText(item: AgendaItem): string {
  const flat = wordsOnly(item.text);
  return [...item.decisions, ...item.actions]
    .map((t) => t.text)
    .filter((t) => t && !flat.includes(wordsOnly(t)))
    .join('\n');
}

/** Sets which group a record's rows belong to and whether they are the group's shown copy. */
export function setListing(rows: RecordRows, groupId: string, listed: boolean): void {
  const flag = listed ? 1 : 0;
  const meeting = rows.meetings[0]!;
  meeting[meeting.length - 2] = groupId;
  meeting[meeting.length - 1] = flag;
  for (const table of [rows.items, rows.decisions, rows.tasks, rows.owners, rows.mentions]) for (const row of table) row[row.length - 1] = flag;
}

export function recordRows(record: MinutesRecord, place: RecordPlace): RecordRows {
  const m = record.meeting;
  const id = record.id;
  const dates = meetingDates(m);
  const rows: RecordRows = {
    meetingId: id,
    meetings: [[
      id, place.origin, m.title, m.body, bodyKey(m.body), m.organisation, m.documentType, m.date, m.referenceYear,
      dates.lo, dates.hi, dates.approx, m.startTime, m.endTime, m.location,
      m.secretary ? JSON.stringify(m.secretary) : null, JSON.stringify(record.warnings), place.indexedAt,
      JSON.stringify(itemKeys(record.items.map((i) => i.title))), id, 1,
    ]],
    sources: [[
      id, place.origin, place.recordFile, place.recordSize, place.recordMtime,
      record.source.path, record.source.fileName, record.source.sha256, record.source.format, record.source.bytes, record.source.pages,
    ]],
    items: [], decisions: [], tasks: [], owners: [], deadlines: [], mentions: [], itemFts: [], decisionFts: [],
  };
  const meetingTitleStems = stemmedText(m.title ?? '');

  const people = [...record.participants.map((p) => ({ p, secretary: 0 })), ...(m.secretary ? [{ p: m.secretary, secretary: 1 }] : [])];
  people.forEach(({ p, secretary }, i) => {
    const k = personKeys(p);
    rows.mentions.push([id, i + 1, p.name, p.initials, p.role, p.attendance, secretary, k.nameKey, k.firstKey, k.initialsKey, k.roleKey, dates.approx, bodyKey(m.body), meetingLabel(m),
      personKeyOf({ nameKey: k.nameKey, name: p.name, meetingId: id }), 1]);
  });

  for (const item of record.items) {
    const extra = extraText(item);
    const searchText = extra ? `${item.text}\n${extra}` : item.text;
    rows.items.push([
      item.id, id, item.ordinal, item.number, item.title, JSON.stringify(item.presenters), JSON.stringify(item.itemTypes),
      item.text, item.page, m.title, searchText, bodyKey(m.body), dates.lo, dates.hi, 1,
    ]);
    rows.itemFts.push([item.id, stemmedText(item.title), meetingTitleStems, stemmedText(searchText)]);
    item.decisions.forEach((d, k) => {
      rows.decisions.push([d.id, id, item.id, k + 1, d.text, d.decidedBy, d.evidence.quote, d.evidence.page, item.title, m.title, bodyKey(m.body), dates.lo, dates.hi, 1]);
      rows.decisionFts.push([d.id, stemmedText(d.text), stemmedText(item.title), meetingTitleStems]);
    });
    const tasks: [Decision | Action, 'decision' | 'action'][] = [
      ...item.decisions.map((d) => [d, 'decision'] as [Decision, 'decision']),
      ...item.actions.map((a) => [a, 'action'] as [Action, 'action']),
    ];
    tasks.forEach(([task, kind], k) => {
      if (task.owners.length === 0 && task.deadlines.length === 0) return;
      addTask(rows, id, item, task, kind, k + 1, [dates.approx, bodyKey(m.body)]);
    });
  }
  return rows;
}

function addTask(rows: RecordRows, meetingId: string, item: AgendaItem, task: Decision | Action, kind: string, ordinal: number, meetingKeys: [string | null, string | null]): void {
  let dueEnd: string | null = null;
  let duePrecision: string | null = null;
  task.deadlines.forEach((d, i) => {
    const period = d.value ? periodOf(d.value) : null;
    if (period && (dueEnd === null || period.end < dueEnd)) {
      dueEnd = period.end;
      duePrecision = period.precision;
    }
    rows.deadlines.push([task.id, meetingId, i + 1, d.text, d.value, d.relative, d.kind, period?.start ?? null, period?.end ?? null, period?.precision ?? (d.relative ? 'next-meeting' : null)]);
  });
  const nextMeeting = task.deadlines.some((d) => !d.value && d.relative === 'next-meeting') ? 1 : 0;
  // due: the earliest dated deadline for now; a "nästa möte" task gets its next meeting's date once stored (write.ts)
  rows.tasks.push([
    task.id, meetingId, item.id, kind, ordinal, task.text, task.evidence.quote, task.evidence.page ?? item.page, dueEnd, duePrecision, nextMeeting,
    meetingKeys[1], item.ordinal, meetingKeys[0] ?? NO_DATE, dueEnd, dueEnd ?? NO_DATE, 1,
  ]);
  task.owners.forEach((o, i) => {
    const k = personKeys(o);
    const source = ownerSource(task.owners.map((x) => x.text), o.text, task.evidence.quote);
    rows.owners.push([
      task.id, meetingId, i + 1, o.text, o.name, o.initials, o.role, k.textKey, k.nameKey, k.firstKey, k.initialsKey, k.roleKey, ...meetingKeys, source,
      null, null, null, null, reviewRank(source, k.nameKey !== null || k.initialsKey !== null), meetingKeys[0] ?? '0000', 1,
    ]);
  });
}

/**
 * Where an owner was read, as far as the task's evidence quote tells (the record does not say
 * which rule found it): `column` when the quote is an Ansvarig cell or "Ansv:" line (the owners'
 * names and little else), `sentence` when the owner is written in the quoted sentence, `elsewhere`
 * when the quote does not hold the owner at all (taken from an earlier sentence, or from a table
 * column beside the quoted text). The review list starts with the least sure: elsewhere, then
 * sentence.
 */
export type OwnerSource = 'column' | 'sentence' | 'elsewhere';

/**
 * An owner's place in the review list, least sure first: not in the quote (0: a role, group or
 * first name; 1: a name or initials), then read from the sentence (2, 3); null for a column.
 */
export function reviewRank(source: OwnerSource, named: boolean): number | null {
  if (source === 'column') return null;
  return (source === 'elsewhere' ? 0 : 2) + (named ? 1 : 0);
}

export function ownerSource(allOwners: readonly string[], owner: string, quote: string): OwnerSource {
  const q = quote.toLowerCase();
  if (/^\s*(ansv|ansvarig|ansvariga|ansvar)\s*[.:]/u.test(q)) return 'column';
  if (!q.includes(owner.toLowerCase())) return 'elsewhere';
  // what is left of the quote without the owners, separators and dates
  let rest = q;
  for (const o of allOwners) rest = rest.split(o.toLowerCase()).join(' ');
  rest = rest.replace(/\b(och|samt|v|vecka)\b|[\d\s,;/&+.:()-]+/gu, '');
  return rest.length <= 3 ? 'column' : 'sentence';
}
