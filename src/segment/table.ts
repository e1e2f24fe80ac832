/**
 * Minutes kept in tables. An agenda table has one row per agenda item under a header row of
 * column titles ("RUBRIK | Ärende/ dialog | Åtgärd/ beslut | Ansvarig", "Nr | Punkt | Noteringar |
 * Ansvarig | Klart") or, without a header, a column of item numbers beside the titles; a task
 * table ("Vad | Vem | När", "Aktivitet | Ansvarig | Klar senast | Status") stands inside an item
 * and has one task per row. What each column holds comes from its meaning (table-roles.ts).
 *
 * Rows over page breaks: the header row repeated on the next page is dropped; a row with an empty
 * title cell continues the item above it (a row split across pages, a title cell merged down over
 * sub-rows), as does one whose title starts in lower case; a one-cell row across the table is a
 * section heading, not an item.
 */
import { DECISION_COLUMN, ITEM_TIME_LINE, TASK_LIST_TITLES, columnKey, columnRole } from '../lexicon/index.js';
import { joinLines, type Block, type TableRowBlock } from '../model/document.js';
import { parseHeading } from './headings.js';
import { NUMBER_CELL, contentLayout, headerLayout, isHeaderRow, type TableLayout } from './table-roles.js';
import type { ColumnRole, ItemCell, SegmentedItem } from './types.js';

/** How many rows under a header the cells are read from to settle the columns' roles. */
const SAMPLE_ROWS = 12;

/** A table in the blocks: where it starts, its layout, and whether that row is its header. */
export interface FoundTable extends TableLayout {
  index: number;
  header: boolean;
}

/** The rows of the table that `blocks[start]` belongs to, from there on (a page break in between is no end). */
function rowsFrom(blocks: Block[], start: number): TableRowBlock[] {
  const first = blocks[start] as TableRowBlock;
  const out: TableRowBlock[] = [];
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table-row' || b.table !== first.table) break;
    out.push(b);
  }
  return out;
}

/** The layout of the table whose header row is `blocks[index]`, or null when it is no minutes or task table header. */
function layoutAt(blocks: Block[], index: number): TableLayout | null {
  const row = blocks[index];
  if (row?.kind !== 'table-row') return null;
  const body = rowsFrom(blocks, index).slice(1, SAMPLE_ROWS + 1).filter((r) => !isHeaderRow(r));
  return headerLayout(row, body);
}

/** Every table in the blocks with its layout: by its header row, else by its cells. */
export function findTables(blocks: Block[]): FoundTable[] {
  const out: FoundTable[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table-row' || seen.has(b.table)) continue;
    seen.add(b.table);
    const rows = rowsFrom(blocks, i);
    // the header may sit under a title row spanning the table ("Beslutslogg")
    const headerAt = rows.slice(0, 3).findIndex((r) => isHeaderRow(r));
    const layout = headerAt !== -1 ? layoutAt(blocks, i + headerAt) : null;
    if (layout) {
      out.push({ ...layout, index: i + headerAt, header: true });
      continue;
    }
    if (headerAt !== -1) continue; // a header of other columns: a form, a list of meetings
    const content = contentLayout(rows.filter((r) => r.cells.length > 1));
    if (content) out.push({ ...content, index: i, header: false });
  }
  return out;
}

/** The first agenda table: its header row (or first row) and its columns' roles. */
export function findTableHeader(blocks: Block[]): FoundTable | null {
  return findTables(blocks).find((t) => t.kind === 'agenda') ?? null;
}

/**
 * Tables of the document that hold items or tasks under a header of column titles, and agenda
 * tables found by their numbered rows: their rows are content, never lines of the meeting header.
 */
export function contentTables(blocks: Block[]): Set<number> {
  return new Set(findTables(blocks).filter((t) => t.header || t.kind === 'agenda').map((t) => (blocks[t.index] as TableRowBlock).table));
}

interface RowCell { role: ColumnRole; lines: string[]; text: string; decisions?: true }

