/**
 * A participant table in the header ("Namn | Företräder", "Namn | Parti | Uppdrag |
 * Tjänstgöring", "Ledamot | Funktion | Närvaro"): one person a row. Its rows become the lines a
 * participant list is read from ("Närvarande: Eva Lindqvist (S), ordförande"), each with the
 * attendance label its Närvaro or Tjänstgöring cell gives, or else the list's label above the
 * table: one labelled line a row, so that no row runs on into the next.
 */
import { ABSENT_CELL, PARTICIPANT_TABLE_COLUMNS } from '../lexicon/index.js';
import type { Block, TableRowBlock } from '../model/document.js';

type Column = keyof typeof PARTICIPANT_TABLE_COLUMNS;

/** The role of each column of a header row, or null when the row is no participant table's header. */
export function participantColumns(row: TableRowBlock): (Column | null)[] | null {
  const titles = row.cells.map((c) => c.text.replace(/:$/u, '').trim());
  if (titles.length < 2 || !PARTICIPANT_TABLE_COLUMNS.name.test(titles[0]!)) return null;
  const roles = titles.map((t, k) => (k === 0 ? 'name' : (Object.keys(PARTICIPANT_TABLE_COLUMNS) as Column[]).find((c) => c !== 'name' && PARTICIPANT_TABLE_COLUMNS[c].test(t)) ?? null));
  return roles.slice(1).every((r) => r !== null) ? roles : null;
}

/**
 * The lines of the participant table whose header row is `blocks[start]`, and the index after
 * its last row; `label` is the attendance label right above the table ("Gäster"), if any.
 */
export function participantTableLines(blocks: Block[], start: number, label: string | null): { lines: string[]; end: number } | null {
  const header = blocks[start];
  if (header?.kind !== 'table-row') return null;
  const columns = participantColumns(header);
  if (!columns) return null;
  const lines: string[] = [];
  const hasAttendance = columns.includes('attendance');
  let i = start + 1;
  for (; i < blocks.length; i++) {
    const row = blocks[i]!;
    if (row.kind !== 'table-row' || row.table !== header.table) break;
    const cell = (c: Column) => row.cells[columns.indexOf(c)]?.text.trim() ?? '';
    const name = cell('name');
    if (!name || PARTICIPANT_TABLE_COLUMNS.name.test(name)) continue; // a header repeated after a page break
    const party = cell('party') ? ` (${cell('party').replace(/^\((.*)\)$/u, '$1')})` : '';
    const initials = cell('initials') ? ` (${cell('initials')})` : '';
    const role = cell('role') ? `, ${cell('role')}` : '';
    const entry = `${name}${party}${initials}${role}`;
    const attendance = hasAttendance ? (ABSENT_CELL.test(cell('attendance')) ? 'Frånvarande' : 'Närvarande') : (label ?? 'Närvarande');
    lines.push(`${attendance}: ${entry}`);
  }
  return { lines, end: i };
}
