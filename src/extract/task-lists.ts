/**
 * A closing list of the tasks the items set ("Åtgärdslista" as a heading of its own, or a table
 * of Åtgärd | Ansvarig | Klart senast under the last item) often repeats them without saying so:
 * no item numbers to refer back with, only the same owners again. Such a list sums the items up;
 * its tasks are the items' tasks, not new ones. This refiner settles the two readings after every
 * item is read: where most of a list's tasks have an owner that an earlier item already gave a
 * task, the list is a summary. Its repeated tasks go (their dates, where the item's text gave
 * none, go to the item's task) and a list that stood as an item of its own goes with them.
 */
import { TASK_LIST_TITLES } from '../lexicon/index.js';
import type { Person } from '../record/schema.js';
import { ownerKey, sameOwnerKey } from './owner-key.js';
import type { ExtractedItem, ExtractedTask } from './types.js';

/** The share of a list's tasks that must repeat earlier ones for it to be a summary. */
const SUMMARY_SHARE = 0.6;

/** Content words, cut to a stem that ignores Swedish endings ("planering", "planeringen"). */
function stems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 6)));
}

/** Do two task texts share what they are about: two content words, or a third of the shorter's? */
export function speaksOfSame(a: string, b: string): boolean {
  const [x, y] = [stems(a), stems(b)];
  const common = [...x].filter((w) => y.has(w)).length;
  return common >= 2 || (common >= 1 && common >= Math.min(x.size, y.size) / 3);
}

/** The one item whose title and text share the most content words with a task (two at least), or -1. */
function itemSpeakingOf(task: string, items: ExtractedItem[]): number {
  const words = stems(task);
  const shared = items.map((it) => [...stems(`${it.title} ${it.text}`)].filter((w) => words.has(w)).length);
  const best = Math.max(0, ...shared);
  return best >= 2 && shared.filter((n) => n === best).length === 1 ? shared.indexOf(best) : -1;
}

export function settleTaskLists(items: ExtractedItem[], participants: Person[]): ExtractedItem[] {
  const key = ownerKey(participants);
  // a list that is an agenda item of its own repeats the items only where it names their owners
  // as they did; one that the layout left inside the last item, by their roles too
  const keyAsWritten = ownerKey(participants, { byRole: false });
  const out: ExtractedItem[] = [];
  for (const item of items) {
    const ownList = TASK_LIST_TITLES.test(item.title);
    // "Uppföljningslista efter mötet" over a table at the end of the last item: a list of its own
    // that the layout left inside that item
    const titledList = !ownList && item.blocks.some((b) => b.kind !== 'table-row' && TASK_LIST_TITLES.test(b.text));
    // "7 Aktivitetslista", numbered as an agenda item, is the meeting's own list: it stays whole
    if (ownList && item.number !== null) { out.push(item); continue; }
    const listed = ownList ? item.actions : item.actions.filter((a) => a.fromList);
    const earlier = out.flatMap((o) => [...o.actions, ...o.decisions]).filter((t) => t.owners.length);
    const repeats = new Map<ExtractedTask, ExtractedTask>();
    const keyOf = ownList ? keyAsWritten : key;
    for (const task of listed) {
      const keys = task.owners.map((o) => keyOf(o.text));
      // a list of its own ("Åtgärdslista") closes the minutes: its owners alone tell it repeats; a
      // task table inside an item must also speak of the same thing (a risk table's "Provtagning
      // av marken – TE" is new work for an owner the item before gave other work)
      const ofOwner = earlier.filter((e) => e.owners.some((o) => keys.some((k) => sameOwnerKey(k, keyOf(o.text)))));
      // (of an owner's several tasks, the one the entry speaks of, else one no entry took yet)
      const taken = new Set(repeats.values());
      const same = ofOwner.find((e) => speaksOfSame(task.text, e.text))
        ?? (ownList || titledList ? ofOwner.find((e) => !taken.has(e)) ?? ofOwner[0] : undefined);
      if (same) repeats.set(task, same);
    }
    if (listed.length < 2 || repeats.size < SUMMARY_SHARE * listed.length) { out.push(item); continue; }
    for (const [task, same] of repeats) if (!same.deadlines.length) same.deadlines.push(...task.deadlines);
    // a summary's task that no item gave, about what one item speaks of, goes to that item ("Meny
    // och portioner till jullunchen | Lena, Samir | v. 48" under "Jullunchen", whose text says
    // "Lena och Samir gör menyn och portionsberäkningen v. 48" in words no task rule reads)
    const placed = new Set<ExtractedTask>();
    for (const task of listed) {
      if (repeats.has(task) || !task.owners.length) continue;
      const home = itemSpeakingOf(task.text, out);
      if (home < 0) continue;
      out[home] = { ...out[home]!, actions: [...out[home]!.actions, task] };
      placed.add(task);
    }
    // what stays is a task the list adds: one with an owner no item named (a row with a date
    // and no owner is a line of the summary that lost its owner to the layout)
    const actions = item.actions.filter((a) => !repeats.has(a) && !placed.has(a) && !(listed.includes(a) && !a.owners.length));
    // (a list gone through at the meeting says so in a sentence of its own, "Genomgång av den
    // löpande listan. Klara rader tas bort.": an agenda point, whatever its rows repeat)
    // (before the list: a note after it is the page's, "Sekretess enligt OSL … förvaras hos rektor.")
    // (the list's rows: a table's, else its points)
    const tableAt = item.blocks.findIndex((b) => b.kind === 'table-row');
    const firstRow = tableAt >= 0 ? tableAt : item.blocks.findIndex((b) => b.kind === 'list-item');
    const spokenOf = item.blocks.slice(0, firstRow < 0 ? 0 : firstRow).some((b) => /\p{L}{2}[.!]$/u.test(b.text) && b.text.split(/\s+/u).length >= 4);
    if (ownList && !actions.length && !item.decisions.length && !spokenOf) continue;
    out.push({ ...item, actions });
  }
  return out;
}
