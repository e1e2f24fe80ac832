/**
 * One table cell's lines to the model's cell: its paragraphs in order, with '' for each empty
 * line's worth of vertical space between them (secretaries type empty paragraphs to set an
 * Ansvarig entry level with its action, and the next stage pairs them by that position).
 * List items in a cell become their own paragraphs, bullet removed.
 */
import { makeCell, type Cell } from '../../model/document.js';
import { groupLines, type FlowContext } from './paragraphs.js';
import type { Line, Rect } from './types.js';

export function cellFromLines(lines: Line[], rect: Rect, colSpan: number, rowSpan: number, pitch: FlowContext['pitch']): Cell {
  if (!lines.length) return makeCell([], colSpan, rowSpan);
  // text sits as far from the right border as from the left one
  const left = Math.min(...lines.map((l) => l.x0));
  const padding = Math.max(1, left - rect.left);
  const groups = groupLines(lines, { leftEdge: left, rightEdge: rect.right - padding, pitch });
  const paragraphs: string[] = [];
  groups.forEach((g, i) => {
    if (i > 0) for (let k = 0; k < g.emptyBefore; k++) paragraphs.push('');
    paragraphs.push(g.text);
  });
  return makeCell(paragraphs, colSpan, rowSpan);
}

/** All of the cell's text is bold (a header row, a Rubrik). */
export const allBold = (lines: Line[]): boolean => lines.length > 0 && lines.every((l) => l.bold);
