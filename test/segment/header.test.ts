import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { readHeader } from '../../src/segment/header.js';

const para = (text: string): Block => ({ kind: 'paragraph', text, page: 1, style: {} });
const headerOf = (...lines: string[]) => readHeader(lines.map(para));

describe('the meeting date in the header', () => {
  it.each([
    [['Protokoll fört vid styrelsemöte nr 3/2025', 'Datum: onsdagen den 14 maj 2025'], '2025-05-14'],
    [['Kommunstyrelsens personalutskott Sammanträdesdatum 2019-03-12', 'Anslag 2019-03-19 – 2019-04-10'], '2019-03-12'],
    [['Minnesanteckningar från Folkhälsorådets möte den 5 oktober', '2017', 'Tid och plats: kl. 13.00–15.30'], '2017-10-05'],
    [['Anteckningar från styrgruppens möte den 12 maj 1999'], '1999-05-12'],
    [['Personalmöte Glöden tis 12/5-26, kl 13–15 i caféet'], '2026-05-12'],
    [['Skiftlagsmöte – insatsutvärdering', 'Händelse: Brand i flerbostadshus den 3 februari 2026', 'Tid och plats: Torsdag 12 februari 2026 kl. 19.00, brandstationen'], '2026-02-12'],
    [['Ärendeberedning inför miljönämnden 21 april 2026', 'Datum och tid: 2026-03-25, kl. 09.00–11.30'], '2026-03-25'],
    [['Beredning inför kommunstyrelsen den 4 maj 2026', 'Dag/tid: tisdag 14 april 2026 kl. 13'], '2026-04-14'],
    [['PROTOKOLL FÖRT VID ARBETSPLATSTRÄFF (APT)', 'Datum: 93-04-19, kl 17.15-19.30'], '1993-04-19'],
  ])('%j -> %s', (lines, date) => {
    expect(headerOf(...lines).date).toBe(date);
  });
});

describe('the meeting\'s body in the header', () => {
  it.each([
    [['PROTOKOLL', 'Socialnämndens arbetsutskott', 'Sammanträdesdatum 2020-08-18'], 'Socialnämndens arbetsutskott'],
    [['Barn- och utbildningsnämndens arbetsutskott 2024-02-01'], 'Barn- och utbildningsnämndens arbetsutskott'],
    [['Protokoll kommunstyrelsen', 'Sammanträdesdatum: 2025-03-11'], 'Kommunstyrelsen'],
    [['Minnesanteckningar', 'Förvaltningsledningen, Miljö- och samhällsbyggnadsförvaltningen', 'Datum: 2024-11-05'], 'Förvaltningsledningen'],
    [['Protokoll', 'Kommunala pensionärsrådet', 'Datum: 2011-09-14'], 'Pensionärsrådet'],
    [['Räddningstjänstförbundets direktion', 'Sammanträdesdatum 2007-03-29'], 'Räddningstjänstförbundets direktion'],
    [['SAMMANTRÄDESPROTOKOLL', 'Tekniska nämnden', 'Sammanträdesdatum 2025-05-06'], 'Tekniska nämnden'],
    [['Anteckningar från styrgruppsmöte, projekt Ny simhall', 'Tid: 2025-11-04 kl. 13.00–14.30'], 'Styrgruppsmöte'],
    [['Ekträsks kommun Minnesanteckningar 1 (2)', 'Samordningsgruppen för mottagande och integration', 'Onsdagen den 24 september 2025'], 'Samordningsgruppen'],
    [['PROTOKOLL', 'fört vid extra bolagsstämma per capsulam i Stenbräcke Energi AB den 14 december 2018'], 'Bolagsstämma'],
  ])('%j -> %s', (lines, body) => {
    expect(headerOf(...lines).body).toBe(body);
  });
});