function cellsByRole(row: TableRowBlock, roles: ColumnRole[], header: TableRowBlock | null = null): RowCell[] {
  const cells = row.cells;
  // a row with fewer cells than the header lost its leftmost ones to a cell merged down from above
  const offset = cells.length < roles.length ? roles.length - cells.length : 0;
  // ("Beslut" over a column: each of its sentences is the meeting's decision)
  const decides = (k: number) => header !== null && header.cells.length === roles.length && DECISION_COLUMN.test(columnKey(header.cells[k]?.text ?? ''));
  return cells.map((c, k) => ({ role: roles[k + offset] ?? 'other', lines: c.lines, text: c.text, ...(decides(k + offset) ? { decisions: true as const } : {}) }));
}

/** Title cell: time lines dropped, the first paragraph is the title, the rest is text. */
function splitTitleCell(lines: string[]): { title: string; rest: string[] } {
  const kept = lines.filter((l) => !ITEM_TIME_LINE.test(l.trim()));
  while (kept.length && kept[0] === '') kept.shift();
  const gap = kept.indexOf('');
  const titleLines = gap === -1 ? kept : kept.slice(0, gap);
  // without an empty line, a title cell of a heading and sentences under it ("Mötets öppnande
  // och val av" / "justerare" / "Peter öppnade mötet."): the heading runs to the first line that
  // starts a sentence of its own, where the lines under it hold sentences (the last one may go
  // on in the row's part on the next page)
  if (gap === -1 && kept.length > 1) {
    const k = kept.findIndex((l, i) => i > 0 && /^\p{Lu}/u.test(l) && !/-$/.test(kept[i - 1]!));
    const head = k > 0 ? kept.slice(0, k) : [];
    const sentences = head.length > 0 && /[.!?](?:\s|$)/u.test(joinLines(kept.slice(k)));
    if (sentences && !head.some((l) => /[.!?:]$/.test(l)) && joinLines(head).length <= 100) return { title: joinLines(head), rest: kept.slice(k) };
  }
  return { title: joinLines(titleLines), rest: gap === -1 ? [] : kept.slice(gap + 1).filter(Boolean) };
}

const rowKey = (row: TableRowBlock) => row.cells.map((c) => c.text.toLowerCase()).join('|');

/** The header row again: marked by the reader, the same words, or column titles of the same roles. */
function isRepeatedHeader(row: TableRowBlock, header: TableRowBlock | null, roles: ColumnRole[]): boolean {
  if (header && rowKey(row) === rowKey(header)) return true;
  // the reader's mark counts where the row reads as column titles (some files mark every row)
  if (!isHeaderRow(row)) return false;
  if (row.header === true) return true;
  const again = row.cells.map((c) => columnRole(c.text) ?? 'other');
  return again.length === roles.length && again.every((r, k) => r === roles[k] || r === 'other' || roles[k] === 'other' || (r === 'number' && roles[k] === 'title'));
}

/** A one-cell row across the table: a section heading ("Förvaltningsövergripande frågor"). */
const isSectionRow = (row: TableRowBlock, roles: ColumnRole[]) =>
  row.cells.length === 1 && row.cells[0]!.colSpan >= Math.max(2, roles.length - 1);

/**
 * Whether block `i` ends the table: running text, or a table that is not this one going on (it
 * starts with a header row of its own). A table split in two by a page break, with no header on
 * its second part, goes on.
 */
function endsTable(blocks: Block[], i: number, table: number, header: TableRowBlock | null, roles: ColumnRole[]): boolean {
  const b = blocks[i]!;
  if (b.kind !== 'table-row') return true;
  if (b.table === table) return false;
  const previous = blocks[i - 1];
  const startsTable = previous?.kind !== 'table-row' || previous.table !== b.table;
  if (!startsTable) return false;
  if (isRepeatedHeader(b, header, roles)) return false;
  if (isHeaderRow(b)) return true;
  // a table without a header of the same width continues (the reader split it at a page)
  return b.cells.length !== roles.length;
}

