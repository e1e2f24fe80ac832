/**
 * Rebuilds the rows of a flattened minutes table from its text blocks. pdftotext writes a table
 * cell by cell, row by row, and drops empty cells, so the row boundaries are gone; what is left
 * is the grammar of a minutes row — a title cell, one or more text cells, an owner cell last —
 * and the page breaks, after which the cells of a row cut at the page bottom go on.
 *
 * The parser tries every way to read the blocks as rows (a dynamic programme over the blocks) and
 * keeps the cheapest by the costs in cell-costs.ts, within the column count of the header.
 */
import { isOwnerLike, isTimeOnly } from './cell-kinds.js';
import { COST, continuationCost, joinedTitleEvidence, textCost, titleCost, type CostContext } from './cell-costs.js';
import { assignContinuations, type RowCellSlot } from './continuations.js';
import { splitJoinedLine } from './title-split.js';

export interface TableGroup {
  /** line texts, '' for blank lines (empty paragraphs) */
  lines: string[];
  /** the first non-blank line as written (its inner spacing tells where two cells were joined) */
  firstRaw: string;
  page: number;
  /** first block on a new page (after a page break or a repeated header row) */
  afterBreak: boolean;
  /** the block's first line started with a space: pdftotext's trace of an empty cell before it */
  leadingSpace: boolean;
}

export interface ParsedCell {
  lines: string[];
  leadingSpace: boolean;
}

export interface ParsedRow {
  title: ParsedCell | null;
  texts: ParsedCell[];
  owner: ParsedCell | null;
  page: number;
  /** blocks from the top of the next page(s) that go on with this row, in order */
  continuations: ParsedCell[][];
}

export interface RowLayout {
  /** number of columns in the header */
  columns: number;
  hasOwnerColumn: boolean;
}

type Step =
  | { kind: 'row'; from: number; row: ParsedRow }
  | { kind: 'continuation'; from: number; cells: ParsedCell[] };

const cellOf = (g: TableGroup): ParsedCell => ({ lines: g.lines, leadingSpace: g.leadingSpace });

export function parseRows(groups: TableGroup[], layout: RowLayout, ctx: CostContext): ParsedRow[] {
  const n = groups.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<Step | null>(n + 1).fill(null);
  best[0] = 0;
  const relax = (to: number, cost: number, step: Step): void => {
    if (cost < best[to]!) {
      best[to] = cost;
      back[to] = step;
    }
  };
  const sameRow = (k: number): boolean => k < n && !groups[k]!.afterBreak;

  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    const base = best[i]!;
    // the row the parse ended with (a row can run over more than one page break)
    let previous = back[i];
    while (previous?.kind === 'continuation') previous = back[previous.from];

    // blocks at the top of a page that carry on the row cut at the bottom of the last one
    if (groups[i]!.afterBreak && previous?.kind === 'row') {
      const slots = rowSlots(previous.row);
      let cost = base;
      for (let m = 1; m <= layout.columns && i + m - 1 < n; m++) {
        const g = groups[i + m - 1]!;
        if (m > 1 && g.afterBreak) break;
        cost += continuationCost(g.lines, previous.row) + joinedTitleEvidence(g.lines.filter(Boolean), g.firstRaw);
        const run = groups.slice(i, i + m);
        const fit = assignContinuations(slots, run.map((r) => r.lines), ctx.firstNames).cost;
        relax(i + m, cost + fit, { kind: 'continuation', from: i, cells: run.map(cellOf) });
      }
    }

    for (const start of titleOptions(groups, i, sameRow, ctx)) {
      const maxTexts = layout.columns - 1 - (layout.hasOwnerColumn ? 1 : 0) - start.texts.length;
      // a title line ending in a run of spaces: the cells beside it were empty
      const emptyBeside = start.title !== null && / {2,}$/.test(start.titleRaw);
      let j = start.next;
      let cost = base + start.cost;
      const texts = [...start.texts];
      for (let k = 0; k <= maxTexts; k++) {
        if (k > 0) {
          if (j >= n || (j > i && !sameRow(j))) break;
          cost += textCost(groups[j]!.lines, groups[j]!.firstRaw, ctx);
          texts.push(cellOf(groups[j]!));
          j++;
        }
        if (j === i) continue; // a row takes at least one block
        const row = (owner: ParsedCell | null): ParsedRow => ({ title: start.title, texts: [...texts], owner, page: groups[i]!.page, continuations: [] });

        if (start.title && texts.length === 0) {
          relax(j, cost + (emptyBeside ? COST.titleOnlyAfterEmptyCells : COST.titleOnly), { kind: 'row', from: i, row: row(null) });
        }
        const rowCost = cost + (emptyBeside && texts.length > 0 ? COST.textBesideEmptyCells : 0);
        const used = (start.title ? 1 : 0) + texts.length;
        if (layout.hasOwnerColumn && j > i && sameRow(j) && isOwnerLike(groups[j]!.lines.filter(Boolean).join(' '), ctx.firstNames)) {
          const missing = Math.max(0, layout.columns - used - 1);
          relax(j + 1, rowCost + missing * COST.missingCell, { kind: 'row', from: i, row: row(cellOf(groups[j]!)) });
        }
        if (start.title && texts.length === 0) continue;
        const atBreak = j >= n || groups[j]!.afterBreak;
        const noOwner = layout.hasOwnerColumn ? (atBreak ? COST.noOwnerAtBreak : COST.noOwner) : 0;
        const missing = Math.max(0, layout.columns - used - (layout.hasOwnerColumn ? 1 : 0));
        relax(j, rowCost + noOwner + missing * COST.missingCell, { kind: 'row', from: i, row: row(null) });
      }
    }
  }

  // walk back along the cheapest parse
  const steps: Step[] = [];
  for (let at = n; at > 0; ) {
    const step = back[at];
    if (!step) break;
    steps.push(step);
    at = step.from;
  }
  steps.reverse();
  const rows: ParsedRow[] = [];
  for (const step of steps) {
    if (step.kind === 'row') rows.push(step.row);
    else rows[rows.length - 1]?.continuations.push(step.cells);
  }
  return rows;
}

