/**
 * Pages of positioned text and rules to the document model's blocks, in reading order:
 * tables found from their borders, page furniture removed, running text grouped into headings,
 * paragraphs and list items, and a table that runs over several pages kept as one table.
 */
import { normaliseSpace, rowText, type Block, type Cell, type TableRowBlock } from '../../model/document.js';
import { allBold, cellFromLines } from './cells.js';
import { bandOf, findFurniture, findRunningTables, isPageNumber, stripPageNumber, type PageFrame } from './furniture.js';
import { joinLineTexts } from './hyphens.js';
import { buildLines, markUnderlines } from './lines.js';
import { bodySize, linePitch, rightEdge } from './metrics.js';
import { endedShort, groupLines, type FlowContext, type LineGroup } from './paragraphs.js';
import { freeRules, placeRuns, type PlacedTable } from './tables.js';
import { findTextTables } from './textgrid.js';
import { isHorizontal, type Line, type RawPage, type Segment } from './types.js';

interface PageLayout {
  frame: PageFrame;
  flow: Line[];
  tables: PlacedTable[];
  /** page 1's running header/footer tables, read as header pieces */
  headerTables?: PlacedTable[];
}

/** What a page shows, top to bottom. */
type Element =
  | { kind: 'lines'; lines: Line[] }
  | { kind: 'pieces'; line: Line; segments: Segment[] }
  | { kind: 'header-table'; table: PlacedTable }
  | { kind: 'table'; table: PlacedTable };

interface DocumentContext extends FlowContext {
  bodySize: number;
  /** x of each list nesting level's bullets, left to right */
  bulletLevels: number[];
  pageCount: number;
}

export function layoutPages(raw: RawPage[]): Block[] {
  const pages: PageLayout[] = raw.map((page) => {
    const { tables, flow } = placeRuns(page.runs, page.rules);
    const lines = buildLines(flow);
    markUnderlines(lines, freeRules(page.rules, tables).filter(isHorizontal));
    return { frame: { number: page.number, box: page.box }, flow: lines, tables };
  });

  const furniture = findFurniture(pages.map((p) => ({ frame: p.frame, lines: p.flow })));
  for (const page of pages) {
    page.flow = page.flow.filter((l) => !furniture.drop.has(l));
    dropCellPageNumbers(page, pages.length);
  }
  // a header or footer laid out as a table: page 1 keeps its text as header pieces
  const runningTables = findRunningTables(
    pages.map((p) => ({ frame: p.frame, tables: p.tables.map((t) => ({ table: t, top: t.rect.top, bottom: t.rect.bottom, text: tableText(t) })) })),
  );
  for (const page of pages) {
    if (page.frame.number === 1) page.headerTables = page.tables.filter((t) => runningTables.has(t));
    page.tables = page.tables.filter((t) => !runningTables.has(t));
  }

  const body = pages.flatMap((p) => p.flow.filter((l) => !furniture.pieces.has(l)));
  const cellSequences = pages.flatMap((p) => p.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.lines))));
  const ctx: DocumentContext = {
    bodySize: bodySize(body),
    rightEdge: rightEdge(body),
    pitch: linePitch([...pages.map((p) => p.flow), ...cellSequences]),
    bulletLevels: bulletLevels(body),
    pageCount: pages.length,
  };

  // tables without borders, from the column positions of the remaining running text
  for (const page of pages) {
    const { tables, rest } = findTextTables(page.flow.filter((l) => !furniture.pieces.has(l)), ctx.pitch);
    if (!tables.length) continue;
    const kept = new Set(rest);
    page.flow = page.flow.filter((l) => kept.has(l) || furniture.pieces.has(l));
    page.tables = [...page.tables, ...tables].sort((a, b) => b.rect.top - a.rect.top);
  }

  const blocks: Block[] = [];
  const tables = new TableTracker();
  let lastFlow: { block: Block; line: Line; group: LineGroup } | null = null;

  for (const page of pages) {
    const elements = pageElements(page, furniture.pieces);
    elements.forEach((element, position) => {
      if (element.kind === 'pieces') {
        blocks.push(...piecesToBlocks(element.line, element.segments, page.frame.number));
        lastFlow = null;
      } else if (element.kind === 'header-table') {
        const lines = element.table.rows.flatMap((r) => r.cells.flatMap((c) => c.lines));
        blocks.push(...lines.flatMap((l) => piecesToBlocks(l, l.segments, page.frame.number)));
        lastFlow = null;
      } else if (element.kind === 'table') {
        const continues = position === 0 && tables.endedPreviousPage(page.frame.number);
        blocks.push(...tables.rows(element.table, page.frame.number, continues, ctx));
        tables.lastElement = { page: page.frame.number, last: position === elements.length - 1 };
        lastFlow = null;
      } else {
        const groups = groupLines(element.lines, ctx);
        groups.forEach((group, i) => {
          // a paragraph running on from the previous page joins the block it started
          const fromPreviousPage = lastFlow !== null && lastFlow.block.page === page.frame.number - 1;
          if (i === 0 && position === 0 && fromPreviousPage && continuesParagraph(lastFlow!, group, ctx)) {
            lastFlow!.block.text = normaliseSpace(joinLineTexts(lastFlow!.block.text, group.text));
            lastFlow = { ...lastFlow!, line: group.lines[group.lines.length - 1]!, group };
            return;
          }
          const block = groupToBlock(group, page.frame.number, ctx);
          blocks.push(block);
          lastFlow = { block, line: group.lines[group.lines.length - 1]!, group };
        });
        if (position !== elements.length - 1) lastFlow = null;
      }
    });
  }
  return blocks.filter((b) => b.text !== '' || b.kind === 'table-row');
}