/**
 * Items from the table rows of the agenda table found at `table.index`. Returns the items and the
 * index of the first block after the table.
 */
export function tableItems(blocks: Block[], start: number, layoutOrRoles: FoundTable | ColumnRole[]): { items: SegmentedItem[]; end: number } {
  const found: FoundTable = Array.isArray(layoutOrRoles) ? { roles: layoutOrRoles, kind: 'agenda', index: start, header: true } : layoutOrRoles;
  const header = found.header ? (blocks[start] as TableRowBlock) : null;
  const table = (blocks[start] as TableRowBlock).table;
  const roles = found.roles;
  const items: SegmentedItem[] = [];
  /** items whose title cell held text under the title */
  const textUnderTitle = new Set<SegmentedItem>();
  let i = found.header ? start + 1 : start;
  for (; i < blocks.length; i++) {
    if (endsTable(blocks, i, table, header, roles)) break;
    const b = blocks[i] as TableRowBlock;
    if (isRepeatedHeader(b, header, roles)) continue;
    if (isSectionRow(b, roles)) continue;
    const cells = cellsByRole(b, roles, header);
    const titleCell = cells.find((c) => c.role === 'title');
    const { title, rest } = titleCell ? splitTitleCell(titleCell.lines) : { title: '', rest: [] };
    // ("§ 86 Dnr 84.061": the diary number beside the item's number is no part of it)
    const numberCell = cells.find((c) => c.role === 'number')?.text.replace(/\s+(?:dnr|diarienr)\b.*$/iu, '') || null;
    const current = items[items.length - 1];
    if (!title && current) {
      appendCells(current, cells.filter((c) => c.role !== 'title' && c.role !== 'number'), rest);
      continue;
    }
    // a title cell that starts in lower case continues the cell above it (a row split at a page
    // break): its title, or the text under the title where the cell had some
    if (current && !numberCell && /^\p{Ll}/u.test(title)) {
      if (textUnderTitle.has(current)) {
        appendCells(current, cells.filter((c) => c.role !== 'title' && c.role !== 'number'), titleCell!.lines.filter(Boolean));
        continue;
      }
      current.title = joinLines([current.title, title]);
      appendCells(current, cells.filter((c) => c.role !== 'title' && c.role !== 'number'), rest);
      continue;
    }
    // a "title" that is running text continues the item above it: plain text starts a new row
    // where a Vem or När cell stands beside a line of the notes ("Johanna gick igenom rehab-
    // processen och påminde om … | Johanna | 28/3")
    if (current && !numberCell && /[.!?]$/u.test(title) && title.split(/\s+/u).length > 8) {
      appendCells(current, cells.filter((c) => c.role !== 'title' && c.role !== 'number'), titleCell!.lines.filter(Boolean));
      continue;
    }
    if (!title) continue;
    const heading = parseHeading(title);
    const item: SegmentedItem = {
      number: numberCell ?? heading.number,
      title: heading.title || title,
      presenters: heading.presenters,
      itemTypes: heading.itemTypes,
      page: b.page,
      blocks: [],
      cells: [],
    };
    appendCells(item, cells.filter((c) => c.role !== 'title' && c.role !== 'number'), rest);
    if (rest.length) textUnderTitle.add(item);
    items.push(item);
  }
  return { items: withoutGroupingRows(items), end: i };
}

/**
 * A row "3 | TIDER" with nothing in its other cells, over rows "3.1", "3.2", only groups them
 * (as "2 Ekonomi" over "2.1" in running minutes): no item of its own.
 */
function withoutGroupingRows(items: SegmentedItem[]): SegmentedItem[] {
  return items.filter((item, k) => {
    const number = item.number?.trim().replace(/\.$/u, '');
    const next = items[k + 1]?.number?.trim();
    return !(number && /^\d{1,2}$/u.test(number) && next?.startsWith(`${number}.`) && /^\d/u.test(next.slice(number.length + 1))
      && item.cells.every((c) => !/\p{L}{2}/u.test(c.text)));
  });
}

