/**
 * The tasks a minutes-table row sets: its Ansvarig entries own them, its Klart senast column dates
 * them. When the Ansvarig cell lines its entries up with the paragraphs of the action cell (the
 * secretary's empty paragraphs between them), each entry owns the paragraph beside it; otherwise
 * all entries own the row's action together. The rows of a task table in an item's body
 * ("Aktivitet | Ansvarig | Klar senast") are read the same way, one task a row.
 */
import { DATE_CELL_WORDS, DONE_ON_CELL, DONE_STATUS } from '../lexicon/index.js';
import { joinLines } from '../model/document.js';
import type { ItemCell, SegmentedItem } from '../segment/types.js';
import { findDateMentions } from './dates.js';
import { isOwnerPhrase, ownersFromColumn, withoutParentheses, type OwnerContext } from './owners/index.js';
import type { DeadlineMention, ExtractedTask } from './types.js';

export function rowTasks(item: SegmentedItem, ctx: OwnerContext, quote: (q: string) => string): ExtractedTask[] {
  const tasks = item.cells.length ? cellTasks(item.cells, item, ctx, quote) : [];
  for (const row of item.taskRows ?? []) tasks.push(...cellTasks(row, item, ctx, quote).map((t) => ({ ...t, fromList: true })));
  return tasks;
}

function cellTasks(cells: ItemCell[], item: SegmentedItem, ctx: OwnerContext, quote: (q: string) => string): ExtractedTask[] {
  // ("Klar" in a running log's Status column: a task of an earlier meeting, done)
  if (cells.some((c) => (c.role === 'status' || c.role === 'deadline') && DONE_STATUS.test(c.text.trim()))) return [];
  // ("–" in the Ansvarig column: nobody)
  const ownerCell = cells.find((c) => c.role === 'owner' && !/^[\s–—-]*$/u.test(c.text));
  const deadlineCell = cells.find((c) => c.role === 'deadline');
  // (a Beslut column holds the decisions: the task is what the row is about, not a decision again)
  const actionCell = cells.find((c) => c.role === 'action' && !c.decisions) ?? cells.find((c) => c.role === 'notes') ?? cells.find((c) => c.role === 'title');
  const asDeadline = (m: { text: string; parts: DeadlineMention['parts'] }): DeadlineMention => ({ text: m.text.trim(), kind: 'due', parts: m.parts });
  const deadlines: DeadlineMention[] = deadlineCell ? datesInCell(deadlineCell).map(asDeadline) : [];
  if (!ownerCell && !deadlines.length) return [];
  // each paragraph of the Ansvarig cell is an entry list of its own ("Alla" ... "Alla"); a date
  // written with an entry ("KE, v. 38", "SB 15/9") dates the row
  const entries = ownerCell
    ? ownerEntries(ownerCell.lines, ctx).map((p) => {
        const dates = findDateMentions(p);
        deadlines.push(...dates.map(asDeadline));
        const names = dates.reduceRight((t, m) => t.slice(0, m.start) + t.slice(m.end), p).replace(/[\s,;]+$/u, '');
        return ownersFromColumn(names, ctx);
      })
    : [];
  const actions = actionCell ? paragraphs(actionCell.lines) : [];
  if (entries.length > 1 && entries.length === actions.length) {
    return actions.map((text, k) => ({
      text,
      owners: entries[k]!.map((o) => ({ text: o })),
      deadlines: k === 0 ? deadlines : [],
      quote: quote(text),
      page: item.page,
    }));
  }
  const owners = [...new Set(entries.flat())];
  const text = actionCell?.text || item.title;
  const evidence = ownerCell?.text ?? deadlineCell?.text ?? '';
  return [{ text, owners: owners.map((o) => ({ text: o })), deadlines, quote: quote(evidence), page: item.page }];
}

/**
 * The Ansvarig cell's entries: its paragraphs, and within one the lines each of which names an
 * owner of its own ("Alla rektorer" over "Controller", typed without a comma).
 */
function ownerEntries(lines: string[], ctx: OwnerContext): string[] {
  const entry = (l: string) => l.replace(/[,;]\s*$/u, '');
  // (a line in lower case goes on with the one before: "Alla" over "rektorer")
  // ("BH" over "E": the parties' codes a byggmöte's participant list explains)
  return paragraphRuns(lines).map((run) =>
    run.length > 1 && run.every((l) => /^\p{Lu}/u.test(l) && (isOwnerPhrase(withoutParentheses(entry(l)), ctx) || isPartyCode(entry(l)))) ? run.map(entry).join(', ') : joinLines(run));
}

/** "E", "BH", "KA": a code of one to four capitals, in an Ansvarig cell a party's or a person's */
const isPartyCode = (text: string) => /^\p{Lu}{1,4}$/u.test(text);

/** Lines split at their empty ones: the runs of lines of each paragraph of a cell. */
function paragraphRuns(lines: string[]): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const l of [...lines, '']) {
    if (l) run.push(l);
    else if (run.length) { out.push(run); run = []; }
  }
  return out;
}

/** Lines split at their empty ones, each run joined: the paragraphs of a cell. */
function paragraphs(lines: string[]): string[] {
  return paragraphRuns(lines).map(joinLines);
}

/**
 * A Klart cell with a date on each line ("14/11" over "December") holds one date per line: read
 * together, "14/11 December" would be the 11th of December. A date wrapped over two lines
 * ("30" over "september") is read whole.
 */
function datesInCell(cell: ItemCell): { text: string; parts: DeadlineMention['parts'] }[] {
  const lines = cell.lines.filter(Boolean);
  if (lines.length > 1) {
    const perLine = lines.map(datesInColumn);
    // ("13" over "Omg.": a line may say "at once" or "ongoing" instead of a date)
    if (perLine.some((found) => found.length) && perLine.every((found, k) => found.length || DATE_CELL_WORDS.test(lines[k]!.trim()))) return perLine.flat();
  }
  return datesInColumn(cell.text);
}

/**
 * The dates of a Klart senast cell. A month alone ("juni") is a date there, though in running text
 * it needs "i juni" or "juni månad" to be one.
 */
function datesInColumn(text: string): { text: string; parts: DeadlineMention['parts'] }[] {
  // ("Klart 31/1", "Åtgärdat 3/2": when it was done, no time limit)
  if (DONE_ON_CELL.test(text.trim())) return [];
  const found = findDateMentions(text);
  if (found.length) return found;
  // the next meeting of any kind ("Nästa styrgruppsmöte", "till nästa projektmöte") is the next meeting there
  if (/nästa/iu.test(text) && DATE_CELL_WORDS.test(text.trim())) return [{ text: text.trim(), parts: { relative: 'next-meeting' } }];
  // a number alone in a Klart column ("Klart v." over "13") is a week
  const week = /^(\d{1,2})$/u.exec(text.trim());
  if (week && Number(week[1]) >= 1 && Number(week[1]) <= 53) return findDateMentions(`v. ${week[1]}`).map((m) => ({ text: text.trim(), parts: m.parts }));
  if (!/^\p{L}+\.?$/u.test(text.trim())) return found;
  // a month ("juni") or a weekday ("Fredag": the next one after the meeting) alone
  const read = findDateMentions(`i ${text.trim()}`);
  return (read.length ? read : findDateMentions(`till ${text.trim().toLowerCase()}`)).map((m) => ({ text: text.trim(), parts: m.parts }));
}
