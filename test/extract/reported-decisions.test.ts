/**
 * Items that report decisions taken elsewhere (delegationsbeslut, meddelanden): what they list is
 * no decision, task or deadline of the meeting; the meeting's own decision is that it files them.
 */
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/pipeline.js';
import { cell, docx, p, row, run, table } from '../read/docx-fixture.js';
import { decisionTexts, deadlineValues, ownerTexts, recordOf } from '../support/minutes.js';

const cells = (...texts: string[]) => row(texts.map((t) => cell(t ? p(run(t)) : '')));
const headerRow = (...texts: string[]) => row(texts.map((t) => cell(p(run(t, '<w:b/>')))), true);

describe('a list of delegation decisions', () => {
  it('in a Word table with a Delegat column: its rows are read for nothing, the filing is the decision', async () => {
    const body = [
      p(run('Kommunstyrelsen, protokoll 2025-10-14')),
      p(run('§ 145 Delegationsbeslut', '<w:b/>')),
      p(run('Följande delegationsbeslut anmäls:')),
      table([
        headerRow('Dnr', 'Ärende', 'Beslut', 'Delegat', 'Datum'),
        cells('KS 2025/295', 'Tilldelning av ramavtal kontorsmaterial', 'Tilldelas Kontorsgruppen AB', 'SH', '2025-09-10'),
        cells('KS 2025/301', 'Anställning av kommunikatör', 'Anställs', 'JE', '2025-09-18'),
      ]),
      p(run('Kommunstyrelsen beslutar att godkänna redovisningen av delegationsbesluten.')),
      p(run('§ 146 Övrigt', '<w:b/>')),
      p(run('Inga övriga frågor.')),
    ].join('');
    const record = await extractRecord({ path: 'ks.docx', bytes: docx({ body }) });
    const item = record.items.find((i) => i.title === 'Delegationsbeslut')!;
    expect(decisionTexts(item)).toEqual(['att godkänna redovisningen av delegationsbesluten']);
    expect(item.actions).toEqual([]);
    // the rows stay the item's text, for search
    expect(item.text).toContain('Tilldelas Kontorsgruppen AB');
  });

  it('in plain text, where the table fell apart into words on lines of their own', async () => {
    const record = await recordOf([
      'Kommunstyrelsen', 'Protokoll 2025-10-14', '',
      '§ 145 Delegationsbeslut', 'Följande delegationsbeslut anmäls:', 'Dnr', 'Ärende', 'KS', 'Anställning av kommunikatör', 'Anställs', 'JE',
      '2025/301', '2025-09-18', 'Kommunstyrelsen beslutar att godkänna redovisningen av delegationsbesluten.', '',
      '§ 146 Övrigt', 'Inga övriga frågor.', '',
    ].join('\n'));
    const item = record.items.find((i) => i.title === 'Delegationsbeslut')!;
    expect(decisionTexts(item)).toEqual(['att godkänna redovisningen av delegationsbesluten']);
    expect(ownerTexts(item)).toEqual([]);
    expect(deadlineValues(item)).toEqual([]);
  });
});

describe('a proposal to another body whose att-clauses follow on lines of their own', () => {
  it('"Kommunstyrelsen föreslår kommunfullmäktige besluta" then "att …": a proposal; "för egen del" decides', async () => {
    const body = [
      p(run('Kommunstyrelsen, protokoll 2025-10-14')),
      p(run('§ 142 Delårsrapport', '<w:b/>')),
      p(run('Beslut', '<w:b/>')),
      p(run('Kommunstyrelsen föreslår kommunfullmäktige besluta')),
      p(run('att godkänna delårsrapporten januari–augusti 2025.')),
      p(run('Kommunstyrelsen beslutar för egen del')),
      p(run('att ge kommundirektören i uppdrag att senast den 30 november 2025 redovisa en plan.')),
      p(run('§ 143 Övrigt', '<w:b/>')),
      p(run('Inga övriga frågor.')),
    ].join('');
    const record = await extractRecord({ path: 'ks.docx', bytes: docx({ body }) });
    const item = record.items.find((i) => i.title === 'Delårsrapport')!;
    expect(decisionTexts(item)).toEqual(['att ge kommundirektören i uppdrag att senast den 30 november 2025 redovisa en plan']);
  });
});
