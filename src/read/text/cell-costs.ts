/**
 * How unlikely a text block is in each role of a minutes-table row: title cell, text cell,
 * owner cell, or the continuation of a row cut by a page break. Costs are small numbers, added
 * along a parse; the row parser picks the cheapest reading of the whole table. They encode how
 * minutes tables are written, not the sample files: titles are short noun phrases (no sentences,
 * no "Annika återkommer"), owners are initials, names and group words, and a row cut at a page
 * bottom goes on at the top of the next page.
 */
import { isOwnerLike, isTimeOnly, namesPeople, startsLowerCase, startsWithBullet } from './cell-kinds.js';

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
  /** title cell and text cell in one block, the text starting on a new line */
  splitAtLine: 0.8,
  /** a block at the top of a page that goes on with the row cut at the previous page's bottom */
  continuationLowerCase: 0,
  continuationAfterOpenRow: 0.2,
  continuation: 0.4,
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

export function textCost(lines: string[], ctx: CostContext): number {
  const content = lines.filter(Boolean);
  let cost = isOwnerLike(content.join(' '), ctx.firstNames) ? 1.5 : 0;
  // a time slot ("Kl 9:30-10:30") is printed in the title cell
  if (content.some(isTimeOnly)) cost += 0.8;
  return cost;
}

export function continuationCost(lines: string[], previousRowOpen: boolean): number {
  const text = lines.filter(Boolean).join(' ');
  if (startsLowerCase(text)) return COST.continuationLowerCase;
  return previousRowOpen ? COST.continuationAfterOpenRow : COST.continuation;
}
