/**
 * Tables whose columns are not the classic "Rubrik | Anteckning | Ansvarig", in each format the
 * readers take: tables typed with tab stops (Word, PDF), a "Vad | Vem | När" list over a page
 * break, minutes laid out by position in text (pdftotext -layout), and the § layout of older
 * protocols, whose "§ 1" hangs in the margin beside the text: running text, not a table.
 */
import { describe, expect, it } from 'vitest';
import type { Block, TableRowBlock } from '../../src/model/document.js';
import { readDocx } from '../../src/read/docx.js';
import { readPdf } from '../../src/read/pdf.js';
import { textEm } from '../../src/read/pdf/widths.js';
import { readText } from '../../src/read/text.js';
import { docx, p, run, tab } from './docx-fixture.js';
import { makePdf, type FixtureText } from './pdf/make-pdf.js';

const SIZE = 11;
const PITCH = 13;
const cellTexts = (blocks: Block[]): string[][] =>
  blocks.filter((b): b is TableRowBlock => b.kind === 'table-row').map((r) => r.cells.map((c) => c.text));
const others = (blocks: Block[]): string[] => blocks.filter((b) => b.kind !== 'table-row').map((b) => b.text);
const readLines = (lines: string[]) => readText(Buffer.from(lines.join('\n'), 'utf8'));

