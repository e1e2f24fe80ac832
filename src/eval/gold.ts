/**
 * Reads a gold annotation (samples/GOLD.md) from parsed JSON. Gold files are written by hand and
 * may be half done, so reading is lenient: what is usable is kept, each thing that is not is
 * reported as a problem and read as empty.
 */
import type { Gold, GoldItem } from './types.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
};

export interface GoldReading {
  /** null when the file holds no object at all */
  gold: Gold | null;
  problems: string[];
}

/** Reads one gold annotation; `stem` (its file name without .json) names it when it has no "file". */
export function readGold(raw: unknown, stem: string): GoldReading {
  const problems: string[] = [];
  const complain = (where: string, wanted: string, got: unknown): void => {
    problems.push(`${where}: expected ${wanted}, found ${show(got)}`);
  };
  if (!isObject(raw)) {
    complain('gold', 'an object', raw);
    return { gold: null, problems };
  }

  const list = (value: unknown, where: string): unknown[] => {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    complain(where, 'an array', value);
    return [];
  };
  const strings = (value: unknown, where: string): string[] =>
    list(value, where).filter((entry, i): entry is string => {
      if (typeof entry !== 'string') complain(`${where}[${i}]`, 'a string', entry);
      return typeof entry === 'string';
    });

  let file = stem;
  if (typeof raw.file === 'string' && raw.file.trim() !== '') file = raw.file.trim();
  else complain('file', 'the minutes file stem (using the gold file name)', raw.file);

  let date: string | null = null;
  let referenceYear: number | null = null;
  if (isObject(raw.meeting)) {
    const m = raw.meeting;
    if (typeof m.date === 'string') date = m.date;
    else if (m.date !== null) complain('meeting.date', 'a date or null', m.date);
    if (typeof m.referenceYear === 'number' && Number.isInteger(m.referenceYear)) referenceYear = m.referenceYear;
    else if (m.referenceYear !== null) complain('meeting.referenceYear', 'a year or null', m.referenceYear);
  } else {
    complain('meeting', 'an object', raw.meeting);
  }

  if (!Array.isArray(raw.items)) complain('items', 'an array', raw.items);
  const items: GoldItem[] = [];
  (Array.isArray(raw.items) ? raw.items : []).forEach((entry: unknown, i) => {
    const at = `items[${i}]`;
    if (!isObject(entry)) {
      complain(at, 'an object', entry);
      return;
    }
    if (typeof entry.title !== 'string') complain(`${at}.title`, 'a string', entry.title);
    const owners: string[][] = [];
    list(entry.owners, `${at}.owners`).forEach((owner, k) => {
      if (typeof owner === 'string') owners.push([owner]); // one alias on its own
      else if (Array.isArray(owner)) owners.push(strings(owner, `${at}.owners[${k}]`));
      else complain(`${at}.owners[${k}]`, 'a list of aliases', owner);
    });
    items.push({
      title: typeof entry.title === 'string' ? entry.title : '',
      decisions: strings(entry.decisions, `${at}.decisions`),
      owners,
      deadlines: [...new Set(strings(entry.deadlines, `${at}.deadlines`).map((value) => value.trim()))],
    });
  });

  return { gold: { file, date, referenceYear, items }, problems };
}
