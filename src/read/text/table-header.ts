/**
 * The header row of a minutes table in flattened text: the column titles either on one line
 * ("Rubrik Anteckning Åtgärd/Beslut Ansvarig") or one per text block ("RUBRIK", "Ärende/ dialog",
 * "Åtgärd/ beslut", "Ansvarig"). A header needs a column that names the item (Rubrik, Ärende,
 * Punkt, Nr) and one that follows it up (Anteckning, Åtgärd, Beslut, Ansvarig, ...).
 */
import { contentLines, type TextGroup } from './groups.js';

/** Words that make up column titles; "Ärende/ dialog" is two of them joined by a slash. */
const COLUMN_WORDS = new Set([
  'rubrik', 'rubriker', 'ärende', 'ärenden', 'dialog', 'anteckning', 'anteckningar', 'åtgärd', 'åtgärder',
  'beslut', 'ansvarig', 'ansvariga', 'datum', 'nr', 'punkt', 'status', 'information', 'diskussion',
]);
const TWO_WORD_COLUMNS = new Set(['klart senast', 'klart till', 'klar senast']);
const FOLLOW_UP_COLUMNS = /(anteckning|åtgärd|beslut|ansvarig|klar)/;
const TITLE_COLUMNS = /^(rubrik|rubriker|ärende|ärenden|punkt|nr)(\/|$)/;

export interface TableHeader {
  /** column titles as printed */
  columns: string[];
  /** lower-case, slash-normalised titles: how a repeated header is recognised */
  key: string;
  /** how many groups the header took */
  groupCount: number;
  /** the table has an "Ansvarig" column (last of the columns in minutes tables) */
  hasOwnerColumn: boolean;
}

const canonical = (s: string): string => s.toLowerCase().replace(/\s*\/\s*/g, '/').trim();

function isColumnTitle(s: string): boolean {
  const c = canonical(s).replace(/[:.]$/, '');
  if (TWO_WORD_COLUMNS.has(c)) return true;
  return c.length > 0 && c.split('/').every((part) => COLUMN_WORDS.has(part));
}

/** Column titles of one line, or null when some word is not a column title. */
function lineColumns(line: string): string[] | null {
  const words = line.replace(/\s*\/\s*/g, '/').split(' ').filter(Boolean);
  const columns: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (pair && TWO_WORD_COLUMNS.has(canonical(pair))) {
      columns.push(pair);
      i++;
    } else if (isColumnTitle(words[i]!)) columns.push(words[i]!);
    else return null;
  }
  return columns;
}

function header(columns: string[], groupCount: number): TableHeader | null {
  if (columns.length < 2) return null;
  const keys = columns.map(canonical);
  if (!TITLE_COLUMNS.test(keys[0]!)) return null;
  // two titles could be a heading and a word; two columns must include one that follows items up
  if (columns.length === 2 && !FOLLOW_UP_COLUMNS.test(keys[1]!)) return null;
  return {
    columns,
    key: keys.join('|'),
    groupCount,
    hasOwnerColumn: keys[keys.length - 1]!.startsWith('ansvarig'),
  };
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
    if (columns.length >= 2) return header(columns, 1);
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
  return header(columns, columns.length);
}
