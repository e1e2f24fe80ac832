/**
 * A minutes table in flattened text, from its header row to its end, as table-row blocks.
 * The steps: collect the blocks after the header (dropping the header row repeated at each page
 * break, which marks where the next page begins), glue blocks that pdftotext split inside one cell,
 * rebuild the rows (table-rows.ts), put the top-of-page blocks back into the rows they continue
 * (continuations.ts) and lay the cells out in column order.
 */
import { makeCell, rowText, type Cell, type TableRowBlock } from '../../model/document.js';
import { endsSentence, isOwnerLike, startsLowerCase, withoutBullet } from './cell-kinds.js';
import { isDateCell } from '../../lexicon/index.js';
import { columnKinds, parseColumnRows } from './column-rows.js';
import { assignContinuations, type RowCellSlot } from './continuations.js';
import { contentLines, isBlankGroup, type TextGroup } from './groups.js';
import { findHeaderAt, type TableHeader } from './table-header.js';
import { parseRows, type ParsedCell, type ParsedRow, type TableGroup } from './table-rows.js';
import { splitJoinedLine } from './title-split.js';

export interface ParsedTable {
  rows: TableRowBlock[];
  /** index of the first group after the table */
  end: number;
}

/** Lines that close the minutes, never part of an agenda table. */
const CLOSING_LINE = /^(vid protokollet|justeras|justerat|nästa möte|mötet avslutas|mötet avslutades|protokollförare)\b/i;
/** A line this much longer than the table's longest line runs across the page: the table has ended. */
const FULL_WIDTH_FACTOR = 1.6;
const FULL_WIDTH_MIN_CHARS = 60;

export function parseTable(
  groups: TextGroup[],
  headerAt: number,
  header: TableHeader,
  table: number,
  firstNames: Set<string>,
  initials: Set<string>,
  pagesKnown: boolean,
): ParsedTable {
  const headerGroup = groups[headerAt]!;
  const rows: TableRowBlock[] = [
    {
      kind: 'table-row',
      cells: header.columns.map((c) => makeCell([c])),
      text: rowText(header.columns.map((c) => makeCell([c]))),
      page: pagesKnown ? headerGroup.page : null,
      style: {},
      table,
      header: true,
      ...(headerGroup.gapBefore ? { gapBefore: true } : {}),
    },
  ];

  const { body, end } = collectBody(groups, headerAt + header.groupCount, header, firstNames);
  const ctx = { firstNames, initials };
  if (!isTitleTextOwner(header, body)) {
    for (const parsed of parseColumnRows(body, columnKinds(header.roles, header.columns), ctx)) {
      const cells = parsed.cells.map((lines) => makeCell(cleanLines(lines)));
      rows.push({ kind: 'table-row', cells, text: rowText(cells), page: pagesKnown ? parsed.page : null, style: {}, table });
    }
    return { rows, end };
  }
  const layout = { columns: header.columns.length, hasOwnerColumn: header.hasOwnerColumn };
  for (const parsed of parseRows(body, layout, ctx)) {
    const cells = layoutCells(parsed, header, firstNames);
    rows.push({ kind: 'table-row', cells, text: rowText(cells), page: pagesKnown ? parsed.page : null, style: {}, table });
  }
  return { rows, end };
}

/**
 * The classic minutes table: a title column first, text columns, perhaps an owner column last
 * ("RUBRIK | Ärende/ dialog | Åtgärd/ beslut | Ansvarig"). Its rows are read by their grammar
 * (table-rows.ts); other tables by what each column holds (column-rows.ts).
 */
function isTitleTextOwner(header: TableHeader, body: TableGroup[]): boolean {
  // "Punkt" heads the titles where its first cell is words, not a number
  const firstCell = body[0]?.lines.filter(Boolean).join(' ') ?? '';
  const punkt = /^(?:punkt|pkt)$/i.test(header.columns[0]!.trim()) && !/^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*(?:\s?[a-h])?[.)]?$/u.test(firstCell.trim());
  const roles = punkt ? ['title', ...header.roles.slice(1)] : header.roles;
  const text = (r: string) => r === 'title' || r === 'notes' || r === 'action';
  return (roles[0] === 'title' || roles[0] === 'notes') && roles.slice(1, -1).every(text) && (text(roles[roles.length - 1]!) || roles[roles.length - 1] === 'owner');
}

function collectBody(groups: TextGroup[], from: number, header: TableHeader, firstNames: Set<string>): { body: TableGroup[]; end: number } {
  const body: TableGroup[] = [];
  const lengths = new LineLengths();
  let afterBreak = false;
  let pageTop = false;
  let k = from;
  for (; k < groups.length; k++) {
    const g = groups[k]!;
    const again = findHeaderAt(groups, k);
    if (again) {
      if (again.key !== header.key) break; // another table begins
      afterBreak = true;
      k += again.groupCount - 1;
      continue;
    }
    const lines = contentLines(g);
    if (lines.length && CLOSING_LINE.test(lines[0]!)) break;
    if (isFullWidth(lines, lengths)) break;
    if (g.pageStart) afterBreak = true;
    if (isBlankGroup(g)) continue; // an empty paragraph between cells says nothing about them

    const first = g.lines.find((l) => l.text)!;
    const tableGroup: TableGroup = {
      lines: g.lines.map((l) => l.text),
      firstRaw: first.raw,
      page: g.page,
      afterBreak,
      leadingSpace: !first.pageStart && /^ \S/.test(first.raw) && !/^ [•▪◦●\-–]/u.test(first.raw),
    };
    afterBreak = false;
    lengths.add(lines.slice(1).map((l) => l.length));

    // pdftotext splits some cells into several blocks (italic lines, a list item's wrap): a block
    // that starts in lower case on the same page goes on with the block before it. Not so at the
    // top of a page: there the lower-case blocks carry on different cells of the row cut above.
    const lowerCase = startsLowerCase(tableGroup.lines.filter(Boolean).join(' '));
    pageTop = tableGroup.afterBreak || (pageTop && lowerCase);
    const previous = body[body.length - 1];
    if (previous && !pageTop && continuesBlock(previous, tableGroup, firstNames)) {
      previous.lines.push(...tableGroup.lines);
      continue;
    }
    body.push(tableGroup);
  }
  return { body, end: k };
}

