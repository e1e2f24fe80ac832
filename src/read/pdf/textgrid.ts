/**
 * Tables without borders, recognised from column positions. Text set in tab columns is not a
 * table by itself (a participant list "Name <tab> Role <tab> (JK)" is one entry per line), and
 * neither is a numbered heading with its text indented below it. A borderless table shows itself
 * by cells that wrap: a row goes on over several lines while its columns keep their left edges,
 * and a column's continuation lines look like the line that started the cell.
 */
import { columnRole } from '../../lexicon/index.js';
import { buildLines } from './lines.js';
import type { PlacedCell, PlacedTable } from './tables.js';
import type { Line, Segment, TextRun } from './types.js';
import { textEm } from './widths.js';

/** How far (points) a segment's left edge may be from its column's. */
const COLUMN_SLACK = 3;

export function findTextTables(lines: Line[], pitch: (size: number) => number, carried: PlacedTable | null = null): { tables: PlacedTable[]; rest: Line[] } {
  const tables: PlacedTable[] = [];
  const used = new Set<Line>();
  const continued = carried ? continuedRows(lines, carried, pitch) : null;
  if (continued) {
    tables.push(continued.table);
    continued.lines.forEach((l) => used.add(l));
  }
  for (const { lines: found, columns } of regions(lines.filter((l) => !used.has(l)), pitch)) {
    const colOf = (s: Segment): number => columns.findIndex((c) => Math.abs(s.x0 - c) <= COLUMN_SLACK);
    const region = trim(found, colOf);
    if (region.length < 2) continue;
    const rows = splitRows(region, colOf, pitch, columns);
    if (!isTable(rows, colOf) || isHangingLabels(rows, colOf, columns)) continue;
    tables.push(toTable(rows, columns, colOf));
    region.forEach((l) => used.add(l));
  }
  return { tables, rest: lines.filter((l) => !used.has(l)) };
}

/**
 * The rows at the top of a page that go on with the borderless table that ended the page before:
 * lines whose every piece of text starts at one of that table's columns, until the first line
 * that does not. The table keeps the columns it had, so the reader sees one table.
 */
function continuedRows(lines: Line[], carried: PlacedTable, pitch: (size: number) => number): { table: PlacedTable; lines: Line[] } | null {
  const columns = carried.xs.slice(0, -1);
  const colOf = (s: Segment): number => columns.findIndex((c) => Math.abs(s.x0 - c) <= COLUMN_SLACK);
  const taken: Line[] = [];
  for (const line of lines) {
    if (!line.segments.length || line.segments.some((s) => colOf(s) < 0)) break;
    const prev = taken[taken.length - 1];
    if (line.segments.length < 2) {
      // one piece of text: only the wrapped line of a cell of the row above, set close under it
      const above = prev?.segments.find((s) => colOf(s) === colOf(line.segments[0]!));
      if (!prev || !above || above.bold !== line.segments[0]!.bold || prev.y - line.y > 1.3 * pitch(line.size)) break;
    }
    taken.push(line);
  }
  if (!taken.length) return null;
  const rows = splitRows(taken, colOf, pitch, columns);
  const table = toTable(rows, columns, colOf);
  return { table: { ...table, xs: carried.xs }, lines: taken };
}

interface Region {
  lines: Line[];
  /** left edges of its columns, left to right */
  columns: number[];
}

/**
 * Runs of consecutive lines set in the same columns: every piece of text starts at a column's left
 * edge and ends before the next column starts. A line set in columns starts a run; lines that
 * keep to its columns (and may add columns that all its lines keep to) continue it.
 */
function regions(lines: Line[], pitch: (size: number) => number): Region[] {
  const out: Region[] = [];
  let current: Region | null = null;
  const close = (): void => {
    if (current && current.lines.length >= 2) out.push(current);
    current = null;
  };
  for (const line of lines) {
    const prev: Line | undefined = current?.lines[current.lines.length - 1];
    const near = prev !== undefined && prev.y > line.y && prev.y - line.y <= 3 * pitch(line.size);
    const columns = current && near ? extendColumns(current, line) : null;
    if (current && columns) {
      current.lines.push(line);
      current.columns = columns;
      continue;
    }
    close();
    if (line.segments.length >= 2) current = { lines: [line], columns: line.segments.map((s) => s.x0) };
  }
  close();
  return out;
}

