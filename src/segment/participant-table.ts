/**
 * A participant table in the header ("Namn | Företräder", "Namn | Parti | Uppdrag |
 * Tjänstgöring", "Funktion | Namn | Kort"): one person a row, each column saying what it holds.
 * The columns settle what a running list has to guess, so each row becomes a Person at once: the
 * name from the name cell, the initials from the code cell, the role whole from the role cell
 * ("S4 Logistik och försörjning", "Beslutsfattare, kommundirektör": commas and "och" part no
 * people here), and the attendance its Närvaro or Tjänstgöring cell gives, or else the list's
 * label above the table.
 */
import { ABSENT_CELL, PARTICIPANT_TABLE_COLUMNS } from '../lexicon/index.js';
import type { Block, TableRowBlock } from '../model/document.js';
import type { Person } from '../record/schema.js';
import { attendanceLabel, parsePersonEntry, PART_OF_MEETING } from './participants.js';

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

/** "Bildningschef – ej närvarande": a role cell that says its person was not there */
const ABSENT_IN_ROLE = /\s*[–—-]\s*(?:ej närvarande|frånvarande|förhinder|anmält förhinder)\s*$/iu;
/** "KA", "JÅ", "S4", "UE-VS": a code cell's value; "–" says the person has none */
const CODE = /^\p{Lu}[\p{Lu}\d-]{0,5}$/u;

/**
 * The people of the participant table whose header row is `blocks[start]`, and the index after
 * its last row; `label` is the attendance label right above the table ("Gäster"), if any.
 */
export function participantTable(blocks: Block[], start: number, label: string | null): { people: Person[]; end: number; parties: string[] } | null {
  const header = blocks[start];
  if (header?.kind !== 'table-row') return null;
  const columns = participantColumns(header);
  if (!columns) return null;
  const people: Person[] = [];
  // "B | Annika Ström (AS)" over "B | Göran Lilja (GL)": a code two people share is their party's
  // (a byggmöte's B, E, K), which tasks are given to ("E reviderar tidplanen"), no one's initials
  const codes = blocks.slice(start + 1).filter((b): b is TableRowBlock => b.kind === 'table-row' && b.table === header.table)
    .map((r) => (columns.includes('initials') ? r.cells[columns.indexOf('initials')]?.text.trim() ?? '' : '')).filter((c) => CODE.test(c));
  const parties = [...new Set(codes.filter((c, k) => codes.indexOf(c) !== k))];
  const listAttendance = (label && attendanceLabel(`${label}:`)?.attendance) || 'present';
  let i = start + 1;
  for (; i < blocks.length; i++) {
    const row = blocks[i]!;
    if (row.kind !== 'table-row' || row.table !== header.table) break;
    const cell = (c: Column) => (columns.includes(c) ? row.cells[columns.indexOf(c)]?.text.trim() ?? '' : '');
    const name = cell('name');
    if (!name || PARTICIPANT_TABLE_COLUMNS.name.test(name)) continue; // a header repeated after a page break
    const roleCell = cell('role');
    const absent = (columns.includes('attendance') && ABSENT_CELL.test(cell('attendance'))) || ABSENT_IN_ROLE.test(roleCell);
    const attendance = absent ? 'absent' : columns.includes('attendance') ? 'present' : listAttendance;
    // a cell may name several people, one a line ("Anna Sjöberg, projektledare" over "Per Ljung,
    // fastighetsförvaltare"); a code is a person's own only where the cell names one
    const written = (row.cells[columns.indexOf('name')]?.lines ?? [name]).map((l) => l.trim()).filter(Boolean);
    const code = cell('initials');
    const initials = CODE.test(code) && written.length <= 1 && !parties.includes(code) ? code : null;
    for (const line of written.length ? written : [name]) {
      // "Mats Ehn, trafikplanerare (punkt 4)": there for one item only, a guest of the meeting
      const forOneItem = PART_OF_MEETING.test(line);
      const entry = line.replace(PART_OF_MEETING, ' ').replace(/\s+/gu, ' ').trim();
      // ("Name, role": the role after the comma, unless the role has a column of its own)
      const [who, ...rest] = entry.split(/,\s*/u);
      const person = parsePersonEntry(who!, forOneItem && attendance === 'present' ? 'guest' : attendance);
      if (!person) continue;
      const role = roleCell.replace(ABSENT_IN_ROLE, '').trim() || rest.join(', ').trim() || person.role;
      // (the name's own initials, "Lina Hedberg (LH)", before the code column's: a code may be her party's, "K")
      people.push({ ...person, initials: person.initials ?? initials, role: role || null });
    }
  }
  return { people, end: i, parties };
}
