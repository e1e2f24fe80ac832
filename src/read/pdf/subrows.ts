/**
 * Rows of a table drawn without lines between its rows (only column borders and a frame): the
 * grid then has one tall row holding every item. Its rows show in the text instead: a new
 * paragraph in the first column, after a gap, where no other column has a paragraph running
 * across that height.
 */
import type { PlacedCell, PlacedTable } from './tables.js';
import type { Line } from './types.js';

export function splitTallRows(table: PlacedTable, pitch: (size: number) => number): PlacedTable {
  // only tables without row separators: a frame, perhaps a line under the header, nothing more
  if (table.rows.length > 2) return table;
  const rows = table.rows.flatMap((row) => {
    const cells = row.cells.filter((c) => c.rowSpan === 1);
    const first = cells.find((c) => c.col === 0);
    if (!first || cells.length < 2 || cells.length !== row.cells.length) return [row];
    const splits = candidateSplits(first.lines, pitch).filter((y) => cells.every((c) => c === first || !runsAcross(c.lines, y, pitch)));
    if (!splits.length) return [row];
    const bounds = [row.top, ...splits, row.bottom];
    return bounds.slice(0, -1).map((top, i) => {
      const bottom = bounds[i + 1]!;
      return {
        top,
        bottom,
        cells: cells.map((c): PlacedCell => ({
          ...c,
          rect: { ...c.rect, top, bottom },
          lines: c.lines.filter((l) => l.y + 0.5 * l.size <= top && l.y + 0.5 * l.size > bottom),
        })),
      };
    });
  });
  return rows.length === table.rows.length ? table : { ...table, rows };
}

/** Just above each first-column line that follows a gap: where a new row would start. */
function candidateSplits(lines: Line[], pitch: (size: number) => number): number[] {
  const out: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1]!, line = lines[i]!;
    if (above.y - line.y > pitch(line.size) * 1.5) out.push(line.y + line.size);
  }
  return out;
}

/** Whether a paragraph of this cell goes on across height y (lines a line apart on both sides). */
function runsAcross(lines: Line[], y: number, pitch: (size: number) => number): boolean {
  const above = lines.filter((l) => l.y + 0.5 * l.size > y);
  const below = lines.filter((l) => l.y + 0.5 * l.size <= y);
  const a = above[above.length - 1];
  const b = below[0];
  return a !== undefined && b !== undefined && a.y - b.y <= pitch(b.size) * 1.25;
}
