/**
 * Pages of positioned text and rules to the document model's blocks, in reading order:
 * tables found from their borders, page furniture removed, running text grouped into headings,
 * paragraphs and list items, and a table that runs over several pages kept as one table.
 */
import { normaliseSpace, type Block } from '../../model/document.js';
import { bulletLevels, continuesParagraph, groupToBlock, piecesToBlocks, type DocumentContext } from './blocks.js';
import { bandOf, findFurniture, findRunningTables, isPageNumber, stripPageNumber, type PageFrame } from './furniture.js';
import { joinLineTexts } from './hyphens.js';
import { buildLines, markUnderlines } from './lines.js';
import { bodySize, leftEdge, linePitch, rightEdge } from './metrics.js';
import { groupLines, type LineGroup } from './paragraphs.js';
import { splitTallRows } from './subrows.js';
import { TableTracker } from './table-rows.js';
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
  // a header or footer laid out as a table: page 1 keeps a header's text as header pieces
  const runningTables = findRunningTables(
    pages.map((p) => ({ frame: p.frame, tables: p.tables.map((t) => ({ table: t, top: t.rect.top, bottom: t.rect.bottom, text: tableText(t) })) })),
  );
  for (const page of pages) {
    if (page.frame.number === 1) page.headerTables = page.tables.filter((t) => runningTables.has(t) && bandOf(page.frame, t.rect.bottom) === 'top');
    page.tables = page.tables.filter((t) => !runningTables.has(t));
  }

  const body = pages.flatMap((p) => p.flow.filter((l) => !furniture.pieces.has(l)));
  const cellSequences = pages.flatMap((p) => p.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.lines))));
  const ctx: DocumentContext = {
    bodySize: bodySize(body),
    rightEdge: rightEdge(body, Math.max(...pages.map((p) => p.frame.box[2]))),
    leftEdge: leftEdge(body),
    pitch: linePitch([...pages.map((p) => p.flow), ...cellSequences]),
    bulletLevels: bulletLevels(body),
  };

  // tables drawn without lines between rows: their rows from the text
  for (const page of pages) page.tables = page.tables.map((t) => splitTallRows(t, ctx.pitch));

  // tables without borders, from the column positions of the remaining running text; one that
  // ends its page may go on at the top of the next
  let carried: PlacedTable | null = null;
  for (const page of pages) {
    const { tables, rest } = findTextTables(page.flow.filter((l) => !furniture.pieces.has(l)), ctx.pitch, page.tables.length ? null : carried);
    const lowest = tables.reduce<PlacedTable | null>((low, t) => (!low || t.rect.bottom < low.rect.bottom ? t : low), null);
    carried = lowest && !page.tables.length && rest.every((l) => furniture.pieces.has(l) || l.y > lowest.rect.bottom) ? lowest : null;
    if (!tables.length) continue;
    const kept = new Set(rest);
    page.flow = page.flow.filter((l) => kept.has(l) || furniture.pieces.has(l));
    page.tables = [...page.tables, ...tables].sort((a, b) => b.rect.top - a.rect.top);
  }

  const blocks: Block[] = [];
  const tables = new TableTracker();
  /** the last paragraph of running text so far, and the page it last ran on */
  let lastFlow: { block: Block; line: Line; group: LineGroup; page: number } | null = null;

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
        blocks.push(...tables.rows(element.table, page.frame.number, continues, ctx.pitch));
        tables.lastElement = { page: page.frame.number, last: position === elements.length - 1 };
        lastFlow = null;
      } else {
        const groups = groupLines(element.lines, ctx);
        groups.forEach((group, i) => {
          // a paragraph running on from the previous page joins the block it started
          const fromPreviousPage = lastFlow !== null && lastFlow.page === page.frame.number - 1;
          if (i === 0 && position === 0 && fromPreviousPage && continuesParagraph(lastFlow!, group, ctx)) {
            lastFlow!.block.text = normaliseSpace(joinLineTexts(lastFlow!.block.text, group.text));
            lastFlow = { ...lastFlow!, line: group.lines[group.lines.length - 1]!, group, page: page.frame.number };
            return;
          }
          const block = groupToBlock(group, page.frame.number, ctx);
          blocks.push(block);
          lastFlow = { block, line: group.lines[group.lines.length - 1]!, group, page: page.frame.number };
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