function dropCellPageNumbers(page: PageLayout, pageCount: number): void {
  for (const table of page.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        cell.lines = cell.lines.flatMap((l) => {
          if (!bandOf(page.frame, l.y)) return [l];
          if (isPageNumber(l.text, page.frame.number, pageCount)) return [];
          const text = stripPageNumber(l.text, page.frame.number, pageCount);
          if (text === l.text) return [l];
          const segments = l.segments.map((s) => ({ ...s, text: stripPageNumber(s.text, page.frame.number, pageCount) })).filter((s) => s.text);
          return [{ ...l, text, segments }];
        });
      }
    }
  }
}

function tableText(table: PlacedTable): string {
  return table.rows.flatMap((r) => r.cells.flatMap((c) => c.lines.map((l) => l.text))).join(' ');
}

function pageElements(page: PageLayout, pieces: Map<Line, Segment[]>): Element[] {
  type Placed = { top: number; element: Element };
  const placed: Placed[] = [];
  let stretch: Line[] = [];
  const tableTops = page.tables.map((t) => t.rect.top);
  const flush = (): void => {
    if (stretch.length) placed.push({ top: stretch[0]!.y + stretch[0]!.size, element: { kind: 'lines', lines: stretch } });
    stretch = [];
  };
  for (const line of page.flow) {
    const top = line.y + line.size;
    // a table between the previous line and this one ends the stretch of running text
    if (stretch.length && tableTops.some((t) => t < stretch[stretch.length - 1]!.y && t >= line.y)) flush();
    const segments = pieces.get(line);
    if (segments) {
      flush();
      placed.push({ top, element: { kind: 'pieces', line, segments } });
    } else stretch.push(line);
  }
  flush();
  for (const table of page.tables) placed.push({ top: table.rect.top, element: { kind: 'table', table } });
  for (const table of page.headerTables ?? []) placed.push({ top: table.rect.top, element: { kind: 'header-table', table } });
  return placed.sort((a, b) => b.top - a.top).map((p) => p.element);
}

/** Header pieces: page 1's organisation, date and document type, each a paragraph of its own. */
function piecesToBlocks(line: Line, segments: Segment[], page: number): Block[] {
  return segments.map((s) => {
    const style = lineStyle([line]);
    if (s.bold) style.bold = true;
    return { kind: 'paragraph', text: normaliseSpace(s.text), page, style };
  });
}

function lineStyle(lines: Line[]): Block['style'] {
  const style: Block['style'] = { size: lines[0]!.size };
  if (lines.every((l) => l.bold)) style.bold = true;
  if (lines.every((l) => l.italic)) style.italic = true;
  if (lines.every((l) => l.underline)) style.underline = true;
  return style;
}

