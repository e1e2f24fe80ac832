import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, followupCsv } from '../../src/followup/csv.js';
import { followupTask } from './tasks.js';

/** A strict reader for what Excel reads: ; separated, "" quoting, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ';') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('follow-up CSV for a Swedish Excel', () => {
  const tricky = followupTask({ id: 'abc:1:a1', text: 'Ta fram "plan"; rapportera\nsedan', quote: '=HYPERLINK("x")', owners: [] });
  const csv = followupCsv([followupTask(), tricky]);

  it('is UTF-8 with a byte order mark, ; separated, CRLF lines', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });

  it('holds the task, its owners (as written and resolved), due date, meeting and source', () => {
    const [, first] = parseCsv(csv.slice(1));
    const col = (name: string) => first![CSV_HEADER.indexOf(name)];
    expect(col('Ansvarig')).toBe('HR-chef');
    expect(col('Ansvarig (person)')).toBe('Karolina Håkansson');
    expect(col('Senast')).toBe('2025-01-28');
    expect(col('Försenad')).toBe('ja');
    expect(col('Mötesdatum')).toBe('');
    expect(col('Precision')).toBe('dag');
    expect(col('Rubrik')).toBe('Signs of safety');
    expect(col('Sida')).toBe('1');
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    const [, , second] = parseCsv(csv.slice(1));
    expect(second![CSV_HEADER.indexOf('Uppgift')]).toBe('Ta fram "plan"; rapportera\nsedan');
    expect(second![CSV_HEADER.indexOf('Citat')]).toBe(`'=HYPERLINK("x")`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(null)).toBe('');
  });
});
