/**
 * Rows of a flattened table by what its columns hold. pdftotext writes a table cell by cell, row
 * by row, and drops the empty cells; where the columns are not the "title, text, owner" of the
 * classic minutes table (table-rows.ts) — "Vad | Vem | När", "Nr | Fråga | Åtgärd | Vem | Klart",
 * "# | Ämne | Kommentar | Deadline | Ägare" — each block is put in the column its words fit, in
 * column order within a row: a number in the number column, initials and names in the owner
 * column, a date in the date column, sentences in the text columns. A block that cannot follow
 * the one before it in the same row starts a new row; after a page break, blocks may go on with
 * the cells of the row cut at the page bottom. The cheapest reading of the whole table is kept
 * (a dynamic programme over the blocks and columns).
 */
import { isDateCell, type TableColumnRole } from '../../lexicon/index.js';
import { endsSentence, isOwnerLike, namesPeople, startsLowerCase } from './cell-kinds.js';
import type { CostContext } from './cell-costs.js';
import type { TableGroup } from './table-rows.js';

export interface ColumnRow {
  /** the lines of each column's cell, in column order ([] for an empty cell) */
  cells: string[][];
  page: number;
}

/** What a column takes, from its header role ("Punkt" may hold numbers or titles). */
export type ColumnKind = 'number' | 'label' | 'title' | 'text' | 'owner' | 'deadline' | 'status';

export function columnKinds(roles: TableColumnRole[], titles: string[]): ColumnKind[] {
  return roles.map((r, k) => {
    if (r === 'number') return /^(?:punkt|pkt)$/i.test(titles[k]!.trim()) ? 'label' : 'number';
    if (r === 'title') return 'title';
    if (r === 'owner' || r === 'deadline' || r === 'status') return r;
    return 'text';
  });
}

const COST = {
  /** each column left empty inside a row, and before a row's first cell */
  missingCell: 0.3,
  missingLeadingCell: 1.5,
  /** another paragraph of the same cell, in its own block */
  sameTextCell: 0.6,
  sameShortCell: 2,
  /** a block at the top of a page going on with a cell of the row cut above */
  continuation: 0.4,
  continuationLowerCase: 0,
  continuationAfterSentence: 1.5,
} as const;

const NUMBER = /^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*(?:\s?[a-h])?[.)]?$/u;
const textOf = (g: TableGroup) => g.lines.filter(Boolean).join(' ').trim();

/** Capitalised words and nothing else, a few of them: "Maria Öhman", "Jonas Ekström och PL". */
function isNameList(text: string): boolean {
  if (text.length > 40 || /\d|[.!?:]$/.test(text)) return false;
  const words = text.split(/[\s,/&+]+/u).filter((w) => w && !/^(?:och|samt)$/u.test(w));
  return words.length > 0 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** How poorly a block fits a column. */
function fit(g: TableGroup, kind: ColumnKind, ctx: CostContext): number {
  const text = textOf(g);
  const owner = isOwnerLike(text, ctx.firstNames) || namesPeople(text, ctx.firstNames, ctx.initials) || isNameList(text);
  const date = isDateCell(text);
  const number = NUMBER.test(text);
  const sentence = endsSentence(text) || text.length > 80;
  switch (kind) {
    case 'number': return number ? 0 : 4;
    case 'label': return number ? 0 : sentence ? 2 : 0.2;
    case 'title': return number ? 2 : (sentence ? 1 : 0) + (owner || date ? 1 : 0) + (startsLowerCase(text) ? 1 : 0);
    case 'text': return number ? 2 : owner || date ? 0.8 : 0;
    case 'owner': return owner ? 0 : date || number ? 4 : 3;
    case 'deadline': return date ? 0 : owner || number ? 3 : 2.5;
    case 'status': return text.split(/\s+/).length <= 3 && !number ? 0.3 : 2;
  }
}

const isText = (k: ColumnKind) => k === 'text' || k === 'title';

type Back = { from: number; column: number; kind: 'row' | 'same' | 'next' | 'continue' };

export function parseColumnRows(groups: TableGroup[], kinds: ColumnKind[], ctx: CostContext): ColumnRow[] {
  const n = groups.length;
  const m = kinds.length;
  if (!n) return [];
  // f[j][c]: cheapest reading of blocks 0..j with block j in column c
  const f = Array.from({ length: n }, () => new Array<number>(m).fill(Infinity));
  const back: (Back | null)[][] = Array.from({ length: n }, () => new Array<Back | null>(m).fill(null));
  const fits = groups.map((g) => kinds.map((k) => fit(g, k, ctx)));
  const newRow = (c: number) => c * COST.missingLeadingCell;
  for (let c = 0; c < m; c++) f[0]![c] = fits[0]![c]! + newRow(c);

  for (let j = 1; j < n; j++) {
    const g = groups[j]!;
    for (let c = 0; c < m; c++) {
      const here = fits[j]![c]!;
      for (let p = 0; p < m; p++) {
        const base = f[j - 1]![p]!;
        if (base === Infinity) continue;
        const relax = (cost: number, kind: Back['kind']) => {
          if (base + cost < f[j]![c]!) {
            f[j]![c] = base + cost;
            back[j]![c] = { from: p, column: c, kind };
          }
        };
        // a new row; the row before leaves its last columns empty
        relax(here + newRow(c) + (m - 1 - p) * COST.missingCell, 'row');
        if (g.afterBreak) {
          // the row cut at the page bottom goes on in any of its cells
          const previous = textOf(groups[j - 1]!);
          const lower = startsLowerCase(textOf(g));
          const cost = lower ? COST.continuationLowerCase : endsSentence(previous) ? COST.continuationAfterSentence : COST.continuation;
          relax(here + cost, 'continue');
          continue;
        }
        if (c > p) relax(here + (c - p - 1) * COST.missingCell, 'next');
        if (c === p) relax(here + (isText(kinds[c]!) ? COST.sameTextCell : COST.sameShortCell), 'same');
      }
    }
  }

  // walk back along the cheapest reading
  let column = 0;
  for (let c = 1; c < m; c++) if (f[n - 1]![c]! < f[n - 1]![column]!) column = c;
  const steps: { column: number; kind: Back['kind'] }[] = new Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const b = back[j]![column];
    steps[j] = { column, kind: j === 0 ? 'row' : b!.kind };
    if (b) column = b.from;
  }
  const rows: ColumnRow[] = [];
  steps.forEach((s, j) => {
    const g = groups[j]!;
    if (s.kind === 'row' || !rows.length) rows.push({ cells: kinds.map(() => []), page: g.page });
    const cell = rows[rows.length - 1]!.cells[s.column]!;
    if (cell.length && s.kind !== 'continue') cell.push('');
    cell.push(...g.lines);
  });
  return rows;
}