describe('an attendance list run into the line before it (as a PDF may read it)', () => {
  it('starts at its label: "… konferensrummet Närvarande: Eva Nordin (EN), kostchef; …"', () => {
    const people = headerOf('Ledningsgrupp Måltidsservice', 'Minnesanteckningar tisdag 4 november 2025, kl. 08.30–11.30, Centralköket Lärkan Närvarande: Eva Nordin (EN), kostchef, ordförande; Tomas Wikström (TW), enhetschef', 'Frånvarande: Kenneth Lund (KL), enhetschef').participants;
    expect(people.map((p) => [p.name, p.initials, p.attendance])).toEqual([['Eva Nordin', 'EN', 'present'], ['Tomas Wikström', 'TW', 'present'], ['Kenneth Lund', 'KL', 'absent']]);
  });
});

describe('a participant table in the header', () => {
  const row = (...cells: string[]): Block => ({ kind: 'table-row', table: 0, page: 1, style: {}, text: cells.join(' | '), cells: cells.map((text) => ({ text, lines: [text], colSpan: 1, rowSpan: 1 })) });
  const people = (blocks: Block[]) => readHeader(blocks).participants.map((p) => [p.name, p.role, p.attendance]);

  it('"Namn | Företräder" under "Närvarande:": one person a row, no row running on into the next, those there for one item guests', () => {
    expect(people([para('Närvarande:'), row('Namn', 'Företräder'), row('Eva Lindqvist (S), ordförande', 'Kommunstyrelsen'), row('Göran Nyberg', 'Synskadades riksförbund (SRF)'), row('Mats Ehn, trafikplanerare (punkt 4)', 'Samhällsbyggnadsförvaltningen'), row('Ingrid Sjö, valsamordnare (punkt 5)', 'Valnämndens kansli')])).toEqual([
      ['Eva Lindqvist', 'ordförande', 'present'],
      ['Göran Nyberg', null, 'present'],
      ['Mats Ehn', 'trafikplanerare', 'guest'],
      ['Ingrid Sjö', 'valsamordnare', 'guest'],
    ]);
  });

  it('"Kod | Namn | Företag": a code two people share is their party\'s, no one\'s initials; the name\'s own initials stand; a legend line names the parties too', () => {
    const header = readHeader([para('Protokoll projektmöte nr 6'), row('Kod', 'Namn', 'Företag', 'Funktion'), row('B', 'Annika Ström (AS)', 'Vikbyholms kommun', 'Projektledare'), row('B', 'Göran Lilja (GL)', 'Vikbyholms kommun', 'Drifttekniker'),
      row('K', 'Lina Hedberg (LH)', 'Hydroplan AB', 'Uppdragsledare'), row('E', 'Mikael Forsgren', 'Markbolaget AB', 'Platschef'), para('B = beställare/byggherre, K = konsult (projektör), E = entreprenör.')]);
    expect(header.participants.map((p) => [p.name, p.initials])).toEqual([['Annika Ström', 'AS'], ['Göran Lilja', 'GL'], ['Lina Hedberg', 'LH'], ['Mikael Forsgren', 'E']]);
    expect(header.parties).toEqual(['B', 'K', 'E']);
  });

  it('"Kommunen | Polisen | Regionen" over the people each side sent, a line each: all there but those under "Förhinder:"', () => {
    const lines = (...cells: string[][]): Block => ({ kind: 'table-row', table: 0, page: 1, style: {}, text: cells.map((c) => c.join(' ')).join(' | '), cells: cells.map((l) => ({ text: l.join(' '), lines: l, colSpan: 1, rowSpan: 1 })) });
    expect(people([para('Samverkansgruppen för trygghet'), para('Torsdag 5 september 2024 kl. 13.00–15.30'), row('Kommunen', 'Polisen', 'Regionen'), lines(
      ['Sofia Olander (SO), trygghetssamordnare, sammankallande och antecknare', 'Tobias Wärn, fältsekreterare'],
      ['Markus Höög (MH), kommunpolis (KPO)', 'Förhinder: Anders Qvist, lokalpolisområdeschef'],
      ['Annika Sjöberg (AS), verksamhetschef Vårdcentralen Kvistvika'],
    )])).toEqual([
      ['Sofia Olander', 'trygghetssamordnare, sammankallande och antecknare', 'present'],
      ['Tobias Wärn', 'fältsekreterare', 'present'],
      ['Markus Höög', 'kommunpolis', 'present'],
      ['Anders Qvist', 'lokalpolisområdeschef', 'absent'],
      ['Annika Sjöberg', 'verksamhetschef Vårdcentralen Kvistvika', 'present'],
    ]);
  });

  it('"Namn | Parti | Uppdrag | Tjänstgöring": the party, the role and who was not there, without a label above', () => {
    expect(people([para('Miljö- och hälsoskyddsnämnden'), row('Namn', 'Parti', 'Uppdrag', 'Tjänstgöring'), row('Anna Berg', 'S', 'ordförande', 'Ordinarie'), row('Per Ek', 'M', 'ledamot', 'Frånvarande'), row('Lisa Holm', 'C', 'ersättare', 'Tjänstgörande ersättare')])).toEqual([
      ['Anna Berg', 'ordförande', 'present'],
      ['Per Ek', 'ledamot', 'absent'],
      ['Lisa Holm', 'ersättare', 'present'],
    ]);
  });

  it('"Funktion | Namn | Kort": the function whole as the role, commas and "och" in it, the short form as initials, "– ej närvarande" absent', () => {
    const participants = readHeader([para('Stabsmöte 4'), row('Funktion', 'Namn', 'Kort'), row('Beslutsfattare, kommundirektör', 'Karin Ahlgren', 'KA'), row('S4 Logistik och försörjning', 'Tomas Ek', 'TE'),
      row('Frivilliga resursgruppen (FRG)', 'Birgitta Strand', '–'), row('Bildningschef – ej närvarande', 'Oskar Lund', 'OL')]).participants;
    expect(participants.map((p) => [p.name, p.initials, p.role, p.attendance])).toEqual([
      ['Karin Ahlgren', 'KA', 'Beslutsfattare, kommundirektör', 'present'],
      ['Tomas Ek', 'TE', 'S4 Logistik och försörjning', 'present'],
      ['Birgitta Strand', null, 'Frivilliga resursgruppen (FRG)', 'present'],
      ['Oskar Lund', 'OL', 'Bildningschef', 'absent'],
    ]);
  });
});

