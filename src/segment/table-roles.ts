/**
 * What the columns of a minutes table hold, by meaning rather than by header text. Tables keep
 * agenda items and tasks under many names: "Nr | Punkt | Noteringar | Ansvarig | Klart",
 * "Punkt | Diskussion | Beslut | Ansv | Datum", "# | Ämne | Kommentar | Deadline | Ägare",
 * "Vad | Vem | När", "Aktivitet | Ansvarig | Klar senast | Status". The header words give each
 * column a role (lexicon: COLUMN_ROLES); the cells settle the words that name two things ("Punkt"
 * over numbers or over titles) and give the roles where there is no header at all: a column of
 * "§ 12" / "3." cells is the number column, a column of initials or names the owners, a column
 * of dates the deadlines.
 *
 * A table is one of two kinds. An agenda table has a column that names its rows (a title, or a
 * discussion column standing in for one): each row is an agenda item. A task table has none, only
 * what is to be done, by whom and when: each row is a task of the item the table stands in.
 */
import { columnRole, isDateCell } from '../lexicon/index.js';
import { itemNumber } from './rules/index.js';
import type { TableRowBlock } from '../model/document.js';
import type { ColumnRole } from './types.js';

/** agenda: a row an item; tasks: a row a task; report: a row a decision taken elsewhere (a delegation list), read for nothing */
export type TableKind = 'agenda' | 'tasks' | 'report';

export interface TableLayout {
  roles: ColumnRole[];
  kind: TableKind;
}

/** A cell that only numbers its row: "3", "3.", "3.2", "3 a", "§ 12", "§ 14/26" (with its year), "Punkt 4", "§ 86 Dnr 84.061" (with its diary number). */
export const NUMBER_CELL = /^(?:§\s*\d{1,4}(?:\s?[a-h])?(?:\s?\/\s?(?:\d{2}|\d{4}))?\.?|(?:(?:punkt|p\.|nr\.?)\s*)?\d{1,3}(?:\.\d{1,2})*(?:\s?[a-h])?[.)]?)(?:\s+(?:dnr|diarienr)\.?\s*[\p{L}\d./:-]+(?:\s[\d./:-]+)?)?$/iu;

const isNumberCell = (t: string) => NUMBER_CELL.test(t.trim());

/**
 * A cell that names people: initials ("AA", "SR/YK", "AA, RN och TU"), names ("Maria Öhman",
 * "Titti och Susanne") or a role or group in a word or two ("VD", "Ekonomichefen", "Alla VC").
 * A sentence is not: it ends in a full stop or runs on in lower-case words.
 */
export function isOwnerCell(t: string): boolean {
  const text = t.trim();
  if (!text || text.length > 50 || /[.!?:]$/.test(text) || isNumberCell(text) || isDateCell(text)) return false;
  const tokens = text.split(/[\s,/&+]+/u).filter((w) => w && !/^(?:och|samt|m\.?fl\.?)$/iu.test(w));
  if (!tokens.length || tokens.length > 6) return false;
  return tokens.every((w) => /^\p{Lu}/u.test(w));
}

/** How a column's cells read: most of the filled cells (at least two thirds) of one kind. */
function cellKind(values: string[]): 'number' | 'deadline' | 'owner' | 'text' | 'empty' {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  if (!filled.length) return 'empty';
  const share = (test: (t: string) => boolean) => filled.filter(test).length / filled.length;
  if (share(isNumberCell) >= 2 / 3) return 'number';
  if (share(isDateCell) >= 2 / 3) return 'deadline';
  if (share(isOwnerCell) >= 2 / 3) return 'owner';
  return 'text';
}

const columnValues = (rows: TableRowBlock[], k: number) => rows.map((r) => r.cells[k]?.text ?? '');

/**
 * Whether the row is a row of column titles: its filled cells name roles, at least two of them;
 * of four or five one may not, of six or more one in three ("Nr | Risk | S | K | Åtgärd | Ansv.":
 * a risk register's letters for its scales).
 */