/** The region's columns with this line added, or null when the line does not keep to them. */
function extendColumns(region: Region, line: Line): number[] | null {
  const columns = [...region.columns];
  for (const s of line.segments) {
    if (columns.some((c) => Math.abs(s.x0 - c) <= COLUMN_SLACK)) continue;
    if (line.segments.length < 2) return null; // a lone piece of text must sit in a known column
    columns.push(s.x0);
  }
  columns.sort((a, b) => a - b);
  const keeps = (l: Line): boolean =>
    l.segments.every((s) => {
      const k = columns.findIndex((c) => Math.abs(s.x0 - c) <= COLUMN_SLACK);
      return k >= 0 && (k === columns.length - 1 || s.x1 <= columns[k + 1]! - 1);
    });
  return keeps(line) && (columns.length === region.columns.length || region.lines.every(keeps)) ? columns : null;
}

/**
 * The table part of a region: from its first line set in columns (the lines above are running
 * text) to the continuation lines of its last such line.
 */
function trim(region: Line[], colOf: (s: Segment) => number): Line[] {
  const start = region.findIndex((l) => l.segments.length >= 2 && colOf(l.segments[0]!) === 0);
  if (start < 0) return [];
  let end = region.length - 1;
  const lastSet = region.reduce((last, l, i) => (l.segments.length >= 2 ? i : last), start);
  for (let i = lastSet + 1; i < region.length; i++) {
    if (region[i]!.segments.some((s) => colOf(s) === 0)) {
      end = i - 1;
      break;
    }
  }
  return region.slice(start, end + 1);
}

/**
 * A line with text in the first column starts a row, unless it continues the first column's
 * text of the line above: no gap, the line above had no room left for this line's first word
 * before the next column, and this line leaves some of the line above's columns empty.
 */
function splitRows(region: Line[], colOf: (s: Segment) => number, pitch: (size: number) => number, columns: number[]): Line[][] {
  // the narrowest gap between first-column text and the second column: the cell's padding
  const gutters = region.flatMap((l) => {
    const a = l.segments.find((s) => colOf(s) === 0);
    const b = l.segments.find((s) => colOf(s) === 1);
    return a && b ? [b.x0 - a.x1] : [];
  });
  const firstColumnEnd = columns[1]! - Math.max(1, Math.min(...gutters, 12));
  const rows: Line[][] = [];
  for (const line of region) {
    const row = rows[rows.length - 1];
    const prev = row?.[row.length - 1];
    const first = line.segments.find((s) => colOf(s) === 0);
    if (!row || !prev || !first) {
      if (!row) rows.push([line]);
      else row.push(line);
      continue;
    }
    const prevFirst = prev.segments.find((s) => colOf(s) === 0);
    const gap = prev.y - line.y - pitch(line.size) > Math.max(1.5, 0.12 * pitch(line.size));
    const word = /^\S+/u.exec(first.text)?.[0] ?? '';
    const endedShort = prevFirst !== undefined && prevFirst.x1 + textEm(' ' + word) * line.emWidth + 0.5 < firstColumnEnd;
    // a line filling every column the line above filled is a record of its own (a tab-set list)
    const columnsOf = (l: Line): Set<number> => new Set(l.segments.map(colOf));
    const refills = columnsOf(line).size >= 2 && [...columnsOf(prev)].every((k) => columnsOf(line).has(k));
    if (gap || !prevFirst || endedShort || refills) rows.push([line]);
    else row.push(line);
  }
  return rows;
}

