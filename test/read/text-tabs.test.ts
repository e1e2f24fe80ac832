import { describe, expect, it } from 'vitest';
import type { TableRowBlock } from '../../src/model/document.js';
import { readText } from '../../src/read/text.js';

const read = (text: string) => readText(new TextEncoder().encode(text));

describe('a table typed with tabs (a row per line, as Word saves a table as plain text)', () => {
  const doc = read('Minnesanteckningar\nDatum: 2025-05-06\n\nNr\tÄrende\tAnsvarig\tKlart senast\n1\tBudget\tBN\t2025-05-20\n2\tÖvrigt\t\t\nMötet avslutades.\n');
  const rows = doc.blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');

  it('gives a header row and one row per line, cells in column order', () => {
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Nr', 'Ärende', 'Ansvarig', 'Klart senast'],
      ['1', 'Budget', 'BN', '2025-05-20'],
      ['2', 'Övrigt', '', ''],
    ]);
    expect(rows[0]!.header).toBe(true);
  });

  it('keeps the lines around the table as running text', () => {
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['Minnesanteckningar', 'Datum: 2025-05-06', 'Mötet avslutades.']);
  });

  it('leaves tab-indented text that is no table alone', () => {
    expect(read('Punkt 1\tInledning\nText.\n').blocks.some((b) => b.kind === 'table-row')).toBe(false);
  });
});
