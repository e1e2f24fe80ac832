/**
 * Where the blocks at the top of a page go in the row cut at the bottom of the previous page.
 * Word breaks a row at one height for all its cells, so the cells that go on are those that
 * filled the page down to its bottom: about as many lines as the longest cell of the row, most
 * often text cells (titles and owners are short), and a block that starts in lower case goes on
 * a cell that stopped mid-sentence. The k-th block goes to the k-th such cell, in column order.
 */
import { endsSentence, isOwnerLike, startsLowerCase } from './cell-kinds.js';

export type CellKind = 'title' | 'text' | 'owner';

export interface RowCellSlot {
  kind: CellKind;
  lines: string[];
}

/** Lines a cell may fall short of the longest cell and still have reached the page bottom
 * (Word moves a paragraph whole rather than leave one line behind). */
const BOTTOM_SLACK_LINES = 3;

export interface ContinuationPlacement {
  /** for each block, the index of the cell it goes on (increasing); -1: a cell of its own */
  targets: number[];
  /** how poorly the blocks fit those cells (the row parser weighs it against other readings) */
  cost: number;
}

/** Cost of a block that has no cell left to go on. */
const NO_CELL_LEFT = 3;

export function assignContinuations(cells: RowCellSlot[], blocks: string[][], firstNames: Set<string>): ContinuationPlacement {
  const m = blocks.length;
  const n = cells.length;
  if (m === 0) return { targets: [], cost: 0 };
  if (n === 0) return { targets: blocks.map(() => -1), cost: NO_CELL_LEFT * m };
  const longest = Math.max(...cells.map((c) => c.lines.length));

  const cost = (block: string[], cell: RowCellSlot): number => {
    const text = block.filter(Boolean).join(' ');
    const lastLine = [...cell.lines].reverse().find(Boolean) ?? '';
    const ownerLike = isOwnerLike(text, firstNames);
    let c = 0;
    if (cell.kind === 'title') c += 1.5;
    if (cell.kind === 'owner') c += ownerLike ? -0.5 : 3;
    if (cell.kind === 'text' && ownerLike) c += 1;
    if (startsLowerCase(text)) c += lastLine && endsSentence(lastLine) ? 1 : -0.3;
    if (cell.lines.length < longest - BOTTOM_SLACK_LINES) c += 0.8;
    return c;
  };

  // monotone assignment: f[k][c] = cheapest way to place blocks 0..k-1 on cells 0..c-1
  const INF = Number.POSITIVE_INFINITY;
  const f: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(INF));
  const take: boolean[][] = Array.from({ length: m + 1 }, () => new Array<boolean>(n + 1).fill(false));
  for (let c = 0; c <= n; c++) f[0]![c] = 0;
  for (let k = 1; k <= m; k++) {
    for (let c = 1; c <= n; c++) {
      const skip = f[k]![c - 1]!;
      const use = f[k - 1]![c - 1]! + cost(blocks[k - 1]!, cells[c - 1]!);
      if (use <= skip) {
        f[k]![c] = use;
        take[k]![c] = true;
      } else f[k]![c] = skip;
    }
  }

  if (f[m]![n] === INF) {
    // more blocks than cells: the first ones in order, the rest on the last text cell
    const lastText = Math.max(0, cells.map((c) => c.kind).lastIndexOf('text'));
    return { targets: blocks.map((_, k) => (k < n ? k : lastText)), cost: NO_CELL_LEFT * (m - n) + f[n]![n]! };
  }
  const out = new Array<number>(m);
  for (let k = m, c = n; k > 0; c--) {
    if (take[k]![c]) {
      out[k - 1] = c - 1;
      k--;
    }
  }
  return { targets: out, cost: f[m]![n]! };
}