function isTable(rows: Line[][], colOf: (s: Segment) => number): boolean {
  if (rows.length < 2) return false;
  const columnsUsed = (row: Line[]): number => new Set(row.flatMap((l) => l.segments.map(colOf))).size;
  if (rows.filter((r) => columnsUsed(r) >= 2).length < 2) return false;
  // a row of column titles ("Vad <tab> Vem <tab> När") over rows in its columns: a table typed
  // with tab stops, one row a line
  if (isTitleRow(rows[0]!)) return true;
  // a cell that wraps: a later line of the row goes on in a column in that cell's own style
  return rows.some((row) => {
    const started = new Map<number, Segment>();
    for (const line of row) {
      for (const s of line.segments) {
        const k = colOf(s);
        const first = started.get(k);
        if (!first) started.set(k, s);
        else if (first.size === s.size && first.bold === s.bold) return true;
      }
    }
    return false;
  });
}

/** A first row of column titles only, one of them a follow-up column ("Vem", "När", "Ansvarig"). */
function isTitleRow(row: Line[]): boolean {
  const segments = row.flatMap((l) => l.segments);
  const roles = segments.map((s) => columnRole(s.text));
  return segments.length >= 2 && roles.every((r) => r !== null) && roles.some((r) => r === 'owner' || r === 'deadline' || r === 'action');
}

/** A label hung in the margin: "§ 1", "12.", "Närvarande:", "Dessutom:". */
const MARGIN_LABEL = /^(?:§\s*\d{1,4}[a-z]?\.?|\d{1,3}(?:\.\d{1,2})*[.)]?|[\p{L}][\p{L} -]{0,24}:)$/u;

/**
 * Labels hung in the margin with the text indented beside them ("§ 1 <tab> Sammanträdets
 * öppnande" over the paragraphs of the item, "Närvarande: <tab> Sture Lindgren" over one name a
 * line): two columns, the first holding one short label at the top of each row and nothing else,
 * and no row of column titles. Word sets § protocols and attendance lists this way with tab
 * stops and a hanging indent; it is running text, as the same minutes are in Word, not a table.
 */
function isHangingLabels(rows: Line[][], colOf: (s: Segment) => number, columns: number[]): boolean {
  if (columns.length !== 2) return false;
  const first = rows[0]![0]!;
  if (isTitleRow([first])) return false;
  return rows.every((row) => {
    const labels = row.flatMap((l) => l.segments.filter((s) => colOf(s) === 0));
    return labels.length <= 1 && (labels.length === 0 || (row[0]!.segments[0] === labels[0] && MARGIN_LABEL.test(labels[0]!.text)));
  });
}

function toTable(rows: Line[][], columns: number[], colOf: (s: Segment) => number): PlacedTable {
  const all = rows.flat();
  const ends = columns.map((_, k) => Math.max(...all.flatMap((l) => l.segments.filter((s) => colOf(s) === k).map((s) => s.x1)), columns[k]! + 1));
  const right = Math.max(...ends);
  const columnOfRun = (run: TextRun): number => {
    let k = 0;
    columns.forEach((c, i) => {
      if (run.x + COLUMN_SLACK >= c) k = i;
    });
    return k;
  };
  const placedRows = rows.map((row, r) => {
    const top = row[0]!.y + row[0]!.size;
    const bottom = row[row.length - 1]!.y - 0.3 * row[row.length - 1]!.size;
    const cells: PlacedCell[] = columns.map((c, k) => {
      const runs = row.flatMap((l) => l.runs.filter((run) => columnOfRun(run) === k));
      // the cell's right edge is where its column's text reaches, as wrapped lines end there
      return { rect: { left: c - 1, right: ends[k]! + 1, top, bottom }, row: r, col: k, rowSpan: 1, colSpan: 1, lines: buildLines(runs) };
    });
    return { top, bottom, cells };
  });
  return {
    rect: { left: columns[0]! - 1, right, top: placedRows[0]!.top, bottom: placedRows[placedRows.length - 1]!.bottom },
    xs: [...columns, right],
    rows: placedRows,
  };
}
