/**
 * Table rows to the model's table-row blocks, with table identity and header rows across pages.
 * A table that starts a page, right after a table that ended the previous page with the same
 * columns, is the same table; its first row there repeats the header when it reads like the
 * table's first row. A cell merged down over several rows leaves an empty cell in the rows below
 * it, so every row has a cell for each column it covers.
 */
import { rowText, type Cell, type TableRowBlock } from '../../model/document.js';
import { allBold, cellFromLines } from './cells.js';
import type { PlacedTable } from './tables.js';

export class TableTracker {
  private count = 0;
  /** the table being read: its index, its columns and its first rows (where a header can be) */
  private current: { index: number; xs: number[]; firstRows: TableRowBlock[] } | null = null;
  lastElement: { page: number; last: boolean } | null = null;

  endedPreviousPage(page: number): boolean {
    return this.lastElement !== null && this.lastElement.last && this.lastElement.page === page - 1;
  }

  rows(table: PlacedTable, page: number, mayContinue: boolean, pitch: (size: number) => number): TableRowBlock[] {
    const continued = mayContinue && this.current !== null && sameColumns(this.current.xs, table.xs);
    if (!continued) this.current = { index: this.count++, xs: table.xs, firstRows: [] };
    const state = this.current!;

    const out: TableRowBlock[] = [];
    const spanning: PlacedTable['rows'][number]['cells'] = [];
    table.rows.forEach((row, r) => {
      const cells: { col: number; cell: Cell; bold: boolean }[] = row.cells.map((c) => ({
        col: c.col,
        cell: cellFromLines(c.lines, c.rect, c.colSpan, c.rowSpan, pitch),
        bold: allBold(c.lines),
      }));
      // a cell merged down from a row above leaves an empty place here, so columns stay aligned
      for (const s of spanning) {
        if (s.row < r && s.row + s.rowSpan > r) cells.push({ col: s.col, cell: { text: '', lines: [], colSpan: s.colSpan, rowSpan: 1 }, bold: false });
      }
      spanning.push(...row.cells.filter((c) => c.rowSpan > 1));
      cells.sort((a, b) => a.col - b.col);
      const filled = cells.filter((c) => c.cell.text !== '');
      if (!filled.length) return;

      const block: TableRowBlock = {
        kind: 'table-row',
        text: rowText(cells.map((c) => c.cell)),
        page,
        style: filled.every((c) => c.bold) ? { bold: true } : {},
        cells: cells.map((c) => c.cell),
        table: state.index,
      };
      if (out.length === 0 && continued) {
        // the header repeated on a new page (it may sit under a title row on the first page)
        const original = state.firstRows.find((f) => f.text === block.text);
        if (original) block.header = original.header = true;
      } else if (!continued && state.firstRows.length < 3) {
        if (state.firstRows.every((f) => !f.header) && looksLikeHeader(filled.map((c) => c.bold), table, r)) block.header = true;
        state.firstRows.push(block);
      }
      out.push(block);
    });
    return out;
  }
}

/** Column titles: every filled cell bold, several of them, and the table goes on below. */
function looksLikeHeader(boldCells: boolean[], table: PlacedTable, row: number): boolean {
  if (boldCells.length < 2 || !boldCells.every(Boolean)) return false;
  const below = table.rows.slice(row + 1).flatMap((r) => r.cells).filter((c) => c.lines.length);
  return below.length > 0 && !below.every((c) => allBold(c.lines));
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 2);
}
