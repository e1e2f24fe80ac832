/**
 * Minutes kept as a table: one row per agenda item under a header row of column titles
 * ("RUBRIK | Ärende/ dialog | Åtgärd/ beslut | Ansvarig", "Nr | Ärende | Ansvarig | Klart senast").
 * The header row says what each column is; a row with an empty title cell continues the item
 * above it (a row split across pages, a title cell merged down over sub-rows); a one-cell row
 * across the table is a section heading, not an item.
 */
import { COLUMN_ROLES, ITEM_TIME_LINE } from '../lexicon/index.js';
import { joinLines, type Block, type TableRowBlock } from '../model/document.js';
import { parseHeading } from './headings.js';
import type { ColumnRole, ItemCell, SegmentedItem } from './types.js';

/** The role a header cell's words give its column, or null when they name none. */
export function columnRole(header: string): ColumnRole | null {
  const key = header.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/[:.]$/, '').trim();
  if (!key) return null;
  return COLUMN_ROLES.find((c) => c.pattern.test(key))?.role ?? null;
}

/** Column roles of a header row, or null when the row is not a minutes-table header. */
export function headerRoles(row: TableRowBlock): ColumnRole[] | null {
  const roles = row.cells.map((c) => columnRole(c.text));
  const known = roles.filter((r): r is ColumnRole => r !== null);
  if (known.length < 2 || known.length < row.cells.length - 1) return null;
  const hasSubject = known.includes('title') || known.includes('notes');
  const hasFollowUp = known.includes('owner') || known.includes('action') || known.includes('deadline');
  if (!hasSubject || !hasFollowUp) return null;
  // the first text column is the item title when no column says "Rubrik"
  const out = roles.map((r) => r ?? 'other');
  if (!out.includes('title')) out[out.indexOf('notes')] = 'title';
  return out;
}

export function findTableHeader(blocks: Block[]): { index: number; roles: ColumnRole[] } | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table-row') continue;
    const roles = headerRoles(b);
    if (roles) return { index: i, roles };
  }
  return null;
}

interface RowCell { role: ColumnRole; lines: string[]; text: string }

/**
 * "Punkt" heads a column of numbers in one table and of item titles in another: where the rows
 * put words under a number column and the header named no title column, it is the title column.
 */
function rolesFromRows(roles: ColumnRole[], rows: TableRowBlock[]): ColumnRole[] {
  const k = roles.indexOf('number');
  if (k === -1 || !rows.length) return roles;
  const values = rows.map((r) => r.cells[k]?.text ?? '').filter(Boolean);
  const wordy = values.filter((v) => !/^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*[.)]?$/u.test(v)).length;
  if (wordy <= values.length / 2) return roles;
  return roles.map((r, i) => (i === k ? 'title' : r === 'title' ? 'notes' : r));
}

function cellsByRole(row: TableRowBlock, roles: ColumnRole[]): RowCell[] {
  const cells = row.cells;
  // a row with fewer cells than the header lost its leftmost ones to a cell merged down from above
  const offset = cells.length < roles.length ? roles.length - cells.length : 0;
  return cells.map((c, k) => ({ role: roles[k + offset] ?? 'other', lines: c.lines, text: c.text }));
}

/** Title cell: time lines dropped, the first paragraph is the title, the rest is text. */
function splitTitleCell(lines: string[]): { title: string; rest: string[] } {
  const kept = lines.filter((l) => !ITEM_TIME_LINE.test(l.trim()));
  while (kept.length && kept[0] === '') kept.shift();
  const gap = kept.indexOf('');
  const titleLines = gap === -1 ? kept : kept.slice(0, gap);
  return { title: joinLines(titleLines), rest: gap === -1 ? [] : kept.slice(gap + 1).filter(Boolean) };
}

const isSameHeader = (row: TableRowBlock, header: TableRowBlock) =>
  row.header === true || row.cells.map((c) => c.text.toLowerCase()).join('|') === header.cells.map((c) => c.text.toLowerCase()).join('|');

/**
 * Items from the table rows after the header at `start`. Returns the items and the index of the
 * first block after the table.
 */
export function tableItems(blocks: Block[], start: number, headerRoles: ColumnRole[]): { items: SegmentedItem[]; end: number } {
  const header = blocks[start] as TableRowBlock;
  const roles = rolesFromRows(headerRoles, blocks.slice(start + 1, start + 8).filter((b): b is TableRowBlock => b.kind === 'table-row'));
  const items: SegmentedItem[] = [];
  let i = start + 1;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'table-row') break;
    if (isSameHeader(b, header)) continue;
    if (b.cells.length === 1 && b.cells[0]!.colSpan >= Math.max(2, roles.length - 1)) continue; // section row
    const cells = cellsByRole(b, roles);
    const titleCell = cells.find((c) => c.role === 'title');
    const { title, rest } = titleCell ? splitTitleCell(titleCell.lines) : { title: '', rest: [] };
    const current = items[items.length - 1];
    if (!title && current) {
      appendCells(current, cells.filter((c) => c.role !== 'title'), rest);
      continue;
    }
    // a title cell that starts in lower case continues the title above it (a row split at a page break)
    if (current && /^\p{Ll}/u.test(title)) {
      current.title = joinLines([current.title, title]);
      appendCells(current, cells.filter((c) => c.role !== 'title'), rest);
      continue;
    }
    if (!title) continue;
    const heading = parseHeading(title);
    const numberCell = cells.find((c) => c.role === 'number')?.text || null;
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
    items.push(item);
  }
  return { items, end: i };
}

function appendCells(item: SegmentedItem, cells: RowCell[], titleRest: string[]): void {
  if (titleRest.length) mergeCell(item.cells, { role: 'notes', text: joinLines(titleRest), lines: titleRest });
  for (const c of cells) if (c.text) mergeCell(item.cells, { role: c.role, text: c.text, lines: c.lines });
}

function mergeCell(cells: ItemCell[], cell: ItemCell): void {
  const same = cells.find((c) => c.role === cell.role);
  if (!same) { cells.push({ ...cell, lines: [...cell.lines] }); return; }
  same.text = `${same.text} ${cell.text}`;
  same.lines.push('', ...cell.lines);
}