function appendCells(item: SegmentedItem, cells: RowCell[], titleRest: string[]): void {
  if (titleRest.length) mergeCell(item.cells, { role: 'notes', text: joinLines(titleRest), lines: titleRest });
  for (const c of cells) if (c.text) mergeCell(item.cells, { role: c.role, text: c.text, lines: c.lines, ...(c.decisions ? { decisions: true } : {}) });
}

function mergeCell(cells: ItemCell[], cell: ItemCell): void {
  const same = cells.find((c) => c.role === cell.role);
  if (!same) { cells.push({ ...cell, lines: [...cell.lines] }); return; }
  same.text = `${same.text} ${cell.text}`;
  same.lines.push('', ...cell.lines);
}

// ---------------------------------------------------------------- items grouped over a table

/** "5 a", "5a", "5 b)", "5.1" under "5": the row's number is the heading's with a letter or a second number. */
function isSubNumber(parent: string, child: string): boolean {
  const key = (s: string) => s.trim().toLowerCase().replace(/^(?:§|punkt|p\.|nr\.?)\s*/u, '').replace(/[.)]$/, '');
  const p = key(parent);
  const c = key(child);
  return /^\d+$/.test(p) && (new RegExp(`^${p}\\s?[a-h]$`).test(c) || new RegExp(`^${p}\\.\\d{1,2}$`).test(c));
}

/**
 * A numbered heading over a table whose rows carry its number with a letter or a second number
 * ("6 Frågor från organisationerna" over "6 a", "6 b", "6 c"): the heading only groups, and the
 * rows are the items. The heading stays an item where it has sentences of its own.
 */
export function expandSubItemTables(items: SegmentedItem[]): SegmentedItem[] {
  const out: SegmentedItem[] = [];
  for (const item of items) {
    const found = item.number === null ? undefined : findTables(item.blocks).find((t) => t.kind === 'agenda' && t.roles.includes('number'));
    const rows = found ? tableItems(item.blocks, found.index, found) : null;
    if (!found || !rows || rows.items.length < 2 || !rows.items.every((r) => r.number !== null && isSubNumber(item.number!, r.number))) {
      out.push(item);
      continue;
    }
    const table = (item.blocks[found.index] as TableRowBlock).table;
    const own = item.blocks.filter((b, i) => i >= rows.end || b.kind !== 'table-row' || b.table !== table);
    if (own.some((b) => b.kind !== 'table-row' && /[.!?]$/u.test(b.text) && b.text.split(/\s+/).length > 3)) out.push({ ...item, blocks: own });
    out.push(...rows.items);
  }
  return out;
}

// ---------------------------------------------------------------- task tables inside items

/**
 * The task rows of the task tables in an item's body, by column role: one task a row. The header
 * row (and its repeats after page breaks) is left out; a row whose action cell is empty, or starts
 * in lower case, with no number of its own, continues the task above it (a row split at a page
 * break).
 */
export function taskRowsOf(blocks: Block[]): { rows: ItemCell[][]; numbers: (string | null)[]; blocks: Set<Block> } {
  const rows: ItemCell[][] = [];
  const numbers: (string | null)[] = [];
  const used = new Set<Block>();
  for (const found of findTables(blocks)) {
    // inside an item, a table of matters with who and when ("Ärende | Åtgärd | Vem | Senast") is
    // a list of tasks: its title column says what each task is about
    const t = found.kind === 'agenda' && found.roles.includes('owner') ? { ...found, kind: 'tasks' as const, roles: found.roles.map((r) => (r === 'title' ? 'notes' : r)) } : found;
    if (t.kind !== 'tasks') continue;
    const header = t.header ? (blocks[t.index] as TableRowBlock) : null;
    const table = (blocks[t.index] as TableRowBlock).table;
    used.add(blocks[t.index]!);
    for (let i = t.header ? t.index + 1 : t.index; i < blocks.length && !endsTable(blocks, i, table, header, t.roles); i++) {
      const b = blocks[i] as TableRowBlock;
      used.add(b);
      if (isRepeatedHeader(b, header, t.roles) || isSectionRow(b, t.roles)) continue;
      const cells = cellsByRole(b, t.roles).filter((c) => c.text);
      if (!cells.length) continue;
      const number = cells.find((c) => c.role === 'number')?.text ?? null;
      const action = cells.find((c) => c.role === 'action');
      const last = rows[rows.length - 1];
      if (last && !number && (!action || /^\p{Ll}/u.test(action.text))) {
        for (const c of cells) mergeCell(last, { role: c.role, text: c.text, lines: c.lines });
        continue;
      }
      rows.push(cells.map((c) => ({ role: c.role, text: c.text, lines: [...c.lines] })));
      numbers.push(number);
    }
  }
  return { rows, numbers, blocks: used };
}

