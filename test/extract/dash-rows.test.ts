/**
 * A closing list under a line of column titles, its rows set out with dashes ("Åtgärd – Vem –
 * När" over "Beställa undersökning – Erik S – vecka 39"), typed as plain lines, not as bullets.
 */
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/pipeline.js';
import { docx, p, run } from '../read/docx-fixture.js';
import { recordOf } from '../support/minutes.js';

const rows = [
  'Beställa geoteknisk undersökning – Erik S – vecka 39',
  'Revidera kalkylen och ta fram förslag på besparingar – Maria L och Oskar B –',
  'till nästa möte',
  'Informera i den egna organisationen – Alla – löpande',
];
const tasksOf = (record: Awaited<ReturnType<typeof recordOf>>) => record.items.at(-1)!.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value ?? d.relative)]);
const expected = [[['Erik S'], ['2025-09-26']], [['Maria L', 'Oskar B'], ['next-meeting']], [['Alla'], []]];

describe('rows set out with dashes under "Åtgärd – Vem – När"', () => {
  it('in plain text: one task a row, a row ending in a dash goes on in the next line', async () => {
    const text = ['Minnesanteckningar projektgrupp', 'Datum: 2025-09-09', '', '1) Ekonomi', 'Kalkylen gicks igenom.', '', '2) Beslut och åtgärder', 'Åtgärd – Vem – När', ...rows].join('\n');
    expect(tasksOf(await recordOf(text))).toEqual(expected);
  });

  it('in Word, the column titles in bold as the item headings are: no item of their own', async () => {
    const bold = (t: string) => p(run(t, '<w:b/>'));
    const body = [p(run('Minnesanteckningar projektgrupp')), p(run('Datum: 2025-09-09')), bold('1) Ekonomi'), p(run('Kalkylen gicks igenom.')),
      bold('2) Beslut och åtgärder'), bold('Åtgärd – Vem – När'), ...[rows[0]!, `${rows[1]} ${rows[2]}`, rows[3]!].map((r) => p(run(r)))].join('');
    const record = await extractRecord({ path: 'projekt.docx', bytes: docx({ body }) });
    expect(record.items.map((i) => i.title)).toEqual(['Ekonomi', 'Beslut och åtgärder']);
    expect(tasksOf(record)).toEqual(expected);
  });
});
