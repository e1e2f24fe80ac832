/**
 * Table grids from ruling lines. Borders that touch form one table; the distinct x of its
 * vertical borders are the column boundaries and the distinct y of its horizontal borders the row
 * boundaries. Two neighbouring grid slots belong to one merged cell when no border separates
 * them: a full-width section row, a Rubrik cell merged down over two rows, a form table whose rows
 * split the width differently.
 */
import { isHorizontal, type Rect, type Rule } from './types.js';

export interface GridCell {
  rect: Rect;
  /** first grid row (0 = top) and column (0 = left) the cell covers */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  rect: Rect;
  /** column boundaries, left to right */
  xs: number[];
  /** row boundaries, top to bottom */
  ys: number[];
  cells: GridCell[];
}

/** Borders closer than this (points) are the same line; LibreOffice draws each cell's own. */
const SAME_LINE = 2;
/** How close (points) a border must come to another to touch it. */
const TOUCH = 2.5;

export function findGrids(rules: Rule[]): Grid[] {
  const horizontals = mergeCollinear(rules.filter(isHorizontal), true);
  const verticals = mergeCollinear(rules.filter((r) => !isHorizontal(r)), false);
  return clusters(horizontals, verticals)
    .map(({ hs, vs }) => buildGrid(hs, vs))
    .filter((g): g is Grid => g !== null);
}

/** Joins pieces of one line (same y for horizontals, same x for verticals) that touch or overlap. */
function mergeCollinear(rules: Rule[], horizontal: boolean): Rule[] {
  const pos = (r: Rule): number => (horizontal ? r.y0 : r.x0);
  const start = (r: Rule): number => (horizontal ? r.x0 : r.y0);
  const end = (r: Rule): number => (horizontal ? r.x1 : r.y1);
  const sorted = [...rules].sort((a, b) => pos(a) - pos(b) || start(a) - start(b));
  const out: Rule[] = [];
  for (const r of sorted) {
    const same = out.find((o) => Math.abs(pos(o) - pos(r)) <= SAME_LINE && start(r) <= end(o) + TOUCH && end(r) >= start(o) - TOUCH);
    if (!same) {
      out.push({ ...r });
      continue;
    }
    if (horizontal) {
      same.x0 = Math.min(same.x0, r.x0);
      same.x1 = Math.max(same.x1, r.x1);
    } else {
      same.y0 = Math.min(same.y0, r.y0);
      same.y1 = Math.max(same.y1, r.y1);
    }
  }
  return out;
}

const touches = (h: Rule, v: Rule): boolean =>
  v.x0 >= h.x0 - TOUCH && v.x0 <= h.x1 + TOUCH && h.y0 >= v.y0 - TOUCH && h.y0 <= v.y1 + TOUCH;

/** Groups of borders connected through crossings; lone lines (separators, underlines) drop out. */
function clusters(hs: Rule[], vs: Rule[]): { hs: Rule[]; vs: Rule[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  hs.forEach((h, i) => vs.forEach((v, j) => {
    if (touches(h, v)) parent[find(i)] = find(hs.length + j);
  }));
  const byRoot = new Map<number, { hs: Rule[]; vs: Rule[] }>();
  [...hs, ...vs].forEach((r, i) => {
    const root = find(i);
    if (!byRoot.has(root)) byRoot.set(root, { hs: [], vs: [] });
    (i < hs.length ? byRoot.get(root)!.hs : byRoot.get(root)!.vs).push(r);
  });
  return [...byRoot.values()].filter((c) => c.hs.length >= 2 && c.vs.length >= 1);
}

/** Distinct positions, close ones averaged. */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SAME_LINE) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function buildGrid(hs: Rule[], vs: Rule[]): Grid | null {
  const left = Math.min(...hs.map((h) => h.x0), ...vs.map((v) => v.x0));
  const right = Math.max(...hs.map((h) => h.x1), ...vs.map((v) => v.x0));
  const bottom = Math.min(...vs.map((v) => v.y0), ...hs.map((h) => h.y0));
  const top = Math.max(...vs.map((v) => v.y1), ...hs.map((h) => h.y0));
  // the outer edges count as boundaries even where a table style draws no outer border
  const xs = distinct([left, right, ...vs.map((v) => v.x0)]);
  const ys = distinct([bottom, top, ...hs.map((h) => h.y0)]).reverse();
  if (xs.length < 2 || ys.length < 2) return null;
  if (xs.length === 2 && ys.length === 2) return null; // one box around some text: not a table

  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(vs, xs[c + 1]!, ys[r + 1]!, ys[r]!, false)) union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && !covered(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!, true)) union(id(r, c), id(r + 1, c));
    }
  }

  const slots = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const s = slots.get(root);
      if (!s) slots.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        s.r0 = Math.min(s.r0, r); s.r1 = Math.max(s.r1, r);
        s.c0 = Math.min(s.c0, c); s.c1 = Math.max(s.c1, c);
      }
    }
  }
  const cells: GridCell[] = [...slots.values()]
    .map((s) => ({
      rect: { left: xs[s.c0]!, right: xs[s.c1 + 1]!, top: ys[s.r0]!, bottom: ys[s.r1 + 1]! },
      row: s.r0,
      col: s.c0,
      rowSpan: s.r1 - s.r0 + 1,
      colSpan: s.c1 - s.c0 + 1,
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { rect: { left, right, top, bottom }, xs, ys, cells };
}

/**
 * Whether a border lies along `at` over most of the span from..to (a vertical one at x = at over
 * y from..to, or a horizontal one at y = at over x from..to).
 */
function covered(rules: Rule[], at: number, from: number, to: number, horizontal: boolean): boolean {
  const span = to - from;
  let length = 0;
  for (const r of rules) {
    const pos = horizontal ? r.y0 : r.x0;
    if (Math.abs(pos - at) > SAME_LINE) continue;
    const s = horizontal ? r.x0 : r.y0;
    const e = horizontal ? r.x1 : r.y1;
    length += Math.max(0, Math.min(e, to) - Math.max(s, from));
  }
  return length >= 0.5 * span;
}
