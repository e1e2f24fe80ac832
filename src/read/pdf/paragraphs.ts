/**
 * Lines to paragraphs. PDFs keep no paragraphs, only wrapped lines; a line continues the
 * paragraph above it unless something says it starts a new one:
 *  - a list bullet;
 *  - more vertical space than the line spacing of that font size;
 *  - a change of font size, bold or italic, or from running text to a line in capitals;
 *  - a change of indent (other than a first-line indent, a list item's or a numbered
 *    paragraph's hanging indent, or centred lines);
 *  - the line above is set in tab columns ("Name <tab> Role <tab> (JK)": one entry per line);
 *  - the line above ended clearly short of the right margin: the first word of this line would
 *    have fitted there, so that line did not wrap, it ended (one-entry-per-line lists).
 * The same rules serve the running text of a page and the text inside one table cell; only the
 * margins differ.
 */
import { joinLineTexts } from './hyphens.js';
import type { Line } from './types.js';
import { textEm } from './widths.js';

export interface FlowContext {
  /** where wrapped lines end: the text column's (or cell's) right margin */
  rightEdge: number;
  /** where the text column's (or cell's) lines start */
  leftEdge: number;
  /** the usual baseline-to-baseline distance for a font size */
  pitch: (size: number) => number;
}

export interface LineGroup {
  lines: Line[];
  /** the paragraph's text: its lines joined, hyphenated words made whole, bullet removed */
  text: string;
  /** a list item: the bullet's x and glyph */
  bullet: { glyph: string; x: number } | null;
  /** vertical space before it beyond the line spacing */
  gapBefore: boolean;
  /** how many empty lines fit in that space (empty paragraphs typed for alignment) */
  emptyBefore: number;
}

/** How far (points) two left edges may differ and still count as the same indent. */
const INDENT_SLACK = 3;

export function groupLines(lines: Line[], ctx: FlowContext): LineGroup[] {
  const groups: LineGroup[] = [];
  let group: LineGroup | null = null;
  let prev: Line | null = null;
  for (const line of lines) {
    const spacing = prev ? verticalSpacing(prev, line, ctx) : { gap: false, empty: 0 };
    const startsNew: boolean = !group || !prev || spacing.gap || startsParagraph(prev, line, group, ctx);
    const certainBullet = line.bullet?.certain === true;
    const typedBullet: boolean = !!line.bullet && !line.bullet.certain && (startsNew || (group !== null && group.bullet !== null));
    if (startsNew || certainBullet || typedBullet) {
      group = {
        lines: [line],
        text: '',
        bullet: (certainBullet || typedBullet) && line.bullet ? { glyph: line.bullet.glyph, x: line.x0 } : null,
        gapBefore: spacing.gap,
        emptyBefore: spacing.empty,
      };
      groups.push(group);
    } else group!.lines.push(line);
    prev = line;
  }
  for (const g of groups) g.text = groupText(g);
  return groups;
}

function groupText(g: LineGroup): string {
  const texts = g.lines.map((l) => l.text);
  if (g.bullet) texts[0] = stripBullet(texts[0]!, g.bullet.glyph);
  return texts.reduce((acc, t) => joinLineTexts(acc, t));
}

/** The line without its bullet: a glyph, or a typed check box ("[x]") of several characters. */
function stripBullet(text: string, glyph = text.trim()[0] ?? ''): string {
  return text.trimStart().slice(glyph.length).trimStart();
}

function verticalSpacing(prev: Line, line: Line, ctx: FlowContext): { gap: boolean; empty: number } {
  const distance = prev.y - line.y;
  const pitch = Math.max(ctx.pitch(prev.size), ctx.pitch(line.size));
  if (distance < 0) return { gap: false, empty: 0 }; // reading order went back up: not a gap
  const extra = distance - pitch;
  const gap = extra > Math.max(1.5, 0.12 * pitch);
  // one empty paragraph adds one line pitch; paragraph spacing alone adds less
  const empty = gap ? Math.max(0, Math.floor(extra / ctx.pitch(line.size) + 0.3)) : 0;
  return { gap, empty };
}

function startsParagraph(prev: Line, line: Line, group: LineGroup, ctx: FlowContext): boolean {
  if (line.y > prev.y) return true; // a new column or a jump in reading order
  if (prev.bold !== line.bold || prev.italic !== line.italic) return true;
  if (Math.abs(prev.size - line.size) >= 1) return true;
  if (isWrappedTabStop(prev, line, ctx)) return false;
  // text set in tab columns ("Name <tab> Role <tab> (JK)") is one entry per line; a number set
  // off by a tab ("1. <tab> text") is not a column
  const numberColumn = prev.segments.length === 2 && prev.hangingX === prev.segments[1]!.x0;
  if (prev.segments.length > 1 && !numberColumn) return true;
  if (indentChanges(prev, line, group)) return true;
  // a line in capitals under a line that is not ("... i juni." / "LOKALFRÅGAN"): older minutes
  // set their headings that way, in the body font
  // (not the wrapped end of a list item, at its text's indent: "… till nästa" / "APT")
  if (isCapitals(line.text) && !isCapitals(prev.text) && !atListTextIndent(line, group)) return true;
  // and the text under such a heading, when the heading filled its line, starts a paragraph of its own
  if (isCapitals(prev.text) && !isCapitals(line.text) && /\p{Ll}/u.test(line.text)) return true;
  return endedShort(prev, line, ctx);
}