export function isHeaderRow(row: TableRowBlock): boolean {
  const filled = row.cells.filter((c) => c.text.trim());
  if (filled.length < 2) return false;
  const known = filled.filter((c) => columnRole(c.text) !== null).length;
  // ("Ärendegrupp | Delegat | Datum eller period | Antal": a column of delegates says a delegation
  // report's header, whatever the other titles)
  if (filled.some((c) => columnRole(c.text) === 'delegate') && filled.every((c) => c.text.length <= 30 && !/[.!?]$/u.test(c.text))) return true;
  return known >= 2 && known >= filled.length - (filled.length >= 4 ? Math.max(1, Math.floor(filled.length / 3)) : 0);
}

/**
 * The table's layout from its header row and the rows under it, or null when the header is not
 * that of a minutes or task table (a form table, a list of meetings).
 */
export function headerLayout(header: TableRowBlock, body: TableRowBlock[]): TableLayout | null {
  if (!isHeaderRow(header)) return null;
  const roles: ColumnRole[] = header.cells.map((c) => columnRole(c.text) ?? 'other');
  const kinds = roles.map((_, k) => cellKind(columnValues(body, k)));
  // words that name two things: the cells decide. "Nr | Punkt": the column of numbers is the
  // number, the other one of words the title; "Punkt" over words is the title.
  roles.forEach((r, k) => {
    if (r !== 'number' || kinds[k] === 'number' || kinds[k] === 'empty') return;
    roles[k] = roles.includes('title') ? 'notes' : 'title';
  });
  const layout = layoutOf(roles) ?? wholeMinutesLayout(roles, body);
  if (layout?.kind === 'tasks') return titledRows(layout.roles, body, 'action') ?? layout;
  // "§ | Ärende och beslut": a ledger of numbered rows, each text cell its item's title over what was said and decided
  if (!layout && roles.length === 2 && roles[0] === 'number' && roles[1] === 'notes') return titledRows(roles, body, 'notes');
  return layout;
}

/**
 * Minutes kept wholly in a "Vad | Vem | När" table, each Vad cell a topic over what was said
 * (or in a ledger "§ | Ärende och beslut", each text cell an item's title over its text)
 * ("Bemanning påskveckan" / "Schemat för påskveckan har luckor …" / "Beslut: …"): the rows are
 * agenda items, the topic their title, the Vem and När cells their follow-up. A task table's
 * "what" cells hold a task each, no topic over sentences.
 */
function titledRows(roles: ColumnRole[], body: TableRowBlock[], role: 'action' | 'notes'): TableLayout | null {
  const what = roles.indexOf(role);
  if (what === -1) return null;
  const rows = body.filter((r) => r.cells[what]?.text.trim());
  const titled = rows.filter((r) => {
    const lines = r.cells[what]!.lines.map((l) => l.trim()).filter(Boolean);
    return lines.length >= 2 && lines[0]!.length <= 60 && /^\p{Lu}/u.test(lines[0]!) && !/[.!?:;,]$/u.test(lines[0]!) && holdsSentences(lines.slice(1).join(' '));
  });
  return rows.length >= 3 && titled.length >= (2 / 3) * rows.length ? { roles: roles.map((r) => (r === role ? 'title' : r)), kind: 'agenda' } : null;
}

/** A cell of running text: it holds a sentence that ends in a full stop (or a question or exclamation mark). */
const holdsSentences = (t: string) => /\p{Ll}[^.!?]*[.!?](?:\s|$)/u.test(t.trim()) && t.trim().split(/\s+/).length >= 4;

/**
 * Minutes kept wholly in a table of two columns, the point beside what was said ("Punkt |
 * Anteckning", "Ärende | Noteringar"): no column follows the rows up, but each row is an agenda
 * item where the title cells are short and the other cells hold sentences (a form table's values
 * do not).
 */
function wholeMinutesLayout(roles: ColumnRole[], body: TableRowBlock[]): TableLayout | null {
  const title = roles.indexOf('title');
  const notes = roles.indexOf('notes');
  if (title === -1 || notes === -1 || body.length < 2) return null;
  const rows = body.filter((r) => r.cells[title]?.text.trim());
  const prose = rows.filter((r) => holdsSentences(r.cells[notes]?.text ?? '')).length;
  const shortTitles = rows.every((r) => r.cells[title]!.text.trim().length <= 80);
  return rows.length >= 2 && shortTitles && prose >= (2 / 3) * rows.length ? { roles, kind: 'agenda' } : null;
}