function groupToBlock(group: LineGroup, page: number, ctx: DocumentContext): Block {
  const style = lineStyle(group.lines);
  const base = { text: normaliseSpace(group.text), page, style, ...(group.gapBefore ? { gapBefore: true } : {}) };
  if (group.bullet) return { ...base, kind: 'list-item', listLevel: levelOf(group.bullet.x, ctx.bulletLevels) };
  return { ...base, kind: isHeading(group, ctx) ? 'heading' : 'paragraph' };
}

/** A short line or two set clearly larger than the body text (bold, or much larger). */
function isHeading(group: LineGroup, ctx: DocumentContext): boolean {
  const size = group.lines[0]!.size;
  const short = group.lines.length <= 3 && group.text.length <= 200;
  const larger = size >= ctx.bodySize + 0.9 && (group.lines.every((l) => l.bold) || size >= ctx.bodySize * 1.15);
  return short && larger;
}

function continuesParagraph(last: { block: Block; line: Line; group: LineGroup }, next: LineGroup, ctx: DocumentContext): boolean {
  if (last.block.kind === 'heading' || last.block.kind === 'table-row' || next.bullet) return false;
  const a = last.line, b = next.lines[0]!;
  if (a.bold !== b.bold || a.italic !== b.italic || Math.abs(a.size - b.size) >= 1) return false;
  // the new page's line starts where the paragraph's wrapped lines start
  const wrapX = last.group.bullet ? last.group.lines[0]!.bullet?.textX ?? a.x0 : last.group.lines[Math.min(1, last.group.lines.length - 1)]!.x0;
  if (Math.abs(b.x0 - wrapX) > 3) return false;
  // a finished sentence before a capital on the new page is more likely a new paragraph
  if (/[.!?:]$/.test(a.text) && /^\p{Lu}/u.test(b.text)) return false;
  return !endedShort(a, b, ctx);
}

function bulletLevels(lines: Line[]): number[] {
  const xs = lines.filter((l) => l.bullet).map((l) => l.x0).sort((a, b) => a - b);
  const levels: number[] = [];
  for (const x of xs) if (!levels.length || x - levels[levels.length - 1]! > 4) levels.push(x);
  return levels;
}

function levelOf(x: number, levels: number[]): number {
  let best = 0;
  levels.forEach((l, i) => {
    if (Math.abs(l - x) < Math.abs(levels[best]! - x)) best = i;
  });
  return best;
}

/**
 * Table identity and header rows across pages. A table that starts a page, right after a table
 * that ended the previous page with the same columns, is the same table; its first row on the
 * new page repeats the header when it reads like the table's first row.
 */
class TableTracker {
  private count = 0;
  private current: { index: number; xs: number[]; headerText: string | null; firstRow: TableRowBlock | null } | null = null;
  lastElement: { page: number; last: boolean } | null = null;

  endedPreviousPage(page: number): boolean {
    return this.lastElement !== null && this.lastElement.last && this.lastElement.page === page - 1;
  }

  rows(table: PlacedTable, page: number, mayContinue: boolean, ctx: DocumentContext): TableRowBlock[] {
    const continued = mayContinue && this.current !== null && sameColumns(this.current.xs, table.xs);
    if (!continued) this.current = { index: this.count++, xs: table.xs, headerText: null, firstRow: null };
    const state = this.current!;

    const out: TableRowBlock[] = [];
    const spanning: PlacedTable['rows'][number]['cells'] = [];
    table.rows.forEach((row, r) => {
      const cells: { col: number; cell: Cell; bold: boolean; placeholder: boolean }[] = row.cells.map((c) => ({
        col: c.col,
        cell: cellFromLines(c.lines, c.rect, c.colSpan, c.rowSpan, ctx.pitch),
        bold: allBold(c.lines),
        placeholder: false,
      }));
      // a cell merged down from a row above leaves an empty place here, so columns stay aligned
      for (const s of spanning) {
        if (s.row < r && s.row + s.rowSpan > r) cells.push({ col: s.col, cell: { text: '', lines: [], colSpan: s.colSpan, rowSpan: 1 }, bold: false, placeholder: true });
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
      const first = out.length === 0;
      if (first && continued && state.headerText !== null && block.text === state.headerText) {
        block.header = true;
        if (state.firstRow) state.firstRow.header = true;
      } else if (first && !continued) {
        state.headerText = block.text;
        state.firstRow = block;
        if (looksLikeHeader(filled.map((c) => c.bold), table, r)) block.header = true;
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