/** A line that starts where the text of the list item above starts (its hanging indent). */
function atListTextIndent(line: Line, group: LineGroup): boolean {
  if (!group.bullet) return false;
  const textX = group.lines[0]!.bullet?.textX ?? group.bullet.x;
  return Math.abs(line.x0 - textX) <= INDENT_SLACK;
}

/** A short line with no lower-case letter and a run of capitals: "BIDRAG TILL FÖRENINGAR". */
function isCapitals(text: string): boolean {
  return text.length <= 80 && /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A short piece alone at the right margin under a line of the same style: the right-tab part of
 * that line ("... (JK) <tab> I/D/B") pushed onto the next line because the line was full.
 */
function isWrappedTabStop(prev: Line, line: Line, ctx: FlowContext): boolean {
  const width = line.x1 - line.x0;
  return (
    line.segments.length === 1 &&
    line.x0 > prev.x0 + 0.5 * (ctx.rightEdge - prev.x0) &&
    Math.abs(line.x1 - ctx.rightEdge) <= Math.max(3, 0.5 * line.size) &&
    width < 0.25 * (ctx.rightEdge - prev.x0)
  );
}

function indentChanges(prev: Line, line: Line, group: LineGroup): boolean {
  if (group.bullet) {
    // a list item continues on lines that start where its text starts (hanging indent)
    const textX = group.lines[0]!.bullet?.textX ?? group.bullet.x;
    return Math.abs(line.x0 - textX) > INDENT_SLACK && Math.abs(line.x0 - prev.x0) > INDENT_SLACK;
  }
  if (Math.abs(line.x0 - prev.x0) <= INDENT_SLACK) return false;
  // a numbered paragraph goes on where the text after its number starts
  const hanging = group.lines[0]!.hangingX;
  if (hanging !== undefined && Math.abs(line.x0 - hanging) <= INDENT_SLACK) return false;
  // a first-line indent: the paragraph's second line starts left of its first
  // (up to an inch: typewritten protocols indent by a tab stop, 8-10 characters)
  if (group.lines.length === 1 && line.x0 < prev.x0 && prev.x0 - line.x0 <= 75) return false;
  // centred lines share their middle, not their left edge
  const mid = (l: Line): number => (l.x0 + l.x1) / 2;
  if (Math.abs(mid(prev) - mid(line)) <= INDENT_SLACK) return false;
  return true;
}

/** The line above would have had room for this line's first word: it ended, it did not wrap. */
/** Typewriter fonts, whose characters are all one width. */
const MONOSPACE_FONT = /courier|mono|consol|typewriter|prestige|letter ?gothic|lucida ?console/iu;

export function endedShort(prev: Line, line: Line, ctx: FlowContext): boolean {
  if (/[\p{L}\p{N}][-\u00AD]$/u.test(prev.text)) return false; // hyphenated: it wrapped
  const firstWord = /^\S+/u.exec(line.bullet ? stripBullet(line.text, line.bullet.glyph) : line.text)?.[0] ?? '';
  // in a typewriter font every character is as wide as any other ("(s)" is three full widths),
  // which proportional estimates put far narrower
  const monospace = prev.runs.length > 0 && prev.runs.every((r) => MONOSPACE_FONT.test(r.font));
  const charWidth = prev.text.length ? (prev.x1 - prev.x0) / prev.text.length : 0;
  const wordWidth = monospace ? firstWord.length * charWidth : textEm(firstWord) * line.emWidth;
  const space = monospace ? charWidth : textEm(' ') * prev.emWidth;
  // centred lines: would the word have fitted in the line's width, centred again
  const mid = (l: Line): number => (l.x0 + l.x1) / 2;
  const centred =
    Math.abs(mid(prev) - mid(line)) <= INDENT_SLACK &&
    Math.abs(prev.x0 - line.x0) > INDENT_SLACK &&
    Math.min(prev.x0, line.x0) > ctx.leftEdge + INDENT_SLACK;
  // half a point of slack: the widths are estimates
  if (centred) return prev.x1 - prev.x0 + space + wordWidth + 0.5 < ctx.rightEdge - ctx.leftEdge;
  return prev.x1 + space + wordWidth + 0.5 < ctx.rightEdge;
}