/** Words wrapped the way a word processor does at `width` points of Helvetica. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textEm(candidate) * SIZE > width) {
      out.push(line);
      line = word;
    } else line = candidate;
  }
  return [...out, line];
}

describe('readPdf: the § layout of an older protocol', () => {
  // "§ 1 <tab> Sammanträdets öppnande", the item's text indented under the title; "Närvarande:
  // <tab> name", one name a line
  const LABEL = 72;
  const TEXT = 150;
  const WIDTH = 330;
  const OPENING = 'Protokoll fört vid styrelsesammanträde i Skärviks Hamn AB den 3 oktober 1996 å hamnkontoret, Skärvik. ' +
    'Styrelsen var beslutför. Kallelse och dagordning hade sänts ut i behörig ordning till samtliga ledamöter och suppleanter.';
  const page: FixtureText[] = wrap(OPENING, TEXT + WIDTH - LABEL)
    .map((text, i) => ({ x: LABEL, y: 780 - i * PITCH, text, size: SIZE }));
  let y = 720;
  const put = (x: number, text: string): void => {
    page.push({ x, y, text, size: SIZE });
    y -= PITCH;
  };
  page.push({ x: LABEL, y, text: 'Närvarande:', size: SIZE });
  for (const name of ['Sture Lindgren, ordförande', 'Ingvar Nilsson', 'Margit Johansson']) put(TEXT, name);
  y -= PITCH;
  const items: [string, string, string][] = [
    ['§ 1', 'Sammanträdets öppnande', 'Ordföranden hälsade de närvarande välkomna och förklarade sammanträdet öppnat.'],
    ['§ 2', 'Muddring av inseglingsrännan', 'Styrelsen beslöt att uppdra åt VD att infordra anbud. VD redovisar anbuden till styrelsens nästa sammanträde.'],
  ];
  for (const [label, title, text] of items) {
    page.push({ x: LABEL, y, text: label, size: SIZE });
    put(TEXT, title);
    for (const line of wrap(text, WIDTH)) put(TEXT, line);
    y -= PITCH;
  }

  it('reads the labels with the text beside them as running text, each item\'s title a paragraph of its own', async () => {
    const doc = await readPdf(makePdf([{ texts: page }]));
    expect(cellTexts(doc.blocks)).toEqual([]);
    expect(others(doc.blocks)).toEqual([
      OPENING,
      'Närvarande: Sture Lindgren, ordförande',
      'Ingvar Nilsson',
      'Margit Johansson',
      '§ 1 Sammanträdets öppnande',
      'Ordföranden hälsade de närvarande välkomna och förklarade sammanträdet öppnat.',
      '§ 2 Muddring av inseglingsrännan',
      'Styrelsen beslöt att uppdra åt VD att infordra anbud. VD redovisar anbuden till styrelsens nästa sammanträde.',
    ]);
  });
});

describe('readPdf: a "Vad | Vem | När" list typed with tab stops, over a page break', () => {
  const cols = [72, 300, 420];
  const at = (col: number, y: number, text: string, font: FixtureText['font'] = 'regular'): FixtureText => ({ x: cols[col]!, y, text, size: SIZE, font });
  const page1: FixtureText[] = [
    { x: 72, y: 700, text: '6. Uppföljningslista', size: 12, font: 'bold' },
    ...['Vad', 'Vem', 'När'].map((t, i) => at(i, 670, t, 'bold')),
    at(0, 655, 'Inventering av tillgängliga toaletter'), at(1, 655, 'Linnea Forsberg'), at(2, 655, '2025-11-30'),
    at(0, 642, 'Ledstråk vid resecentrum'), at(1, 642, 'Oscar Nyberg'), at(2, 642, 'december'),
  ];
  const page2: FixtureText[] = [
    at(0, 780, 'Bemötandeutbildning för kundtjänst'), at(1, 780, 'HR-avdelningen'), at(2, 780, 'Q1 2026'),
    { x: 72, y: 745, text: '7. Övriga frågor', size: 12, font: 'bold' },
    { x: 72, y: 725, text: 'Inga övriga frågor.', size: SIZE },
  ];

  it('is a table from its row of column titles, and its last row on the next page is still one of its rows', async () => {
    const doc = await readPdf(makePdf([{ texts: page1 }, { texts: page2 }]));
    expect(cellTexts(doc.blocks)).toEqual([
      ['Vad', 'Vem', 'När'],
      ['Inventering av tillgängliga toaletter', 'Linnea Forsberg', '2025-11-30'],
      ['Ledstråk vid resecentrum', 'Oscar Nyberg', 'december'],
      ['Bemötandeutbildning för kundtjänst', 'HR-avdelningen', 'Q1 2026'],
    ]);
    const rows = doc.blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');
    expect(new Set(rows.map((r) => r.table)).size).toBe(1);
    expect(others(doc.blocks)).toEqual(['6. Uppföljningslista', '7. Övriga frågor', 'Inga övriga frågor.']);
  });
});

describe('readDocx: a table typed with tab stops', () => {
  it('makes the paragraphs under a row of column titles table rows, two tabs counting as one', async () => {
    const doc = await readDocx(docx({
      body: [
        p(run('Uppföljning av frågor från tidigare möten:')),
        p(run('Vad', '<w:b/>'), tab, run('Vem', '<w:b/>'), tab, run('När', '<w:b/>')),
        p(run('Inventering av toaletter'), tab, run('Linnea Forsberg'), tab, run('2025-11-30')),
        p(run('Ledstråk vid resecentrum'), tab, tab, run('Oscar Nyberg'), tab, run('december')),
        p(run('Rådet noterar informationen.')),
        p(run('Sekreterare'), tab, run('Ordförande')),
      ].join(''),
    }));
    expect(cellTexts(doc.blocks)).toEqual([
      ['Vad', 'Vem', 'När'],
      ['Inventering av toaletter', 'Linnea Forsberg', '2025-11-30'],
      ['Ledstråk vid resecentrum', 'Oscar Nyberg', 'december'],
    ]);
    expect(doc.blocks.find((b) => b.kind === 'table-row')).toMatchObject({ header: true, table: 0 });
    expect(others(doc.blocks)).toEqual(['Uppföljning av frågor från tidigare möten:', 'Rådet noterar informationen.', 'Sekreterare Ordförande']);
  });
});

describe('readText: tables by what their columns hold', () => {
  it('"Vad | Vem | När" flattened cell by cell, its first title in the heading\'s block, its header repeated on the next page', () => {
    const doc = readLines([
      'Driftform',
      'Kultur- och fritidschefen får i uppdrag att utreda driftformen.',
      '',
      'Åtgärdslista',
      'Vad',
      '',
      'Vem',
      '',
      'När',
      '',
      'Besparingsförslag om minst 17 mnkr',
      '',
      'PL',
      '',
      'Före',
      'sommaruppehållet',
      '',
      'Uppdatera projektets webbsida',
      '',
      'Nadia Karimi',
      '',
      'v. 12',
      '\fVad',
      '',
      'Vem',
      '',
      'När',
      '',
      'Bjuda in simföreningarna till',
      'referensgrupp',
      '',
      'Maria Öhman',
      '',
      '2026-04-15',
      '',
      'Nästa möte',
      'Tisdag 14 april 2026 kl. 08.30.',
    ]);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Vad', 'Vem', 'När'],
      ['Besparingsförslag om minst 17 mnkr', 'PL', 'Före sommaruppehållet'],
      ['Uppdatera projektets webbsida', 'Nadia Karimi', 'v. 12'],
      ['Bjuda in simföreningarna till referensgrupp', 'Maria Öhman', '2026-04-15'],
    ]);
    expect(others(doc.blocks)).toEqual([
      'Driftform', 'Kultur- och fritidschefen får i uppdrag att utreda driftformen.', 'Åtgärdslista', 'Nästa möte', 'Tisdag 14 april 2026 kl. 08.30.',
    ]);
  });

  it('laid out by position: a task table whose first column wraps, in lower case, beside the other cells', () => {
    const doc = readLines([
      'Uppföljning av styrelsens uppdrag',
      'Sekreteraren redovisade uppdragslistan:',
      'Aktivitet                        Ansvarig        Klar senast       Status',
      'Revidera                         VD              2025-10-31        Pågår',
      'delegationsordningen',
      'Översyn av                       Stefan Nord     Vecka 45          Ej',
      'försäkringsskyddet                                                 påbörjad',
      '',
      'Styrelsen godkände uppföljningen.',
    ]);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Aktivitet', 'Ansvarig', 'Klar senast', 'Status'],
      ['Revidera delegationsordningen', 'VD', '2025-10-31', 'Pågår'],
      ['Översyn av försäkringsskyddet', 'Stefan Nord', 'Vecka 45', 'Ej påbörjad'],
    ]);
    expect(others(doc.blocks)).toEqual(['Uppföljning av styrelsens uppdrag', 'Sekreteraren redovisade uppdragslistan:', 'Styrelsen godkände uppföljningen.']);
  });

  it('laid out by position: a list typed with tab stops whose last row went on to the next page, rows a blank line apart', () => {
    const doc = readLines([
      'Uppföljning av frågor från tidigare möten:',
      'Vad                                          Vem                    När',
      'Inventering av tillgängliga toaletter        Linnea Forsberg        2025-11-30',
      '',
      'Ledstråk vid resecentrum, Trafikverket       Oscar Nyberg           december',
      '\fBemötandeutbildning för kundtjänst           HR-avdelningen         Q1 2026',
      '',
      '7. Övriga frågor',
      'Inga övriga frågor.',
    ]);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Vad', 'Vem', 'När'],
      ['Inventering av tillgängliga toaletter', 'Linnea Forsberg', '2025-11-30'],
      ['Ledstråk vid resecentrum, Trafikverket', 'Oscar Nyberg', 'december'],
      ['Bemötandeutbildning för kundtjänst', 'HR-avdelningen', 'Q1 2026'],
    ]);
    expect(others(doc.blocks)).toEqual(['Uppföljning av frågor från tidigare möten:', '7. Övriga frågor', 'Inga övriga frågor.']);
  });

  it('laid out by position over a page break: the header repeated under the page header, a row split across the pages', () => {
    const doc = readLines([
      'Minnesanteckningar projektmöte nr 14',
      '',
      'Nr Punkt                     Noteringar                      Ansvarig   Klart',
      '1    Föregående anteckningar Föregående minnesanteckningar',
      '                             godkändes utan kommentarer.',
      '5    IT och AV-utrustning    MA informerade om               MA         v. 45',
      '                             upphandlingen av skärmar.',
      '\fKvarnby kommun – Projekt Nya Ekbackeskolan                              Sida 2 (2)',
      '',
      'Nr Punkt                     Noteringar                        Ansvarig   Klart',
      '                             Förslag på utrustningslista tas',
      '                             fram av MA i samråd med AY.',
      '6    Utemiljö och skolgård   KP kontaktar trafikenheten.     KP           3/10',
      '',
      'Vid anteckningarna: Kerstin Palm',
    ]);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Nr', 'Punkt', 'Noteringar', 'Ansvarig', 'Klart'],
      ['1', 'Föregående anteckningar', 'Föregående minnesanteckningar godkändes utan kommentarer.', '', ''],
      ['5', 'IT och AV-utrustning', 'MA informerade om upphandlingen av skärmar. Förslag på utrustningslista tas fram av MA i samråd med AY.', 'MA', 'v. 45'],
      ['6', 'Utemiljö och skolgård', 'KP kontaktar trafikenheten.', 'KP', '3/10'],
    ]);
    expect(others(doc.blocks)).toEqual(['Minnesanteckningar projektmöte nr 14', 'Vid anteckningarna: Kerstin Palm']);
  });
});

describe('a table laid out by position whose titles are "Nr | Punkt | … | Åtgärd / beslut"', () => {
  it('reads "Punkt" after "Nr" as the item title and finds "Åtgärd / beslut" written with spaces', () => {
    const blocks = readLines([
      ' Nr   Punkt                 Noteringar                  Åtgärd / beslut          Vem         Klart senast',
      ' 1    Incheckning           Kort runda, alla.',
      ' 2    Ekonomi – prognos     AH redovisade prognosen.    Avdelningscheferna       Avd.chefer  v. 12',
      '      februari                                          går igenom prognoserna.',
    ]).blocks;
    const rows = cellTexts(blocks);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.flat().join(' | ')).toContain('Ekonomi – prognos februari');
    expect(rows.flat()).toContain('Avd.chefer');
  });
});

describe('a column title wrapped after its "och" ("Noteringar och" / "överenskommelser") and "Huvudansvar"', () => {
  it('still makes the line a table header, with an owner column', () => {
    const blocks = readLines([
      ' Nr    Fråga                    Noteringar och                    Huvudansvar      Tidplan',
      '                                överenskommelser',
      ' 1     Sommarbemanning          Rekryteringsläget är bättre.      Enhetscheferna   v. 16',
      ' 2     Avvikelser               MAS redovisade statistiken.       HR               Till ÄLG i maj',
    ]).blocks;
    const rows = cellTexts(blocks);
    expect(rows.flat()).toContain('Enhetscheferna');
    expect(rows.flat()).toContain('Sommarbemanning');
  });
});

describe('a cell set a little left of its column title', () => {
  it('belongs to the column it starts nearest to; the table does not end there', () => {
    const blocks = readLines([
      'Ärende                    Åtgärd                         Vem                 Senast',
      'Skyltning vid      Ta in offert från två                 Ola Bergström       vecka 24',
      'Personalhandbok           Revidering av avsnittet        Linnea              Löpande',
    ]).blocks;
    const rows = cellTexts(blocks);
    expect(rows).toContainEqual(['Skyltning vid', 'Ta in offert från två', 'Ola Bergström', 'vecka 24']);
    expect(rows.flat()).toContain('Linnea');
  });
});