describe('the header of short unnumbered minutes', () => {
  it('ends where running text starts: a closing line that names the minutes and their date after the items is no header line', async () => {
    const { readDocx } = await import('../../src/read/docx.js');
    const { docx, p, run } = await import('../read/docx-fixture.js');
    const { segment } = await import('../../src/segment/index.js');
    const bold = (t: string) => p(run(t, '<w:b/>'));
    const body = [
      bold('Minnesanteckningar'), p(run('Måndagen den 9 februari 2026 kl. 18.00–20.30')), p(run('Ledamöter: Ewa Lindholm (S), ordförande, Johan Persson (M)')),
      bold('Välkommen'), p(run('Ewa hälsade välkommen och gick igenom dagens program. Mona Berg ersätter Peter Krantz, som är sjuk.')),
      bold('Ungdomsdialog'), p(run('Beredningen vill träffa elevråden under vecka 11. Presidiet kontaktar rektorerna och bokar tider senast fredag.')),
      p(run('Vid anteckningarna: Erik Sand')), p(run('Minnesanteckningar 2026-02-09')),
    ].join('');
    expect(segment(await readDocx(docx({ body }))).items.map((i) => i.title)).toEqual(['Välkommen', 'Ungdomsdialog']);
  });
});

describe('the header of unnumbered minutes kept as bullets', () => {
  it('ends at bullets of running text: a footer that names the minutes after them is no header line', async () => {
    const { segment } = await import('../../src/segment/index.js');
    const block = (text: string, extra: { kind?: 'paragraph' | 'list-item'; style?: Block['style']; gapBefore?: boolean; listLevel?: number } = {}): Block => ({ kind: 'paragraph', text, page: 1, style: { size: 10 }, ...extra });
    const title = (text: string) => block(text, { style: { size: 10, bold: true }, gapBefore: true });
    const bullet = (text: string) => block(text, { kind: 'list-item', listLevel: 0 });
    const blocks = [
      title('LG Kontaktcenter v. 11 – anteckningar'), block('Tisdag 10 mars 2026 kl. 09.00–10.00'), block('Närvarande: Maria Johansson (MJ), enhetschef; Linnea Nord (LN)'),
      title('Bemanning'), bullet('Två i telefonigruppen är sjukskrivna hela mars. MJ kollar med HR om vi kan ta in timanställda och återkommer på fredag.'),
      title('E-tjänster'), bullet('KS pratar med arbetsmarknadsenheten om en lista med vanliga frågor och svar till nästa LG.'),
      block('Kontaktcenter LG-anteckningar v. 11', { style: { size: 9 }, gapBefore: true }),
    ];
    expect(segment({ format: 'pdf', pages: 1, blocks, warnings: [] } as never).items.map((i) => i.title)).toEqual(['Bemanning', 'E-tjänster']);
  });
});

