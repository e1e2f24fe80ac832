/**
 * How unlikely a text block is in each role of a minutes-table row: title cell, text cell,
 * owner cell, or the continuation of a row cut by a page break. Costs are small numbers, added
 * along a parse; the row parser picks the cheapest reading of the whole table. They encode how
 * minutes tables are written, not the sample files: titles are short noun phrases (no sentences,
 * no "Annika återkommer"), owners are initials, names and group words, and a row cut at a page
 * bottom goes on at the top of the next page.
 */
import { endsSentence, isOwnerLike, isTimeOnly, namesPeople, startsLowerCase, startsWithBullet } from './cell-kinds.js';
import { splitJoinedLine } from './title-split.js';

export interface CostContext {
  firstNames: Set<string>;
  /** initials the document gives people ("(AA)") */
  initials: Set<string>;
}

export const COST = {
  /** a row whose first cell is empty (a title cell merged down from the row above) */
  noTitle: 3,
  noTitleBeforeBullet: 1,
  /** a row with a title and nothing else: check-in, check-out, a section heading across the table */
  titleOnly: 1.5,
  /** a row without an owner cell, in the middle of a page / right before a page break */
  noOwner: 2,
  noOwnerAtBreak: 0.7,
  /** each column the row leaves empty */
  missingCell: 0.3,
  /** title and first text cell joined on one line, split at a wide gap / at a capitalised word */
  splitAtGap: 0.1,
  splitAtCapital: 0.6,
  /** ... cheaper when the joined line is clearly longer than the block's other lines */
  overlongLineSplitBonus: 0.4,
  /** text cells in a row whose title line ends in a run of spaces (the cells beside were empty) */
  textBesideEmptyCells: 1,
  /** title cell and text cell in one block, the text starting on a new line */
  splitAtLine: 0.8,
  /** a block at the top of a page that goes on with the row cut at the previous page's bottom */
  continuationLowerCase: 0,
  continuationAfterOpenRow: 0.2,
  continuation: 0.4,
  continuationAfterFinishedRow: 1.5,
  /** the title line ends in a run of spaces: the cells beside it on that line were empty */
  titleOnlyAfterEmptyCells: 0.5,
} as const;

export function titleCost(lines: string[], ctx: CostContext): number {
  const content = lines.filter(Boolean);
  if (content.length === 0) return 5;
  const text = content.join(' ');
  let cost = 0;
  if (startsWithBullet(text)) cost += 3;
  if (startsLowerCase(text)) cost += 2;
  if (namesPeople(text, ctx.firstNames, ctx.initials)) cost += 2;
  // a person and a verb: "Annika återkommer med ...", "AA bokar en tid": a sentence, not a title
  const [first, second] = text.split(/\s+/);
  if (first && second && (ctx.firstNames.has(first) || ctx.initials.has(first)) && startsLowerCase(second)) cost += 1.5;
  const innerBreaks =
    content.slice(0, -1).filter((l) => /[.!?]["”)]*$/.test(l)).length + (text.match(/[.!?]\s+\p{Lu}/gu)?.length ?? 0);
  cost += 1.2 * innerBreaks;
  if (/\.$/.test(text)) cost += 0.4;
  else if (/\?$/.test(text)) cost += 0.8;
  else if (/:$/.test(text)) cost += 1;
  if (content.length > 4) cost += 0.3 * (content.length - 4);
  if (text.length > 70) cost += 0.5;
  if (text.length > 140) cost += 0.5;
  return cost;
}

/**
 * A text cell. It should not look like an owner, hold a time slot (printed with the title), or
 * begin with a line that is a title joined to its neighbour: a wide gap inside the first line, or
 * a split point on a first line clearly longer than the cell's other lines.
 */
export function textCost(lines: string[], firstRaw: string, ctx: CostContext): number {
  const content = lines.filter(Boolean);
  let cost = isOwnerLike(content.join(' '), ctx.firstNames) ? 1.5 : 0;
  if (content.some(isTimeOnly)) cost += 0.8;
  cost += joinedTitleEvidence(content, firstRaw);
  return cost;
}

export function joinedTitleEvidence(content: string[], firstRaw: string): number {
  const split = splitJoinedLine(firstRaw);
  if (!split) return 0;
  if (split.by === 'gap') return 1;
  const others = content.slice(1).map((l) => l.length);
  return others.length && content[0]!.length >= 1.25 * Math.max(...others) ? 0.8 : 0;
}

/**
 * A block at the top of a page continuing the row cut at the previous page's bottom. Likely when
 * it starts in lower case, when the row has no owner yet, or when one of its text cells stopped
 * mid-sentence; a capitalised block after a row whose cells all ended is more likely a new row.
 */
export function continuationCost(lines: string[], previous: { texts: { lines: string[] }[]; owner: unknown }): number {
  const text = lines.filter(Boolean).join(' ');
  if (startsLowerCase(text)) return COST.continuationLowerCase;
  if (previous.owner === null) return COST.continuationAfterOpenRow;
  const unfinished = previous.texts.some((t) => {
    const content = t.lines.filter(Boolean);
    return content.length > 0 && !endsSentence(content[content.length - 1]!);
  });
  return unfinished ? COST.continuation : COST.continuationAfterFinishedRow;
}
