/**
 * The who and when a line carries at its right margin, where the minutes set them in columns at
 * tab stops ("Punkt  Ansv  Klart" over "… Olycksundersökning nivå 1.  DH  v. 18"): the reading
 * leaves them as the line's last words. They are taken off the end only where they read as
 * entries of those columns: an owner (initials, a code the participant list knows, a group, a
 * unit's short name) and then a date, or "klart" (done, no task left).
 */
import { DONE_STATUS, isDateCell, type TableColumnRole } from '../lexicon/index.js';
import { isKnownOwner, ownerKind, type OwnerContext } from './owners/index.js';

export interface TrailingColumns {
  /** the line without its column entries */
  text: string;
  owners: string[];
  /** the Klart entry as written ("v. 18", "fre 17/4"), or '' */
  due: string;
  /** the Klart entry says the task is done */
  done: boolean;
}

/** "DH", "LGr", "FÖ-avd": a short form a column of owners holds */
const SHORT_FORM = /^\p{Lu}[\p{Lu}\p{Ll}]{0,3}(?:-\p{Ll}{2,5})?$/u;

/** Someone the participant list knows: by initials as written there ("LGr"), or as the owner rules know them */
const isListed = (word: string, ctx: OwnerContext) => ctx.participants.some((p) => p.initials === word) || isKnownOwner(word, ctx);

function isColumnOwner(word: string, ctx: OwnerContext): boolean {
  if (SHORT_FORM.test(word) && /\p{Lu}.*\p{Lu}|-/u.test(word)) return true;
  const kind = ownerKind(word, ctx);
  return kind === 'group' || kind === 'unit' || (kind !== null && isListed(word, ctx));
}

/** The column entries at the end of a line, or null when its last words are none. */
export function readTrailingColumns(line: string, columns: readonly TableColumnRole[], ctx: OwnerContext): TrailingColumns | null {
  if (!columns.includes('owner')) return null;
  // ("ÅN 30/4 (ny tid)": a note on the date after it)
  const text = line.trim().replace(/\s*\([^()]{1,20}\)$/u, '');
  const words = text.split(/\s+/u);
  for (let k = 1; k <= Math.min(4, words.length - 2); k++) {
    const tail = words.slice(words.length - k);
    const owner = tail[0]!;
    if (!isColumnOwner(owner, ctx)) continue;
    const due = tail.slice(1).join(' ');
    const done = due !== '' && DONE_STATUS.test(due);
    if (due && !done && (!columns.includes('deadline') || !isDateCell(due))) continue;
    const head = words.slice(0, words.length - k).join(' ');
    // the text before the entries ends a sentence, or the entries are a known owner and a date
    // ("… förlängning TL klart"; not "Underlaget skickas till DH", a recipient)
    if (!/[.!?:)]$/u.test(head) && !(due && isListed(owner, ctx))) continue;
    return { text: head, owners: [owner], due: done ? '' : due, done };
  }
  return null;
}
