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
  // the names first, or after a code and a party ("Kod | Part | Namn, funktion | Närv.")
  const nameAt = titles.findIndex((t) => PARTICIPANT_TABLE_COLUMNS.name.test(t));
  if (titles.length < 2 || nameAt === -1) return null;
  const roles = titles.map((t, k) => (k === nameAt ? 'name' : (Object.keys(PARTICIPANT_TABLE_COLUMNS) as Column[]).find((c) => c !== 'name' && PARTICIPANT_TABLE_COLUMNS[c].test(t)) ?? null));
  return roles.every((r) => r !== null) ? roles : null;
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
    const role = cell('role') ? `, ${cell('role')}` : '';
    const attendance = hasAttendance ? (ABSENT_CELL.test(cell('attendance')) ? 'Frånvarande' : 'Närvarande') : (label ?? 'Närvarande');
    // a cell may name several people, one a line ("Anna Sjöberg, projektledare" over "Per Ljung,
    // fastighetsförvaltare"); a code is a person's own only where the cell names one
    const people = (row.cells[columns.indexOf('name')]?.lines ?? [name]).map((l) => l.trim()).filter(Boolean);
    const initials = cell('initials') && people.length === 1 ? ` (${cell('initials')})` : '';
    for (const person of people.length ? people : [name]) {
      // ("Name, role": the code goes with the name, before the role)
      const [who, ...rest] = person.split(/,\s*/u);
      lines.push(`${attendance}: ${who}${party}${initials}${rest.length ? `, ${rest.join(', ')}` : ''}${role}`);
    }
  }
  return { lines, end: i };
}
