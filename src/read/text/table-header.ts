/**
 * The header row of a minutes table in flattened text: the column titles either on one line
 * ("Rubrik Anteckning Åtgärd/Beslut Ansvarig") or one per text block ("RUBRIK", "Ärende/ dialog",
 * "Åtgärd/ beslut", "Ansvarig"; "Vad", "Vem", "När"). A column title is any header word of the
 * lexicon (COLUMN_ROLES), in one, two or three words ("Klart senast", "Att göra", "Ansvarig
 * person"). A header needs a column that says what the rows are (an item's number or title, or
 * the task) first, and one that follows it up (an action, an owner, a date).
 */
import { columnKey, columnRole, isWholeColumnTitle, type TableColumnRole } from '../../lexicon/index.js';
import { contentLines, type TextGroup } from './groups.js';

export interface TableHeader {
  /** column titles as printed */
  columns: string[];
  /** what each column holds, by its title's meaning */
  roles: TableColumnRole[];
  /** lower-case, slash-normalised titles: how a repeated header is recognised */
  key: string;
  /** how many groups the header took */
  groupCount: number;
  /** the table has an "Ansvarig" column (last of the columns in minutes tables) */
  hasOwnerColumn: boolean;
}

/**
 * A column title: header words as a whole ("Klart senast", "Vem"), or one word (slashed ones
 * too: "Åtgärd/ beslut") that holds one ("Åtgärder", "Ärende/dialog"); never a sentence.
 */
const isColumnTitle = (s: string): boolean =>
  !/\s.*\.$/.test(s.trim()) && (isWholeColumnTitle(s) || (!/\s/.test(s.trim().replace(/\s*\/\s*/g, '/')) && columnRole(s) !== null));

/** Column titles of one line, the longest title first at each word, or null when some word is none. */
export function lineColumns(line: string): string[] | null {
  const words = line.replace(/\s*\/\s*/g, '/').split(' ').filter(Boolean);
  const columns: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(3, words.length - i); n >= 1 && !taken; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      // a title of several words must be one as a whole ("Klart senast"), not hold one
      if (n > 1 ? isWholeColumnTitle(phrase) : isColumnTitle(phrase)) {
        columns.push(phrase);
        taken = n;
      }
    }
    // "Noteringar och" / "överenskommelser": a title wrapped after its "och" goes on below
    if (!taken && columns.length && /^(?:och|samt|&)$/iu.test(words[i]!)) {
      columns[columns.length - 1] += ` ${words[i]}`;
      taken = 1;
    }
    if (!taken) return null;
    i += taken;
  }
  return columns;
}

const SUBJECT: TableColumnRole[] = ['title', 'number'];
const NOTES_WORDS = /^(?:anteckning|anteckningar|noteringar?|kommentar(?:er)?|diskussion)$/iu;
const FOLLOW_UP: TableColumnRole[] = ['action', 'owner', 'deadline'];

export function headerOf(columns: string[], groupCount: number): TableHeader | null {
  if (columns.length < 2) return null;
  // (a title the lexicon does not know, let through by a spaced-out header, holds notes)
  const roles = columns.map((c) => columnRole(c) ?? 'notes');
  // "Nr | Punkt | Noteringar": after a number column, "Punkt" names the item
  const secondNumber = roles.indexOf('number', roles.indexOf('number') + 1);
  if (secondNumber > 0 && !roles.includes('title')) roles[secondNumber] = 'title';
  // "Läge | Åtgärd | Ansvarig | Klart": a first column on how things stand, before what is to be
  // done and by whom, tells the situation each row answers: its notes
  if (roles[0] === 'status' && roles.includes('action') && roles.includes('owner')) roles[0] = 'notes';
  const first = roles[0]!;
  const rest = roles.slice(1);
  // an item table starts with its number or title ("Ärende/ dialog" names the item too, where an
  // owner column follows); a task table with the task, followed by whom or when
  const items = (SUBJECT.includes(first) || (first === 'notes' && columns.length >= 3 && rest.includes('owner'))) &&
    rest.some((r) => FOLLOW_UP.includes(r) || r === 'notes') &&
    // two titles could be a heading and a word ("Ärende" / "Information"): two columns must be a
    // subject and a column that follows it up or takes notes under that name
    (columns.length > 2 || FOLLOW_UP.includes(rest[0]!) || NOTES_WORDS.test(columns[1]!));
  const tasks = first === 'action' && rest.some((r) => r === 'owner' || r === 'deadline');
  return items || tasks ? finish() : null;

  function finish(): TableHeader {
    return {
      columns,
      roles,
      key: columns.map(columnKey).join('|'),
      groupCount,
      hasOwnerColumn: roles[roles.length - 1] === 'owner',
    };
  }
}

/** A header row starting at group `at`, or null. */
export function findHeaderAt(groups: TextGroup[], at: number): TableHeader | null {
  const first = groups[at];
  if (!first) return null;
  const lines = contentLines(first);
  if (lines.length === 0) return null;

  // all on one line (or a few lines of one block)
  const inline = lines.map(lineColumns);
  if (inline.every((c) => c !== null)) {
    const columns = inline.flatMap((c) => c!);
    if (columns.length >= 2) return headerOf(columns, 1);
  }

  // one column title per block
  if (lines.length !== 1 || !isColumnTitle(lines[0]!)) return null;
  const columns = [lines[0]!];
  for (let k = at + 1; k < groups.length; k++) {
    const g = groups[k]!;
    const only = contentLines(g);
    if (g.pageStart || only.length !== 1 || !isColumnTitle(only[0]!)) break;
    columns.push(only[0]!);
  }
  return headerOf(columns, columns.length);
}