function continuesBlock(previous: TableGroup, next: TableGroup, firstNames: Set<string>): boolean {
  const text = next.lines.filter(Boolean).join(' ');
  const before = previous.lines.filter(Boolean);
  const last = before[before.length - 1] ?? '';
  return startsLowerCase(text) && !endsSentence(last) && !isOwnerLike(before.join(' '), firstNames) && !isDateCell(text);
}

function isFullWidth(lines: string[], seen: LineLengths): boolean {
  if (seen.count < 10 || lines.length === 0) return false;
  const longest = Math.max(...lines.map((l) => l.length));
  return longest >= Math.max(FULL_WIDTH_MIN_CHARS, FULL_WIDTH_FACTOR * seen.longest);
}

/** Lengths of the table's lines so far (first lines of blocks left out: they may hold two cells). */
class LineLengths {
  count = 0;
  longest = 0;
  add(lengths: number[]): void {
    for (const n of lengths) {
      this.count++;
      this.longest = Math.max(this.longest, n);
    }
  }
}

/**
 * The row's cells in column order. Cells found: title, text cells, owner. A column left empty is
 * placed where pdftotext left a trace of it (a block starting with a space follows an empty cell);
 * without a trace, before the owner cell. Rows always have as many cells as the header, so that
 * cell i is column i for the stages after the reader.
 */
function layoutCells(parsed: ParsedRow, header: TableHeader, firstNames: Set<string>): Cell[] {
  const textColumns = header.columns.length - 1 - (header.hasOwnerColumn ? 1 : 0);
  const texts = splitShortRow(parsed.texts, textColumns);

  const slots: (RowCellSlot & { leadingSpace: boolean })[] = [];
  if (parsed.title) slots.push({ kind: 'title', lines: [...parsed.title.lines], leadingSpace: parsed.title.leadingSpace });
  for (const t of texts) slots.push({ kind: 'text', lines: [...t.lines], leadingSpace: t.leadingSpace });
  if (parsed.owner) slots.push({ kind: 'owner', lines: [...parsed.owner.lines], leadingSpace: parsed.owner.leadingSpace });

  for (const run of parsed.continuations) {
    const blocks = run.map((c) => c.lines);
    const { targets } = assignContinuations(slots, blocks, firstNames);
    targets.forEach((t, k) => {
      if (t >= 0) slots[t]!.lines.push(...blocks[k]!);
      else slots.push({ kind: 'text', lines: [...blocks[k]!], leadingSpace: false });
    });
  }

  const title = slots.find((s) => s.kind === 'title') ?? null;
  const textSlots = slots.filter((s) => s.kind === 'text');
  const owner = slots.find((s) => s.kind === 'owner') ?? null;

  // text columns, with an empty one where pdftotext left its trace, else before the owner
  const columns: (string[] | null)[] = [];
  let free = textColumns - textSlots.length;
  for (const s of textSlots) {
    if (s.leadingSpace && free > 0) {
      columns.push(null);
      free--;
    }
    columns.push(s.lines);
  }
  while (columns.length > textColumns && textColumns > 0) {
    const extra = columns.pop()!;
    const into = columns[columns.length - 1];
    if (into && extra) into.push(...extra);
  }
  while (columns.length < textColumns) columns.push(null);

  const cells: Cell[] = [makeCell(cleanLines(title?.lines ?? []))];
  for (const c of columns) cells.push(makeCell(cleanLines(c ?? [])));
  if (header.hasOwnerColumn) cells.push(makeCell(cleanLines(owner?.lines ?? [])));
  return cells;
}

/** Bullets are list glyphs, not text (the DOCX reader never sees them either). */
function cleanLines(lines: string[]): string[] {
  return lines.map((l) => (l ? withoutBullet(l) : ''));
}

/**
 * A row with fewer text cells than columns may hold two one-line cells joined on one line
 * ("Obligatorisk Inga semestrar/ ledighet"): the joined line is clearly longer than the block's
 * other lines, and splits at a capitalised word after at most three words.
 */
function splitShortRow(texts: ParsedCell[], textColumns: number): ParsedCell[] {
  const out = [...texts];
  for (let k = 0; k < out.length && out.length < textColumns; k++) {
    const lines = out[k]!.lines;
    const firstIndex = lines.findIndex(Boolean);
    const first = firstIndex >= 0 ? withoutBullet(lines[firstIndex]!) : '';
    const others = lines.slice(firstIndex + 1).filter(Boolean).map(withoutBullet);
    if (!first || others.length === 0) continue;
    if (first.length < 1.2 * Math.max(...others.map((l) => l.length))) continue;
    const split = splitJoinedLine(first);
    if (!split || split.left.split(' ').length > 3) continue;
    out.splice(k, 1, { lines: [split.left], leadingSpace: out[k]!.leadingSpace }, { lines: [split.right, ...lines.slice(firstIndex + 1)], leadingSpace: false });
    k++;
  }
  return out;
}
