/**
 * Running text to the model's blocks: a group of lines becomes a heading, a paragraph or a list
 * item with its style; page 1's header pieces become paragraphs of their own; and a paragraph
 * that a page break cut joins up again.
 */
import { normaliseSpace, type Block } from '../../model/document.js';
import { checkBoxState } from '../text/cell-kinds.js';
import { endedShort, type FlowContext, type LineGroup } from './paragraphs.js';
import type { Line, Segment } from './types.js';

export interface DocumentContext extends FlowContext {
  bodySize: number;
  /** x of each list nesting level's bullets, left to right */
  bulletLevels: number[];
}

/** Header pieces: page 1's organisation, date and document type, each a paragraph of its own. */
export function piecesToBlocks(line: Line, segments: Segment[], page: number): Block[] {
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

/** The bold runs the first line opens with, when the group is not bold throughout ("3. Schema." before the text). */
function leadBoldOf(lines: Line[]): string | undefined {
  let lead = '';
  for (const run of lines[0]!.runs) {
    if (!/\p{L}/u.test(run.text)) { lead += run.text; continue; }
    if (!run.bold) break;
    lead += (lead && !/\s$/u.test(lead) && !/^\s/u.test(run.text) ? ' ' : '') + run.text;
  }
  const text = normaliseSpace(lead);
  return /\p{L}/u.test(text) ? text : undefined;
}

export function groupToBlock(group: LineGroup, page: number, ctx: DocumentContext): Block {
  const style = lineStyle(group.lines);
  if (!style.bold) {
    const lead = leadBoldOf(group.lines);
    if (lead) style.leadBold = lead;
  }
  const base = { text: normaliseSpace(group.text), page, style, ...(group.gapBefore ? { gapBefore: true } : {}) };
  if (group.bullet) {
    const checked = checkBoxState(group.bullet.glyph);
    return { ...base, kind: 'list-item', listLevel: levelOf(group.bullet.x, ctx.bulletLevels), ...(checked !== undefined ? { checked } : {}) };
  }
  return { ...base, kind: isHeading(group, ctx) ? 'heading' : 'paragraph' };
}

/** A short line or two set clearly larger than the body text (bold, or much larger). */
function isHeading(group: LineGroup, ctx: DocumentContext): boolean {
  const size = group.lines[0]!.size;
  const short = group.lines.length <= 3 && group.text.length <= 200;
  const larger = size >= ctx.bodySize + 0.9 && (group.lines.every((l) => l.bold) || size >= ctx.bodySize * 1.15);
  return short && larger;
}

export function continuesParagraph(last: { block: Block; line: Line; group: LineGroup }, next: LineGroup, ctx: DocumentContext): boolean {
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

export function bulletLevels(lines: Line[]): number[] {
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