/**
 * The layout of a table without a header row, from its cells alone: a column of numbers, then
 * a column of words (the titles), and perhaps owners and dates; or words beside owners and dates
 * (tasks). Null when the cells do not read as either (a form table: labels and values).
 */
export function contentLayout(rows: TableRowBlock[]): TableLayout | null {
  if (rows.length < 2) return null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  if (width < 2) return null;
  const kinds = Array.from({ length: width }, (_, k) => cellKind(columnValues(rows, k)));
  const roles: ColumnRole[] = kinds.map((k) => (k === 'number' ? 'number' : k === 'deadline' ? 'deadline' : k === 'owner' ? 'owner' : 'other'));
  const texts = kinds.flatMap((k, i) => (k === 'text' ? [i] : []));
  if (kinds[0] === 'number' && (kinds[1] === 'text' || kinds[1] === 'owner')) {
    // numbers that count up ("1, 2, 3", "§ 12, § 13") number agenda items; the words beside
    // them are the titles, however short
    const numbers = columnValues(rows, 0).map((v) => Number(/\d+/.exec(v)?.[0] ?? NaN)).filter((n) => !Number.isNaN(n));
    if (numbers.length < 2 || !numbers.every((n, i) => i === 0 || n > numbers[i - 1]!)) return null;
    roles[1] = 'title';
    const rest = texts.filter((i) => i > 1);
    if (rest[0] !== undefined) roles[rest[0]] = 'notes';
    if (rest[1] !== undefined) roles[rest[1]] = 'action';
    return { roles, kind: 'agenda' };
  }
  // "1. Inledning och dagordning | KE hälsar välkommen. …": minutes kept as a grid of two columns,
  // each row a numbered title beside its notes (the numbers counting up, three rows at least)
  if (width === 2 && kinds[0] === 'text' && kinds[1] === 'text' && numberedTitleColumn(columnValues(rows, 0))) return { roles: ['title', 'notes'], kind: 'agenda' };
  // tasks read what, who, when: the owners and dates come after the words (labels and values of
  // a form table the other way round)
  const followUp = roles.findIndex((r) => r === 'owner' || r === 'deadline');
  if (texts.length && followUp > texts[0]!) {
    roles[texts[0]!] = 'action';
    return { roles, kind: 'tasks' };
  }
  return null;
}

/** Titles with their item numbers, counting up: "1. Inledning", "2. Uppföljning", … (three at least). */
function numberedTitleColumn(values: string[]): boolean {
  const titled = values.filter(Boolean);
  const numbers = titled.map((v) => itemNumber.find(v, undefined)[0]).map((n) => (n && n.rest.length <= 100 && !/[.!?]$/u.test(n.rest) ? n.numberPath[0]! : NaN));
  return numbers.length >= 3 && numbers.every((n, i) => !Number.isNaN(n) && (i === 0 || n > numbers[i - 1]!));
}

/**
 * The kind of table the roles make. A title column makes an agenda table; without one, a
 * discussion column stands in for it ("Punkt | Anteckningar | Vem/När" over numbers, "Anteckning |
 * Ansvarig"); with neither, the rows are tasks. A table needs a column that follows its rows up
 * (an action, an owner or a date) to be either. A column of delegates makes a list of decisions
 * taken under delegation, reported to the meeting: neither items nor tasks.
 */
function layoutOf(roles: ColumnRole[]): TableLayout | null {
  if (roles.includes('delegate')) return { roles, kind: 'report' };
  const followUp = roles.some((r) => r === 'action' || r === 'owner' || r === 'deadline');
  if (!followUp) return null;
  if (roles.includes('title')) return { roles, kind: 'agenda' };
  const notes = roles.indexOf('notes');
  if (notes !== -1) {
    const out = [...roles];
    out[notes] = 'title';
    return { roles: out, kind: 'agenda' };
  }
  if (!roles.includes('action')) return null;
  return { roles, kind: 'tasks' };
}
