/**
 * An FSG's protocol kept as one boxed form per item: "Ärende 4 | Title" over rows of a label and
 * its text ("Typ | MBL § 11", "Redovisning | …", "Beslut / åtgärd | …").
 */
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/pipeline.js';
import { cell, docx, p, row, run, table } from '../read/docx-fixture.js';

const form = (number: string, title: string, parts: [string, string][]) =>
  table([row([cell(p(run(number, '<w:b/>'))), cell(p(run(title, '<w:b/>')))]), ...parts.map(([label, text]) => row([cell(p(run(label))), cell(p(run(text)))]))]);

describe('items kept as one form each', () => {
  it('are the items, titled by their number rows; the labelled parts are their text', async () => {
    const body = [
      p(run('Förvaltningssamverkansgrupp (FSG)')), p(run('Datum: torsdag 16 april 2026')),
      form('Ärende 1', 'Föregående protokoll', [['Typ', '–'], ['Beslut / åtgärd', 'Protokollet från den 12 mars lades till handlingarna.']]),
      form('Ärende 2', 'Sommarschema 2026', [['Typ', 'MBL § 11'], ['Redovisning', 'Pia Lindberg redovisade förslaget.'], ['Beslut / åtgärd', 'Pia Lindberg tar fram ett reviderat förslag inom två veckor.']]),
      form('Ärende 3', 'Nästa möte', [['Typ', '–'], ['Beslut / åtgärd', 'Torsdag 21 maj kl. 13.15.']]),
    ].join('');
    const record = await extractRecord({ path: 'fsg.docx', bytes: docx({ body }) });
    expect(record.items.map((i) => [i.number, i.title])).toEqual([['1', 'Föregående protokoll'], ['2', 'Sommarschema 2026'], ['3', 'Nästa möte']]);
    expect(record.items[1]!.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([[['Pia Lindberg'], ['2026-04-30']]]);
  });

  it('a table of "§ 7 | Val av justerare …" rows, with no labelled parts, stays a minutes table', async () => {
    const body = [
      p(run('Protokoll krisledningsnämnden')), p(run('Datum: 2020-03-26')),
      table([row([cell(p(run('§ 7'))), cell(p(run('Val av justerare')) + p(run('Anna Berg utses att justera protokollet.')))]),
        row([cell(p(run('§ 8'))), cell(p(run('Lägesbild')) + p(run('Säkerhetssamordnaren redogjorde för läget.')))])]),
    ].join('');
    const record = await extractRecord({ path: 'kris.docx', bytes: docx({ body }) });
    expect(record.items.map((i) => [i.number, i.title])).toEqual([['§ 7', 'Val av justerare'], ['§ 8', 'Lägesbild']]);
  });
});
