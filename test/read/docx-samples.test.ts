import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';
import { documentText, type Block, type MinutesDocument, type TableRowBlock } from '../../src/model/document.js';

const SAMPLES = path.resolve(__dirname, '../../samples/docx');
const read = (stem: string): Promise<MinutesDocument> => readDocx(fs.readFileSync(path.join(SAMPLES, `${stem}.docx`)));
const rows = (blocks: Block[], table: number): TableRowBlock[] =>
  blocks.filter((b): b is TableRowBlock => b.kind === 'table-row' && b.table === table);

describe('readDocx on the sample minutes', () => {
  it('000: numbered Heading 2 items with their tab-separated codes, and a real bullet list', async () => {
    const doc = await read('000_7b52d196786977c7');
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings).toHaveLength(11);
    expect(headings.every((h) => h.style.headingLevel === 2)).toBe(true);
    expect(headings[1]!.text).toBe('2 Ledningskommunikation (DL) I/D');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)[0]).toBe('det ska vara ”lätt att göra rätt”');
    expect(doc.blocks.every((b) => b.page === null)).toBe(true);
  });

  it('001: the page header comes first without "Sida n/N"; Heading 1 title; tab-aligned participants', async () => {
    const doc = await read('001_062690003aef6bc0');
    expect(doc.blocks.slice(0, 3).map((b) => b.text)).toEqual(['Socialförvaltningen 2024-04-02', 'Förvaltningsledningsgruppen Protokoll', 'FLG den 2 april 2024']);
    expect(doc.blocks[2]).toMatchObject({ kind: 'heading', style: { headingLevel: 1 } });
    expect(doc.blocks.map((b) => b.text)).toContain('Johan Klingborg Socialdirektör (JK)');
    expect(documentText(doc)).not.toMatch(/Sida/);
  });

  it('002: header, form table, and the minutes table with its header row, section row and merged Rubrik', async () => {
    const doc = await read('002_d87efa32b9f021cd');
    expect(doc.blocks.slice(0, 2).map((b) => b.text)).toEqual(['Vård- och omsorgsförvaltningen 2024-03-25', 'FLG MINNESANTECKNING']);
    const main = rows(doc.blocks, 1);
    expect(main[0]!.header).toBe(true);
    expect(main[0]!.cells.map((c) => c.text)).toEqual(['RUBRIK', 'Ärende/ dialog', 'Åtgärd/ beslut', 'Ansvarig']);
    expect(main).toHaveLength(19);
    const section = main.find((r) => r.cells[0]!.text === 'Förvaltningsövergripande frågor')!;
    expect(section.cells).toHaveLength(1);
    expect(section.cells[0]!.colSpan).toBe(4);
    // VON: the secretary lined up each owner with its action using empty paragraphs
    const von = main.find((r) => r.cells[0]!.text === 'VON')!;
    expect(von.cells[3]!.lines).toEqual(['RN', '', '', '', '', 'RN', '', '', '', '', 'RN', '', '', '', 'AA, RN och TU']);
    const last = main.slice(-2);
    expect(last[0]!.cells[0]).toMatchObject({ text: 'Att kommunicera', rowSpan: 2 });
    expect(last[1]!.cells.map((c) => c.text)).toEqual(['', 'Inlämning gruppuppgift, uppdrag på chefsmötet 1 mars', 'Påminnelse om att man laddar upp sin uppgift i VOF chefer alla.', 'AA']);
    expect(doc.blocks.find((b) => b.kind !== 'table-row' && b.text.includes('Helsingborg - Höganäs'))).toBeUndefined(); // it is inside a cell
    expect(main.some((r) => r.cells[1]?.lines.includes('Helsingborg - Höganäs - Åstorp - Bjuv | VO-College'))).toBe(true);
  });

  it('003: first-page header of a titlePg section, no footer, minutes table of 17 rows', async () => {
    const doc = await read('003_212a12d136dc51af');
    expect(doc.blocks.slice(0, 3).map((b) => b.text)).toEqual(['Vård- och omsorgsförvaltningen', 'Minnesanteckning', 'Förvaltningsledningsgruppsmöte']);
    expect(documentText(doc)).not.toMatch(/Kontaktcenter|Sida|1 \(3\)/);
    const main = rows(doc.blocks, 1);
    expect(main[0]!.header).toBe(true);
    expect(main.slice(1).map((r) => r.cells[0]!.text)).toContain('Peer support');
    expect(main).toHaveLength(18);
  });

  it('004: header without "SID n(N)", bold+underlined section labels, italic sub-topics', async () => {
    const doc = await read('004_86712a6743130d70');
    expect(doc.blocks[0]!.text).toBe('PROTOKOLL SAMVERKANSGRUPP');
    const byText = (t: string): Block => doc.blocks.find((b) => b.text === t)!;
    expect(byText('Information:').style).toEqual({ bold: true, underline: true });
    expect(byText('Dialog:').style).toEqual({ bold: true, underline: true });
    expect(byText('Val av justerare').style).toEqual({ bold: true });
    expect(byText('Flyktingar från Ukraina').style).toEqual({ italic: true });
    expect(documentText(doc)).not.toMatch(/SID/);
  });
});