/**
 * Gives every item the task tables in its body, as task rows. A closing task list that refers each
 * task back to its item by number ("3 | Ta fram underlag | AA | 30/9") sums up the items' tasks:
 * each task goes to the item it names (where the item's text already gave it, it is the same task
 * again), and the list is no agenda item of its own. Where plain text gave the list no heading
 * of its own, it stands at the end of the last item, which keeps its own text.
 */
export function attachTaskTables(items: SegmentedItem[]): SegmentedItem[] {
  const out: SegmentedItem[] = [];
  for (const item of items) {
    const { rows, numbers, blocks } = taskRowsOf(item.blocks);
    if (!rows.length) { out.push(item); continue; }
    const earlier = (n: string | null) => (n === null ? undefined : out.find((o) => o.number !== null && sameNumber(o.number, n)));
    const referred = numbers.filter((n) => earlier(n) !== undefined).length;
    // ("Nr 1 … 10" in a running log under point 8: the rows' own count, not the items')
    if (referred < Math.max(1, 0.6 * rows.length) || countsItsRows(numbers, referred)) {
      item.taskRows = [...(item.taskRows ?? []), ...rows];
      out.push(item);
      continue;
    }
    rows.forEach((row, k) => {
      const target = earlier(numbers[k]!);
      if (target) target.taskRows = [...(target.taskRows ?? []), row];
    });
    if (TASK_LIST_TITLES.test(item.title) || ownTextIsOnlyTable(item)) continue;
    // the item keeps its own text, without the list and the list's heading line right above it
    const first = item.blocks.findIndex((b) => blocks.has(b));
    const heading = first > 0 && TASK_LIST_TITLES.test(item.blocks[first - 1]!.text) ? item.blocks[first - 1] : undefined;
    item.blocks = item.blocks.filter((b) => !blocks.has(b) && b !== heading);
    out.push(item);
  }
  return out;
}

/**
 * Whether a number column only counts its rows: 1, 2, 3 … in order, on past the items before the
 * table (a log's "Nr 1 … 10" under point 8), where back-references repeat and skip ("3, 3, 5, 7").
 */
export function countsItsRows(numbers: (string | null)[], referred: number): boolean {
  return numbers.length >= 3 && referred < numbers.length && numbers.every((n, k) => n !== null && /^\d+$/.test(n.trim()) && Number(n) === k + 1);
}

/** Whether an item holds nothing but its table (and a line introducing it). */
function ownTextIsOnlyTable(item: SegmentedItem): boolean {
  return item.blocks.filter((b) => b.kind !== 'table-row').every((b) => b.text.length <= 80 && !/[.!?]$/.test(b.text));
}

/** "3" and "3.", "§ 12" and "12", "Punkt 4" and "4.", "3 a" and "3a" are the same item number. */
function sameNumber(a: string, b: string): boolean {
  const key = (s: string) => (NUMBER_CELL.test(s.trim()) ? s.trim().toLowerCase().replace(/^(?:§|punkt|p\.|nr\.?)\s*/u, '').replace(/\s+/g, '').replace(/[.)]$/, '') : null);
  const x = key(a);
  return x !== null && x === key(b);
}
