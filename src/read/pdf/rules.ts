/**
 * Ruling lines from a page's pdf.js operator list: the table borders, separators and underlines
 * the page draws. Word and LibreOffice draw a border either as a stroked line or as a thin filled
 * rectangle; both become one axis-aligned `Rule` in user space. Curves, diagonals and large
 * filled areas (cell shading, logos) are not rules.
 */
import { apply, IDENTITY, multiply, type Matrix } from './matrix.js';
import type { Rule } from './types.js';

/** The pdf.js operator codes this module reads (pdfjs `OPS`), passed in so this stays pure. */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js path data codes inside a constructPath (pdfjs `DrawOPS`). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

/** A filled rectangle thinner than this (points) is a drawn line, not an area. */
const MAX_RULE_THICKNESS = 2.5;
/** How far from axis-aligned (points) a segment may be and still count as a rule. */
const AXIS_SLACK = 0.6;
/** Shorter segments are dots, ticks or glyph parts, not rules. */
const MIN_RULE_LENGTH = 4;

/** `initial` maps user space to the space the rules are wanted in (see matrix.ts pageSpace). */
export function extractRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: PathOps, initial: Matrix = IDENTITY): Rule[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const rules: Rule[] = [];
  let ctm: Matrix = initial;
  const stack: Matrix[] = [];

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as number[] | null | undefined;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, matrix as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paintOp = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      if (strokes.has(paintOp)) rules.push(...strokedRules(data, ctm));
      else if (fills.has(paintOp)) rules.push(...filledRules(data, ctm));
    }
  }
  return rules;
}

/** Every straight axis-aligned piece of a stroked path is a rule. */
function strokedRules(path: ArrayLike<number>, ctm: Matrix): Rule[] {
  const out: Rule[] = [];
  for (const polygon of polygons(path, ctm)) {
    for (let k = 1; k < polygon.length; k++) {
      const rule = toRule(polygon[k - 1]!, polygon[k]!);
      if (rule) out.push(rule);
    }
  }
  return out;
}

/** A thin filled rectangle is a rule along its long side. */
function filledRules(path: ArrayLike<number>, ctm: Matrix): Rule[] {
  const out: Rule[] = [];
  for (const polygon of polygons(path, ctm)) {
    if (polygon.length < 4 || polygon.length > 5) continue;
    const xs = polygon.map((p) => p[0]);
    const ys = polygon.map((p) => p[1]);
    const left = Math.min(...xs), right = Math.max(...xs), bottom = Math.min(...ys), top = Math.max(...ys);
    // a rectangle: every corner sits on its bounding box' corners
    const isRect = polygon.every(([x, y]) => (near(x, left) || near(x, right)) && (near(y, bottom) || near(y, top)));
    if (!isRect) continue;
    const w = right - left, h = top - bottom;
    if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) out.push({ x0: left, x1: right, y0: (top + bottom) / 2, y1: (top + bottom) / 2 });
    else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) out.push({ x0: (left + right) / 2, x1: (left + right) / 2, y0: bottom, y1: top });
  }
  return out;
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= AXIS_SLACK;

/** The path's straight-line subpaths as point lists in user space; a curve ends a polygon. */
function polygons(path: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  const flush = (): void => {
    if (current.length > 1) out.push(current);
    current = [];
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE_TO) {
      flush();
      current.push(apply(ctm, path[i]!, path[i + 1]!));
      i += 2;
    } else if (op === LINE_TO) {
      current.push(apply(ctm, path[i]!, path[i + 1]!));
      i += 2;
    } else if (op === CURVE_TO) {
      flush();
      current.push(apply(ctm, path[i + 4]!, path[i + 5]!));
      i += 6;
    } else if (op === CLOSE_PATH) {
      if (current.length > 1) current.push(current[0]!);
      flush();
    } else break; // unknown code: the rest cannot be parsed reliably
  }
  flush();
  return out;
}

function toRule(a: [number, number], b: [number, number]): Rule | null {
  const dx = Math.abs(a[0] - b[0]), dy = Math.abs(a[1] - b[1]);
  if (dy <= AXIS_SLACK && dx >= MIN_RULE_LENGTH) {
    const y = (a[1] + b[1]) / 2;
    return { x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: y, y1: y };
  }
  if (dx <= AXIS_SLACK && dy >= MIN_RULE_LENGTH) {
    const x = (a[0] + b[0]) / 2;
    return { x0: x, x1: x, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) };
  }
  return null;
}
