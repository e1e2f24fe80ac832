import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';
import type { Block, TableRowBlock } from '../../src/model/document.js';
import { cell, docx, listItem, p, pageField, row, run, styled, tab, table } from './docx-fixture.js';

const rows = (blocks: Block[]): TableRowBlock[] => blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');

describe('readDocx: paragraphs, headings and lists', () => {
  it('keeps heading levels and turns the tabs of a numbered heading into single spaces', async () => {
    const doc = await readDocx(
      docx({
        body:
          styled('Heading2', run('3'), tab, run('Planeringsdagar våren 2025 (JK)'), tab, run('I/D/B')) +
          p(run('Socialdirektören beslutar att: fastställa planeringsdagar.')),
      }),
    );
    expect(doc.format).toBe('docx');
    expect(doc.pages).toBeNull();
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: '3 Planeringsdagar våren 2025 (JK) I/D/B', style: { headingLevel: 2 }, page: null });
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'Socialdirektören beslutar att: fastställa planeringsdagar.' });
  });

  it('marks a paragraph bold, italic or underlined only when all of its text is; bold words it opens with are its leadBold', async () => {
    const doc = await readDocx(
      docx({
        body:
          p(run('Information:', '<w:b/><w:u w:val="single"/>')) +
          p(run('Flyktingar från Ukraina', '<w:i/>')) +
          p(run('Lokal: ', '<w:b/>'), run('Johans kontor')),
      }),
    );
    expect(doc.blocks.map((b) => [b.text, b.style])).toEqual([
      ['Information:', { bold: true, underline: true }],
      ['Flyktingar från Ukraina', { italic: true }],
      ['Lokal: Johans kontor', { leadBold: 'Lokal:' }],
    ]);
  });

  it('reads bulleted lists as list items with their nesting level and without the bullet', async () => {
    const doc = await readDocx(
      docx({
        body:
          p(run('Utgångspunkterna har varit,')) +
          listItem(0, 'det ska vara lätt att göra rätt') +
          listItem(1, 'delaktighet') +
          listItem(0, 'fokus på medarbetarnas behov'),
      }),
    );
    expect(doc.blocks.map((b) => [b.kind, b.text, b.listLevel])).toEqual([
      ['paragraph', 'Utgångspunkterna har varit,', undefined],
      ['list-item', 'det ska vara lätt att göra rätt', 0],
      ['list-item', 'delaktighet', 1],
      ['list-item', 'fokus på medarbetarnas behov', 0],
    ]);
  });

  it('turns empty paragraphs into a gap before the next block', async () => {
    const doc = await readDocx(docx({ body: p(run('Närvarande:')) + '<w:p/><w:p/>' + p(run('Gäster:')) }));
    expect(doc.blocks.map((b) => [b.text, b.gapBefore ?? false])).toEqual([
      ['Närvarande:', false],
      ['Gäster:', true],
    ]);
  });
});

