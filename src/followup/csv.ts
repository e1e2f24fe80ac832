/**
 * The follow-up list as CSV for a Swedish Excel: UTF-8 with a byte order mark (else Excel reads
 * å/ä/ö as ANSI), ";" between fields (Swedish Excel's list separator, since "," is the decimal
 * comma), CRLF line ends, fields quoted when they hold ; " or line breaks. Cells that Excel would
 * take for a formula (=, +, -, @ first) get a leading apostrophe. The last column says what people
 * corrected, by whom and when (corrections.ts).
 */
import { correctedWords } from './corrected-words.js';
import type { FollowupOwner, FollowupTask } from './list.js';

const BOM = '\uFEFF';

export const CSV_HEADER = [
  'Id', 'Status', 'Senast', 'Precision', 'Försenad', 'Ansvarig', 'Ansvarig (person)', 'Mötesdatum', 'Organ', 'Möte',
  'Punkt', 'Rubrik', 'Uppgift', 'Citat', 'Fil', 'Sida', 'Rättad',
];

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function ownerNames(owners: FollowupOwner[]): { written: string; people: string } {
  return {
    written: owners.map((o) => o.text).join(', '),
    people: owners.map((o) => o.name ?? o.resolved?.name ?? '').filter(Boolean).join(', '),
  };
}

/** A due date's precision in the Swedish words of the list's other columns. */
export const PRECISION_WORDS: Record<string, string> = {
  day: 'dag', month: 'månad (sista dagen)', season: 'årstid (sista dagen)', quarter: 'kvartal (sista dagen)', year: 'år (sista dagen)', 'next-meeting': 'nästa möte',
};

export function followupCsv(tasks: FollowupTask[]): string {
  const lines = [CSV_HEADER.map(csvField).join(';')];
  for (const t of tasks) {
    const owners = ownerNames(t.owners);
    lines.push([
      t.id, t.status === 'done' ? 'klar' : 'öppen', t.due, t.precision ? (PRECISION_WORDS[t.precision] ?? t.precision) : null, t.overdue ? 'ja' : 'nej', owners.written, owners.people,
      // an undated meeting's cell stays empty: a bare year would read as a date in Excel
      t.meeting.date, t.meeting.body, t.meeting.title,
      t.item.number, t.item.title, t.text, t.quote, t.file, t.page, correctedWords(t) || null,
    ].map(csvField).join(';'));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