describe('a Word document whose only styled line is its title', () => {
  it('reads its points as plain text is read: short lines after a space, each over running text', async () => {
    const { segment } = await import('../../src/segment/index.js');
    const para = (text: string, gapBefore = false): Block => ({ kind: 'paragraph', text, page: null, style: {}, ...(gapBefore ? { gapBefore } : {}) });
    const blocks: Block[] = [
      { kind: 'heading', text: 'Socialförvaltningens ledningsgrupp (SLG)', page: null, style: { headingLevel: 1 } },
      para('Minnesanteckningar, torsdag 26 februari 2026 kl. 08.30–11.45, socialkontoret'),
      para('Närvarande: Helena Brandt (HB), socialchef, Tomas Ekdahl (TE), avdelningschef'),
      para('Incheckning', true), para('Kort incheckning. Anteckningarna från SLG 19/2 godkändes.'),
      para('Ekonomi – prognos efter januari', true), para('Avdelningscheferna tar fram åtgärdsförslag i samråd med ekonomi. Återrapport i SLG 12/3.'),
      para('Placeringar inom IFO', true), para('TE utvärderar arbetssättet och återkommer till SLG efter påsk.'),
      para('Vid anteckningarna', true), para('Lina Qvist'),
    ];
    expect(segment({ format: 'docx', pages: null, blocks, warnings: [] } as never).items.map((i) => i.title)).toEqual(['Incheckning', 'Ekonomi – prognos efter januari', 'Placeringar inom IFO']);
  });
});

describe('the header of minutes with run-in titles in plain text', () => {
  it('ends before "Minnesanteckningarna från …": minutes in the definite form are earlier ones an item speaks of', async () => {
    const { segment } = await import('../../src/segment/index.js');
    const { readText } = await import('../../src/read/text.js');
    const text = ['Minnesanteckningar från presidiets möte', 'Tisdagen den 19 maj 2026 kl. 08.30', 'Närvarande: Anna Holm (S), ordförande, och', 'Per Lind (M). Adjungerad: Eva Ek (C).',
      'Förhinder: Mats Berg, kanslichef.', 'Föregående minnesanteckningar. Minnesanteckningarna från presidiets möte den 14', 'april godkändes.',
      'Budget. Presidiet gick igenom ärendelistan. Kanslichefen tar fram ett förslag.', 'Nästa möte. Tisdag 16 juni.'].join('\n');
    const minutes = segment(readText(new TextEncoder().encode(text)));
    expect(minutes.items.map((i) => i.title)).toEqual(['Föregående minnesanteckningar', 'Budget', 'Nästa möte']);
    expect(minutes.header.participants.map((p) => p.name)).toEqual(['Anna Holm', 'Per Lind', 'Eva Ek', 'Mats Berg']);
  });
});
