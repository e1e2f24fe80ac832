/**
 * Puts a page's text runs into its table grids: a run belongs to the cell its first character
 * sits in; runs outside every grid are the page's running text. Each cell's runs become its own
 * lines, so text side by side in two columns never mixes.
 */
import { findGrids, type Grid, type GridCell } from './grid.js';
import { buildLines } from './lines.js';
import type { Line, Rect, Rule, TextRun } from './types.js';

export interface PlacedCell extends GridCell {
  lines: Line[];
}

export interface PlacedTable {
  rect: Rect;
  /** column boundaries, left to right: tables on two pages with the same columns are one table */
  xs: number[];
  /** the grid's rows, top to bottom; `cells` are those starting in that row */
  rows: { top: number; bottom: number; cells: PlacedCell[] }[];
}

export interface PagePlacement {
  tables: PlacedTable[];
  /** runs outside all tables */
  flow: TextRun[];
}

const inside = (r: Rect, x: number, y: number, slack = 0): boolean =>
  x >= r.left - slack && x <= r.right + slack && y >= r.bottom - slack && y <= r.top + slack;

export function placeRuns(runs: TextRun[], rules: Rule[]): PagePlacement {
  const grids = findGrids(rules);
  const byCell = new Map<GridCell, TextRun[]>();
  const flow: TextRun[] = [];
  const usedGrids = new Set<Grid>();
  for (const run of runs) {
    // the point just inside the run's first character, a little above the baseline
    const x = run.x + Math.min(run.size * 0.3, run.width / 2);
    const y = run.y + run.size * 0.3;
    const grid = grids.find((g) => inside(g.rect, x, y, 0.5));
    const cell = grid && (grid.cells.find((c) => inside(c.rect, x, y)) ?? nearestCell(grid.cells, x, y));
    if (!grid || !cell) {
      flow.push(run);
      continue;
    }
    usedGrids.add(grid);
    if (!byCell.has(cell)) byCell.set(cell, []);
    byCell.get(cell)!.push(run);
  }

  const tables: PlacedTable[] = grids
    .filter((g) => usedGrids.has(g))
    .map((g) => ({
      rect: g.rect,
      xs: g.xs,
      rows: g.ys.slice(0, -1).map((top, r) => ({
        top,
        bottom: g.ys[r + 1]!,
        cells: g.cells.filter((c) => c.row === r).map((c) => ({ ...c, lines: buildLines(byCell.get(c) ?? []) })),
      })),
    }));
  return { tables, flow };
}

function nearestCell(cells: GridCell[], x: number, y: number): GridCell | undefined {
  let best: GridCell | undefined;
  let bestDistance = Infinity;
  for (const c of cells) {
    const dx = Math.max(c.rect.left - x, 0, x - c.rect.right);
    const dy = Math.max(c.rect.bottom - y, 0, y - c.rect.top);
    const d = Math.hypot(dx, dy);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** The horizontal rules no table uses: separators and underlines. */
export function freeRules(rules: Rule[], tables: PlacedTable[]): Rule[] {
  return rules.filter((r) => !tables.some((t) => inside(t.rect, (r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2, 1)));
}