describe('readDocx: tables', () => {
  const minutesTable = table([
    row([cell(p(run('Rubrik', '<w:b/>'))), cell(p(run('Åtgärd'))), cell(p(run('Ansvarig')))], true),
    row([cell(p(run('Förvaltningsövergripande frågor')), '<w:gridSpan w:val="3"/>')]),
    row([
      cell(p(run('VON')), '<w:vMerge w:val="restart"/>'),
      cell(p(run('Tar in konsultstöd.')) + '<w:p/><w:p/>' + p(run('RN ansvarig för nytt kök.'))),
      cell(p(run('RN')) + '<w:p/><w:p/>' + p(run('RN'))),
    ]),
    row([cell('', '<w:vMerge/>'), cell(p(run('AA skriver fram förslag.'))), cell(p(run('AA')))]),
  ]);

  it('gives one row per tr with cell lines, empty paragraphs kept between lines', async () => {
    const doc = await readDocx(docx({ body: p(run('Minnesanteckning')) + minutesTable }));
    const r = rows(doc.blocks);
    expect(r).toHaveLength(4);
    expect(r[2]!.cells.map((c) => c.lines)).toEqual([
      ['VON'],
      ['Tar in konsultstöd.', '', '', 'RN ansvarig för nytt kök.'],
      ['RN', '', '', 'RN'],
    ]);
    expect(r[2]!.cells[2]!.text).toBe('RN RN');
    expect(r[2]!.text).toBe('VON | Tar in konsultstöd. RN ansvarig för nytt kök. | RN RN');
    expect(r.every((b) => b.table === 0 && b.page === null)).toBe(true);
  });

  it('marks the repeated header row and reads spans; a merged-down cell leaves an empty placeholder', async () => {
    const doc = await readDocx(docx({ body: minutesTable }));
    const r = rows(doc.blocks);
    expect(r[0]!.header).toBe(true);
    expect(r[1]!.header).toBeUndefined();
    expect(r[1]!.cells).toHaveLength(1);
    expect(r[1]!.cells[0]).toMatchObject({ text: 'Förvaltningsövergripande frågor', colSpan: 3 });
    expect(r[2]!.cells[0]).toMatchObject({ text: 'VON', rowSpan: 2 });
    expect(r[3]!.cells.map((c) => c.text)).toEqual(['', 'AA skriver fram förslag.', 'AA']);
  });

  it('numbers tables in document order and flattens a nested table into the cell', async () => {
    const nested = table([row([cell(p(run('Sekreterare'))), cell(p(run('Titti Unosdotter')))])]);
    const doc = await readDocx(
      docx({
        body:
          table([row([cell(p(run('Sammankallande')) + nested)])]) +
          p(run('Närvarande:')) +
          table([row([cell(p(run('Punkt'))), cell(listItem(0, 'SIP utbildning') + listItem(0, 'Lex Sarah'))])]),
      }),
    );
    const r = rows(doc.blocks);
    expect(r.map((b) => b.table)).toEqual([0, 1]);
    expect(r[0]!.cells[0]!.lines).toEqual(['Sammankallande', 'Sekreterare', 'Titti Unosdotter']);
    expect(r[1]!.cells[1]!.lines).toEqual(['SIP utbildning', 'Lex Sarah']);
  });
});

describe('readDocx: the first page header', () => {
  it('puts the default header first and drops the page number fields and words', async () => {
    const doc = await readDocx(
      docx({
        header:
          p(run('Vård- och omsorgsförvaltningen'), tab, run('2024-03-25'), tab, run('Sida '), pageField('PAGE'), run('/'), pageField('NUMPAGES')) +
          p(run('FLG'), tab, run('MINNESANTECKNING')),
        body: p(run('Närvarande:')),
      }),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Vård- och omsorgsförvaltningen 2024-03-25', 'FLG MINNESANTECKNING', 'Närvarande:']);
    expect(doc.blocks[2]!.gapBefore).toBe(true);
  });

  it('uses the "first" header when the section has a different first page', async () => {
    const doc = await readDocx(
      docx({
        titlePage: true,
        header: p(run('Sidhuvud för senare sidor')),
        firstHeader:
          table([
            row([
              cell(p(run('Vård- och omsorgsförvaltningen', '<w:b/>'))),
              cell(p(run('Minnesanteckning')) + p(run('SID '), `<w:fldSimple w:instr=" PAGE ">${run('1')}</w:fldSimple>`, run('('), `<w:fldSimple w:instr="NUMPAGES">${run('3')}</w:fldSimple>`, run(')'))),
            ]),
          ]),
        body: p(run('Närvarande:')),
      }),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Vård- och omsorgsförvaltningen', 'Minnesanteckning', 'Närvarande:']);
    expect(doc.blocks[0]!.style.bold).toBe(true);
  });

  it('shows no header on the first page when it is different and has none', async () => {
    const doc = await readDocx(docx({ titlePage: true, header: p(run('Senare sidor')), body: p(run('Text')) }));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Text']);
  });

  it('keeps typed page numbers out as well ("Sida 1 (3)")', async () => {
    const doc = await readDocx(docx({ header: p(run('Protokoll')) + p(run('Sida 1 (3)')), body: p(run('Text')) }));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Protokoll', 'Text']);
  });
});

describe('readDocx: a bullet typed by hand', () => {
  it('"- Kalle fixar lokalen" is a list item without its dash, as in text and PDF; a dash inside a line is not', async () => {
    const doc = await readDocx(docx({ body: [p(run('- Kalle fixar lokalen till nästa gång')), p(run('– Mia gör affischen')), p(run('Åtgärd – Vem – När')), p(run('-'))].join('') }));
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([['list-item', 'Kalle fixar lokalen till nästa gång'], ['list-item', 'Mia gör affischen'], ['paragraph', 'Åtgärd – Vem – När'], ['paragraph', '-']]);
  });
});
