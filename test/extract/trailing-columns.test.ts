/**
 * Minutes typed as one list under "Punkt  Ansv  Klart", who and when at the right margin of each
 * point's line: the reading leaves them as the line's last words.
 */
import { describe, expect, it } from 'vitest';
import { readTrailingColumns } from '../../src/extract/trailing-columns.js';
import { extractRecord } from '../../src/pipeline.js';
import type { Person } from '../../src/record/schema.js';
import { lineColumnsOf } from '../../src/segment/line-columns.js';
import { docx, p, run, tab } from '../read/docx-fixture.js';

const participants = [
  { name: 'Daniel Hjort', initials: 'DH', role: null, attendance: 'present' },
  { name: 'Linda Granat', initials: 'LGr', role: null, attendance: 'present' },
  { name: 'Tord Lindahl', initials: 'TL', role: null, attendance: 'present' },
] as Person[];
const read = (line: string) => readTrailingColumns(line, ['owner', 'deadline'], { participants });

describe('the Ansv and Klart entries at the end of a line', () => {
  it.each([
    ['Lägenhetsbrand Storgatan 7. Olycksundersökning nivå 1. DH v. 18', { text: 'Lägenhetsbrand Storgatan 7. Olycksundersökning nivå 1.', owners: ['DH'], due: 'v. 18', done: false }],
    ['Önskemål om RCB-pass lämnas till ÅN. Alla fre 17/4', { text: 'Önskemål om RCB-pass lämnas till ÅN.', owners: ['Alla'], due: 'fre 17/4', done: false }],
    ['Extra tillsynsdagar för skolorna bokas. FÖ-avd maj', { text: 'Extra tillsynsdagar för skolorna bokas.', owners: ['FÖ-avd'], due: 'maj', done: false }],
    ['Svar efter samråd med skorstensfejarmästaren. DH', { text: 'Svar efter samråd med skorstensfejarmästaren.', owners: ['DH'], due: '', done: false }],
    ['v. 14 Ny rutin för nyckelhantering LGr 30/4 (ny tid)', { text: 'v. 14 Ny rutin för nyckelhantering', owners: ['LGr'], due: '30/4', done: false }],
    ['v. 12 Avtal med larmcentralen, förlängning TL klart', { text: 'v. 12 Avtal med larmcentralen, förlängning', owners: ['TL'], due: '', done: true }],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it.each([
    'Underlaget skickas till DH', // a recipient: no sentence ended before him, no date after
    'Höjdövning med hävare för alla skift v. 20 i Granmora.',
    'Lönerevisionen klar, ny lön betalas ut med majlönen.',
  ])('%s: no column entries', (line) => {
    expect(read(line)).toBeNull();
  });
});

describe('a line of column titles at tab stops', () => {
  const para = (text: string) => ({ kind: 'paragraph' as const, text, page: null, style: {} });
  it('"Punkt Ansv Klart" gives the columns after the text; "Åtgärd – Vem – När" (dash rows) and "Beslut Status" give none', () => {
    expect(lineColumnsOf([para('Närvarande: Anna'), para('Punkt Ansv Klart')])).toEqual(['owner', 'deadline']);
    expect(lineColumnsOf([para('Åtgärd – Vem – När')])).toBeNull();
    expect(lineColumnsOf([para('Beslut Status')])).toBeNull();
  });
});

describe('a ledningsgrupp typed under "Punkt<TAB>Ansv<TAB>Klart"', () => {
  const minutes = (format: 'docx' | 'txt') => {
    const lines: [string, string, string][] = [
      ['2 Händelser sedan förra LG', '', ''],
      ['– Lägenhetsbrand Storgatan 7. Olycksundersökning nivå 1.', 'DH', 'v. 18'],
      ['– Ny släckbil levereras v. 22.', '', ''],
      ['– Avtal med larmcentralen, förlängning', 'TL', 'klart'],
      ['3 Personal', '', ''],
      ['– Semesterschemat sammanställs.', 'LGr', 'v. 18'],
    ];
    const head = ['Ledningsgruppen – minnesanteckningar', 'LG v. 16, måndag 13/4 2026', 'Närvarande: DH Daniel Hjort, LGr Linda Granat, TL Tord Lindahl'];
    if (format === 'txt') {
      const pad = (s: string, n: number) => s.padEnd(n);
      const text = [...head, '', `${pad('Punkt', 64)}${pad('Ansv', 8)}Klart`, ...lines.map(([t, o, d]) => (o ? `${pad(t, 64)}${pad(o, 8)}${d}` : t)), ''].join('\n');
      return { path: 'lg.txt', bytes: new TextEncoder().encode(text) };
    }
    const body = [...head.map((t) => p(run(t))), p(run('Punkt'), tab, run('Ansv'), tab, run('Klart')),
      ...lines.map(([t, o, d]) => (o ? p(run(t), tab, run(o), tab, run(d)) : p(run(t))))].join('');
    return { path: 'lg.docx', bytes: docx({ body }) };
  };

  it.each(['docx', 'txt'] as const)('each line\'s entries own and date it; a done line and a line with nobody set no task (%s)', async (format) => {
    const record = await extractRecord(minutes(format));
    expect(record.items.map((i) => [i.title, i.actions.map((a) => [a.text, a.owners.map((o) => o.name), a.deadlines.map((d) => d.value)])])).toEqual([
      ['Händelser sedan förra LG', [['Lägenhetsbrand Storgatan 7. Olycksundersökning nivå 1', ['Daniel Hjort'], ['2026-05-01']]]],
      ['Personal', [['Semesterschemat sammanställs', ['Linda Granat'], ['2026-05-01']]]],
    ]);
  });
});
