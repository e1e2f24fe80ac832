/**
 * Tables without borders, recognised from column positions. Text set in tab columns is not a
 * table by itself (a participant list "Name <tab> Role <tab> (JK)" is one entry per line), and
 * neither is a numbered heading with its text indented below it. A borderless table shows itself
 * by cells that wrap: a row goes on over several lines while its columns keep their left edges,
 * and a column's continuation lines look like the line that started the cell.
 */
import { buildLines } from './lines.js';
import type { PlacedCell, PlacedTable } from './tables.js';
import type { Line, Segment, TextRun } from './types.js';
import { textEm } from './widths.js';

/** How far (points) a segment's left edge may be from its column's. */
const COLUMN_SLACK = 3;

export function findTextTables(lines: Line[], pitch: (size: number) => number): { tables: PlacedTable[]; rest: Line[] } {
  const columns = columnStarts(lines);
  if (columns.length < 2) return { tables: [], rest: lines };
  const colOf = (s: Segment): number => columns.findIndex((c) => Math.abs(s.x0 - c) <= COLUMN_SLACK);
  const fits = (line: Line): boolean =>
    line.segments.every((s) => {
      const k = colOf(s);
      return k >= 0 && (k === columns.length - 1 || s.x1 <= columns[k + 1]! - 1);
    });

  const tables: PlacedTable[] = [];
  const used = new Set<Line>();
  for (const region of regions(lines, fits, pitch)) {
    const rows = splitRows(region, colOf, pitch);
    if (!isTable(rows, colOf)) continue;
    tables.push(toTable(rows, columns, colOf));
    region.forEach((l) => used.add(l));
  }
  return { tables, rest: lines.filter((l) => !used.has(l)) };
}

/** Left edges that segments of tab-set lines share (at least two segments each). */
function columnStarts(lines: Line[]): number[] {
  const starts = lines.filter((l) => l.segments.length >= 2).flatMap((l) => l.segments.map((s) => s.x0)).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of starts) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[0]! <= COLUMN_SLACK) last.push(x);
    else clusters.push([x]);
  }
  return clusters.filter((c) => c.length >= 2).map((c) => c[0]!);
}

/** Runs of consecutive lines that all keep to the columns, without a wide gap between them. */
function regions(lines: Line[], fits: (l: Line) => boolean, pitch: (size: number) => number): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    const prev = current[current.length - 1];
    const close = prev !== undefined && prev.y - line.y <= 3 * pitch(line.size) && prev.y > line.y;
    if (fits(line) && (close || current.length === 0)) current.push(line);
    else {
      if (current.length >= 2) out.push(current);
      current = fits(line) ? [line] : [];
    }
  }
  if (current.length >= 2) out.push(current);
  return out;
}

/**
 * A line with text in the first column starts a row, unless it continues the first column's
 * text of the line above (no gap, and that text ran to the column's right end).
 */
function splitRows(region: Line[], colOf: (s: Segment) => number, pitch: (size: number) => number): Line[][] {
  const firstColumnEnd = Math.max(...region.flatMap((l) => l.segments.filter((s) => colOf(s) === 0).map((s) => s.x1)));
  const rows: Line[][] = [];
  for (const line of region) {
    const prev = rows.length ? rows[rows.length - 1]![rows[rows.length - 1]!.length - 1] : undefined;
    const first = line.segments.find((s) => colOf(s) === 0);
    if (!prev || !first) {
      if (!prev) rows.push([line]);
      else rows[rows.length - 1]!.push(line);
      continue;
    }
    const prevFirst = prev.segments.find((s) => colOf(s) === 0);
    const gap = prev.y - line.y - pitch(line.size) > Math.max(1.5, 0.12 * pitch(line.size));
    const word = /^\S+/u.exec(first.text)?.[0] ?? '';
    const endedShort = prevFirst !== undefined && prevFirst.x1 + textEm(' ' + word) * line.emWidth + 0.5 < firstColumnEnd;
    if (gap || !prevFirst || endedShort) rows.push([line]);
    else rows[rows.length - 1]!.push(line);
  }
  return rows;
}

function isTable(rows: Line[][], colOf: (s: Segment) => number): boolean {
  if (rows.length < 2) return false;
  const columnsUsed = (row: Line[]): number => new Set(row.flatMap((l) => l.segments.map(colOf))).size;
  if (rows.filter((r) => columnsUsed(r) >= 2).length < 2) return false;
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