/** The block's first line is clearly longer than its other lines: two cells' lines joined. */
function firstLineOverlong(lines: string[]): boolean {
  const content = lines.filter(Boolean);
  const others = content.slice(1).map((l) => l.length);
  return others.length > 0 && content[0]!.length >= 1.25 * Math.max(...others);
}

/** The row's cells as the continuation placement sees them. */
export function rowSlots(row: ParsedRow): RowCellSlot[] {
  return [
    ...(row.title ? [{ kind: 'title' as const, lines: row.title.lines }] : []),
    ...row.texts.map((t) => ({ kind: 'text' as const, lines: t.lines })),
    ...(row.owner ? [{ kind: 'owner' as const, lines: row.owner.lines }] : []),
  ];
}

interface TitleStart {
  title: ParsedCell | null;
  /** the title's first line as written */
  titleRaw: string;
  /** a text cell the title's line also held */
  texts: ParsedCell[];
  next: number;
  cost: number;
}

/** The ways a row can begin at block i. */
function titleOptions(groups: TableGroup[], i: number, sameRow: (k: number) => boolean, ctx: CostContext): TitleStart[] {
  const g = groups[i]!;
  const options: TitleStart[] = [{ title: cellOf(g), titleRaw: g.firstRaw, texts: [], next: i + 1, cost: titleCost(g.lines, ctx) }];

  // a time slot printed in a block of its own before or after the title ("Kl 15-16")
  const next = groups[i + 1];
  if (next && sameRow(i + 1)) {
    const joined = { lines: [...g.lines, ...next.lines], leadingSpace: g.leadingSpace };
    if (isTimeOnly(g.lines.filter(Boolean).join(' '))) options.push({ title: joined, titleRaw: next.firstRaw, texts: [], next: i + 2, cost: titleCost(next.lines, ctx) });
    if (isTimeOnly(next.lines.filter(Boolean).join(' '))) options.push({ title: joined, titleRaw: g.firstRaw, texts: [], next: i + 2, cost: titleCost(g.lines, ctx) });
  }

  // a one-line title joined with the first line of the next cell
  const split = splitJoinedLine(g.firstRaw);
  if (split) {
    const firstIndex = g.lines.findIndex(Boolean);
    const rest = g.lines.slice(firstIndex + 1);
    options.push({
      title: { lines: [split.left], leadingSpace: g.leadingSpace },
      titleRaw: split.left,
      texts: [{ lines: [split.right, ...rest], leadingSpace: false }],
      next: i + 1,
      cost:
        (split.by === 'gap' ? COST.splitAtGap : COST.splitAtCapital - (firstLineOverlong(g.lines) ? COST.overlongLineSplitBonus : 0)) +
        titleCost([split.left], ctx),
    });
  }

  // a title of a few lines and the next cell in one block, the cell starting on a line of its own
  const content = g.lines.map((text, index) => ({ text, index })).filter((l) => l.text);
  for (let l = 1; l <= Math.min(3, content.length - 1); l++) {
    const titleLines = content.slice(0, l).map((c) => c.text);
    const nextLine = content[l]!.text;
    if (titleLines.some((t) => /[.!?:]$/.test(t)) || !/^\p{Lu}/u.test(nextLine)) continue;
    options.push({
      title: { lines: titleLines, leadingSpace: g.leadingSpace },
      titleRaw: titleLines[0]!,
      texts: [{ lines: g.lines.slice(content[l]!.index), leadingSpace: false }],
      next: i + 1,
      cost: COST.splitAtLine + titleCost(titleLines, ctx),
    });
  }

  // no title: the title cell is merged down from the row above (sub-rows of one item)
  options.push({ title: null, titleRaw: '', texts: [], next: i, cost: /^[•▪◦●\-–]/u.test(g.firstRaw.trim()) ? COST.noTitleBeforeBullet : COST.noTitle });
  return options;
}
