/**
 * Minutes tables read by what their columns mean, whatever the header calls them: the item's
 * number, its title, what was said, what is to be done, who does it and by when. Each test is a
 * small Word document the way a secretary types it.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { readDocx } from '../../src/read/docx.js';
import { readText } from '../../src/read/text.js';
import { segment } from '../../src/segment/index.js';
import { findTables } from '../../src/segment/table.js';
import type { SegmentedItem } from '../../src/segment/types.js';
import { cell, docx, p, row, run, styled, table } from '../read/docx-fixture.js';

const bold = (text: string) => p(run(text, '<w:b/>'));
const cells = (...texts: string[]) => row(texts.map((t) => cell(t ? p(run(t)) : '')));
const headerRow = (...texts: string[]) => row(texts.map((t) => cell(bold(t))), true);
const opening = [
  p(run('Minnesanteckningar projektgrupp Nya Ekbackeskolan')),
  p(run('Datum: 2025-09-30')),
  p(run('Närvarande: Sven Mattsson (SM), Aylin Yilmaz (AY), Rebecka Nilsson (RN)')),
].join('');

async function itemsOf(body: string): Promise<SegmentedItem[]> {
  return segment(await readDocx(docx({ body }))).items;
}
const cellOf = (item: SegmentedItem, role: string) => item.cells.find((c) => c.role === role)?.text;
const taskTexts = (item: SegmentedItem) => (item.taskRows ?? []).map((r) => r.map((c) => `${c.role}: ${c.text}`));

describe('agenda tables by the meaning of their columns', () => {
  it('"Nr | Punkt | Noteringar | Ansvarig | Klart": numbers under Nr, the titles under Punkt', async () => {
    const items = await itemsOf(opening + table([
      headerRow('Nr', 'Punkt', 'Noteringar', 'Ansvarig', 'Klart'),
      cells('1', 'Föregående anteckningar', 'Godkändes utan kommentarer.', '', ''),
      cells('2', 'Tidplan och byggnation', 'Uppdaterad tidplan skickas till SM inom två veckor.', 'GL', '14/10'),
      cells('3', 'Ekonomi', 'ÄTA-listan stäms av med ekonomienheten.', 'SM', 'Före årsskiftet'),
    ]));
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Föregående anteckningar'], ['2', 'Tidplan och byggnation'], ['3', 'Ekonomi']]);
    expect(cellOf(items[1]!, 'notes')).toBe('Uppdaterad tidplan skickas till SM inom två veckor.');
    expect(cellOf(items[1]!, 'owner')).toBe('GL');
    expect(cellOf(items[2]!, 'deadline')).toBe('Före årsskiftet');
  });

  it('"Punkt | Diskussion | Beslut | Ansv | Datum": Punkt over words is the title column', async () => {
    const items = await itemsOf(opening + table([
      headerRow('Punkt', 'Diskussion', 'Beslut', 'Ansv', 'Datum'),
      cells('Skolgården', 'Gestaltningsförslaget presenterades av RN.', 'Förslaget godkänns.', 'RN', '2025-10-15'),
      cells('Övriga frågor', 'Inga.', '', '', ''),
    ]));
    expect(items.map((i) => i.title)).toEqual(['Skolgården', 'Övriga frågor']);
    expect(items[0]!.cells.map((c) => c.role)).toEqual(['notes', 'action', 'owner', 'deadline']);
  });

  it('"# | Ämne | Kommentar | Deadline | Ägare": the owner column may come last, after the date', async () => {
    const items = await itemsOf(opening + table([
      headerRow('#', 'Ämne', 'Kommentar', 'Deadline', 'Ägare'),
      cells('1', 'IT och AV-utrustning', 'Utrustningslista tas fram.', 'v. 45', 'MA'),
      cells('2', 'Måltid och kök', 'Frågan avgörs till nästa möte.', 'Nästa möte', 'SM'),
    ]));
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'IT och AV-utrustning'], ['2', 'Måltid och kök']]);
    expect(items[0]!.cells.map((c) => [c.role, c.text])).toEqual([['notes', 'Utrustningslista tas fram.'], ['deadline', 'v. 45'], ['owner', 'MA']]);
  });

  it('"Nr | Fråga | Åtgärd | Vem | Klart", the header typed again where a second table goes on', async () => {
    const items = await itemsOf(opening + table([
      headerRow('Nr', 'Fråga', 'Åtgärd', 'Vem', 'Klart'),
      cells('1', 'Lokaler', 'Lokalfrågan utreds.', 'KP', '3/10'),
    ]) + table([
      headerRow('Nr', 'Fråga', 'Åtgärd', 'Vem', 'Klart'),
      cells('2', 'Inflyttning', 'Arbetsgrupp tillsätts.', 'AY', 'Jan 2026'),
    ]) + p(run('Vid anteckningarna: Kerstin Palm')));
    expect(items.map((i) => [i.number, i.title, cellOf(i, 'owner')])).toEqual([['1', 'Lokaler', 'KP'], ['2', 'Inflyttning', 'AY']]);
  });

  it('a table without a header: "§ 12" cells are the number column, the words beside them the titles', async () => {
    const items = await itemsOf(p(run('Protokoll fört vid styrelsesammanträde den 3 oktober 1996')) + table([
      cells('§ 1', 'Sammanträdets öppnande'),
      cells('§ 2', 'Val av justeringsman'),
      cells('§ 3', 'Hamntaxa 1997'),
    ]));
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 1', 'Sammanträdets öppnande'], ['§ 2', 'Val av justeringsman'], ['§ 3', 'Hamntaxa 1997']]);
  });

  it('a table without a header whose § numbers carry the year ("§ 14/26"): the title over its text in the cell beside', async () => {
    const paragraphs = (...lines: string[]) => cell(lines.map((l) => p(run(l))).join(''));
    const items = await itemsOf(p(run('Protokoll fört vid sammanträde med styrelsen för Oxhamns Hamn AB den 26 mars 2026')) + table([
      row([cell(p(run('§ 13/26'))), paragraphs('Föregående protokoll', 'Protokollet lades till handlingarna.')]),
      row([cell(p(run('§ 14/26'))), paragraphs('VD:s rapport', 'VD Karin Sjöqvist föredrog rapporten.', 'Styrelsen beslutade att lägga rapporten till handlingarna.')]),
    ]));
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 13/26', 'Föregående protokoll'], ['§ 14/26', 'VD:s rapport']]);
  });

  it('a table of § rows between an uppercase title and the signature lines is the items', async () => {
    const paragraphs = (...lines: string[]) => cell(lines.map((l) => p(run(l))).join(''));
    const items = await itemsOf([
      p(run('Socialnämndens individutskott 1994-10-19')), p(''), p(run('SOCIALNÄMNDENS INDIVIDUTSKOTT')), p(''), p(run('Paragrafer 112-114')),
      table([
        row([cell(p(run('§ 112'))), paragraphs('JUSTERING', 'Att jämte ordföranden justera dagens protokoll utsågs Rolf Persson.')]),
        row([cell(p(run('§ 113'))), paragraphs('EKONOMISKT BISTÅND', 'Sekretess', 'Beslut enligt bilaga.')]),
        row([cell(p(run('§ 114'))), paragraphs('NÄSTA SAMMANTRÄDE', 'Nästa sammanträde hålls onsdagen den 16 november 1994.')]),
      ]),
      p(''), p(run('Vid protokollet')), p(''), p(run('Eva Nord')), p(''), p(run('Justeras')), p(''), p(run('Gunnar Olsson')),
    ].join(''));
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 112', 'JUSTERING'], ['§ 113', 'EKONOMISKT BISTÅND'], ['§ 114', 'NÄSTA SAMMANTRÄDE']]);
  });

  it('"Punkt | Anteckning": the whole meeting in two columns, the point beside what was said, the header again after the page break', async () => {
    const items = await itemsOf(opening + table([
      headerRow('Punkt', 'Anteckning'),
      cells('1. Mötets öppnande', 'Ordföranden hälsade alla välkomna. Dagordningen fastställdes.'),
      cells('2. Budget 2027', 'Controllern gick igenom ramarna. Sven tar fram ett underlag till nästa möte.'),
      headerRow('Punkt', 'Anteckning'),
      cells('3. Övrigt', 'Inga övriga frågor togs upp.'),
    ]));
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Mötets öppnande'], ['2', 'Budget 2027'], ['3', 'Övrigt']]);
    expect(cellOf(items[1]!, 'notes')).toBe('Controllern gick igenom ramarna. Sven tar fram ett underlag till nästa möte.');
  });

  it('the same grid with no header row: numbered titles counting up beside sentences are the items', async () => {
    const items = await itemsOf(opening + table([
      cells('1. Inledning och dagordning', 'KE hälsar välkommen. Dagordningen godkändes.'),
      cells('2. Avvikelser kvartal 1', 'AH redovisar. MF och ZA tar senast den 30 juni fram en handlingsplan.'),
      cells('3. Nästa möte', 'Tisdagen den 15 september kl. 13.15.'),
    ]));
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Inledning och dagordning'], ['2', 'Avvikelser kvartal 1'], ['3', 'Nästa möte']]);
    expect(cellOf(items[1]!, 'notes')).toBe('AH redovisar. MF och ZA tar senast den 30 juni fram en handlingsplan.');
    // (numbers that do not count up, or sentences on the left, make no agenda)
    const notAgenda = await itemsOf(opening + table([cells('3. Inledning', 'KE hälsar välkommen.'), cells('1. Budget', 'AH redovisar.'), cells('2. Övrigt', 'Inget.')]));
    expect(notAgenda.map((i) => i.title)).not.toContain('Budget');
  });

  it('a Dagordning set as a table whose titles come again as headings after it: the headings are the items', async () => {
    const items = await itemsOf(opening + bold('Dagordning') + table([
      headerRow('Nr', 'Punkt', 'Föredragande'),
      cells('1', 'Mötets öppnande', 'Ordföranden'),
      cells('2', 'Färdtjänst – ny upphandling', 'Lisa Holm'),
      cells('3', 'Frågor från föreningarna', ''),
    ]) + bold('Mötets öppnande') + p(run('Ordföranden hälsade alla välkomna.')) + bold('Färdtjänst – ny upphandling') + p(run('Lisa berättade om upphandlingen.'))
      + bold('Frågor från föreningarna') + p(run('Inga frågor.')));
    expect(items.map((i) => [i.title, i.blocks.length])).toEqual([['Mötets öppnande', 1], ['Färdtjänst – ny upphandling', 1], ['Frågor från föreningarna', 1]]);
  });

  it('a two-column table of labels and values is no agenda', async () => {
    const items = await itemsOf(opening + table([
      headerRow('Punkt', 'Anteckning'),
      cells('Datum', '2025-09-30'),
      cells('Plats', 'Kommunhuset, rum 3'),
    ]));
    expect(items.map((i) => i.title)).not.toContain('Datum');
  });

  it('a row the page break split: the part with no number or title goes on with the item above', async () => {
    const items = await itemsOf(opening + table([
      headerRow('Nr', 'Punkt', 'Noteringar', 'Ansvarig', 'Klart'),
      cells('5', 'IT och AV-utrustning', 'MA informerade om upphandlingen av skärmar.', 'MA', 'v. 45'),
      headerRow('Nr', 'Punkt', 'Noteringar', 'Ansvarig', 'Klart'),
      cells('', '', 'Förslag på utrustningslista tas fram av MA.', '', ''),
      cells('6', 'Utemiljö', 'KP kontaktar trafikenheten.', 'KP', '3/10'),
    ]));
    expect(items.map((i) => i.title)).toEqual(['IT och AV-utrustning', 'Utemiljö']);
    expect(cellOf(items[0]!, 'notes')).toBe('MA informerade om upphandlingen av skärmar. Förslag på utrustningslista tas fram av MA.');
  });
});

describe('task tables inside the items', () => {
  const boardMinutes = (taskTable: string) => [
    bold('Lindås Kommunfastigheter AB'),
    p(run('Styrelseprotokoll 5/2025')),
    p(run('Sammanträdesdatum: 18 september 2025')),
    bold('Mötets öppnande'),
    p(run('Ordföranden förklarade mötet öppnat.')),
    bold('Uppföljning av styrelsens uppdrag'),
    p(run('Sekreteraren redovisade uppdragslistan:')),
    taskTable,
    p(run('Styrelsen godkände uppföljningen.')),
    bold('Mötets avslutande'),
    p(run('Ordföranden avslutade mötet.')),
  ].join('');

  it('"Aktivitet | Ansvarig | Klar senast | Status" is no agenda: its rows are the tasks of the item it stands in', async () => {
    const items = await itemsOf(boardMinutes(table([
      headerRow('Aktivitet', 'Ansvarig', 'Klar senast', 'Status'),
      cells('Revidera delegationsordningen', 'VD', '2025-10-31', 'Pågår'),
      cells('Översyn av försäkringsskyddet', 'Stefan Nord', 'Vecka 45', 'Ej påbörjad'),
    ])));
    expect(items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Uppföljning av styrelsens uppdrag', 'Mötets avslutande']);
    expect(taskTexts(items[1]!)).toEqual([
      ['action: Revidera delegationsordningen', 'owner: VD', 'deadline: 2025-10-31', 'status: Pågår'],
      ['action: Översyn av försäkringsskyddet', 'owner: Stefan Nord', 'deadline: Vecka 45', 'status: Ej påbörjad'],
    ]);
  });

  it('"Nr | Risk | S | K | Åtgärd | Ansv." under a numbered heading: a risk register\'s scale letters do not hide its header; the rows are tasks', async () => {
    const items = await itemsOf([
      bold('Projektgrupp Kvarnbacken'), p(run('Datum: 2025-02-26')),
      bold('1 Föregående minnesanteckningar'), p(run('Minnesanteckningarna godkändes.')),
      bold('2 Risker'), p(run('Riskregistret gicks igenom.')),
      table([
        headerRow('Nr', 'Risk', 'S', 'K', 'Åtgärd', 'Ansv.'),
        cells('R1', 'Kostnadsökning för installationer', 'H', 'H', 'Kostnadsgranskning av elhandlingarna', 'CA'),
        cells('R2', 'Startbeskedet dröjer', 'M', 'H', 'Löpande kontakt med bygglovsenheten', 'JB'),
      ]),
      bold('3 Nästa möte'), p(run('Den 26 mars.')),
    ].join(''));
    expect(items.map((i) => i.title)).toEqual(['Föregående minnesanteckningar', 'Risker', 'Nästa möte']);
    expect(taskTexts(items[1]!).map((row) => row.filter((c) => /^(?:action|owner)/.test(c)))).toEqual([
      ['action: Kostnadsgranskning av elhandlingarna', 'owner: CA'],
      ['action: Löpande kontakt med bygglovsenheten', 'owner: JB'],
    ]);
  });

  it('"Vad | Vem | När" with its header row repeated at the page break', async () => {
    const items = await itemsOf(boardMinutes(table([
      headerRow('Vad', 'Vem', 'När'),
      cells('Besparingsförslag om minst 17 mnkr', 'PL', 'Före sommaruppehållet'),
      headerRow('Vad', 'Vem', 'När'),
      cells('Utredning av driftform', 'Jonas Ekström', 'September 2026'),
    ])));
    expect(taskTexts(items[1]!)).toEqual([
      ['action: Besparingsförslag om minst 17 mnkr', 'owner: PL', 'deadline: Före sommaruppehållet'],
      ['action: Utredning av driftform', 'owner: Jonas Ekström', 'deadline: September 2026'],
    ]);
  });

  it('"Vad | Vem | Tidpunkt": a column of times is a column of deadlines, and its title no owner', async () => {
    const items = await itemsOf(boardMinutes(table([
      headerRow('Vad', 'Vem', 'Tidpunkt'),
      cells('Sammanställa prognos för vinterväghållningen', 'RL', 'v. 8'),
    ])));
    expect(taskTexts(items[1]!)).toEqual([['action: Sammanställa prognos för vinterväghållningen', 'owner: RL', 'deadline: v. 8']]);
  });

  it('a closing "Uppföljningslista" that refers each task back to its item sums the items up: no item of its own', async () => {
    const items = await itemsOf(opening + table([
      headerRow('Nr', 'Ärende', 'Anteckning', 'Ansvarig'),
      cells('1', 'Budget', 'Budgeten gicks igenom.', ''),
      cells('2', 'Lokaler', 'Lokalfrågan utreds vidare.', ''),
    ]) + bold('Uppföljningslista') + table([
      headerRow('Punkt', 'Åtgärd', 'Ansvarig', 'Klart'),
      cells('2', 'Utreda lokalbehovet', 'SM', '2025-11-30'),
    ]));
    expect(items.map((i) => i.title)).toEqual(['Budget', 'Lokaler']);
    expect(taskTexts(items[1]!)).toEqual([['number: 2', 'action: Utreda lokalbehovet', 'owner: SM', 'deadline: 2025-11-30']]);
  });

  it('a running log under point 4 numbered "1, 2, 3, 4, 5" counts its own rows: they stay in point 4', async () => {
    const items = await itemsOf([
      bold('Stabsmöte 3'), p(run('Datum: 2025-12-27')),
      ...['1 Inledning', '2 Lägesbild', '3 Vård och omsorg'].flatMap((t) => [bold(t), p(run('Läget redovisades.'))]),
      bold('4 Åtgärdslogg'), p(run('Loggen gicks igenom.')),
      table([
        headerRow('Nr', 'Åtgärd', 'Ansvarig', 'Återrapport'),
        ...['Öppna trygghetspunkter', 'Begära talgrupp i Rakel', 'Inventera brukare', 'Bränsleplan för Ekbacka', 'Informationsblad'].map((a, k) => cells(String(k + 1), a, 'JB', '27/12')),
      ]),
      bold('5 Nästa stabsmöte'), p(run('I dag kl. 15.00.')),
    ].join(''));
    expect(items.map((i) => (i.taskRows ?? []).length)).toEqual([0, 0, 0, 5, 0]);
  });
});

describe('findTables', () => {
  const rowsOf = async (body: string): Promise<Block[]> => (await readDocx(docx({ body }))).blocks;

  it('tells an agenda table from a task table, and leaves a form table alone', async () => {
    const blocks = await rowsOf(
      table([cells('Mötesdatum', '2025-09-30'), cells('Plats', 'Kommunhuset')]) +
        table([headerRow('Rubrik', 'Anteckning', 'Ansvarig'), cells('Budget', 'Gicks igenom.', 'AA')]) +
        table([headerRow('Åtgärd', 'Ansvarig', 'Klart senast'), cells('Boka lokal', 'BB', '2025-10-01')]),
    );
    expect(findTables(blocks).map((t) => [t.kind, t.roles])).toEqual([
      ['agenda', ['title', 'notes', 'owner']],
      ['tasks', ['action', 'owner', 'deadline']],
    ]);
  });

  it('a column of delegates makes a list of decisions taken elsewhere: no agenda, no tasks', async () => {
    const blocks = await rowsOf(table([
      headerRow('Dnr', 'Ärende', 'Beslut', 'Delegat', 'Datum'),
      cells('KS 2025/301', 'Anställning av kommunikatör', 'Anställs', 'JE', '2025-09-18'),
      cells('KS 2025/305', 'Avskrivning av fordran', 'Avskrivs', 'SH', '2025-09-22'),
    ]));
    expect(findTables(blocks).map((t) => [t.kind, t.roles])).toEqual([['report', ['notes', 'title', 'action', 'delegate', 'deadline']]]);
  });
});

describe('a numbered table before numbered headings', () => {
  it('is the agenda the headings follow, not the items', async () => {
    const items = await itemsOf(p(run('Protokoll 2025-03-04')) + p(run('Dagordning')) + table([
      cells('1', 'Mötets öppnande'),
      cells('2', 'Budget'),
    ]) + p(run('1. Mötets öppnande')) + p(run('Ordföranden öppnade mötet.')) + p(run('2. Budget')) + p(run('Budgeten godkändes.')));
    expect(items.map((i) => [i.number, i.title, i.blocks.map((b) => b.text)])).toEqual([['1', 'Mötets öppnande', ['Ordföranden öppnade mötet.']], ['2', 'Budget', ['Budgeten godkändes.']]]);
  });
});

describe('a closing task list in plain text', () => {
  it('left at the end of the last item, where plain text gave it no heading of its own: the item keeps its text, the tasks go to their items', async () => {
    const text = [
      'Minnesanteckningar rektorsgrupp',
      'Datum: 2026-04-14',
      '',
      '4. Systematiskt kvalitetsarbete',
      'Nora gick igenom mallen för kvalitetsrapporten.',
      '',
      '5. Elevhälsa',
      'Björn lyfte att skolfrånvaron har ökat.',
      '',
      '6. Mötets avslutande',
      'Helena tackade för mötet.',
      'Uppföljningslista',
      'Punkt   Uppgift                                   Vem      När',
      '4       Synpunkter på mallen för kvalitetsrapport Alla     21/4',
      '5       Sammanställning av frånvaro per skola     BS       nästa möte',
    ].join('\n');
    const items = segment(readText(Buffer.from(text, 'utf8'))).items;
    expect(items.map((i) => i.title)).toEqual(['Systematiskt kvalitetsarbete', 'Elevhälsa', 'Mötets avslutande']);
    expect(items[2]!.blocks.map((b) => b.text)).toEqual(['Helena tackade för mötet.']);
    expect(taskTexts(items[1]!)).toEqual([['number: 5', 'action: Sammanställning av frånvaro per skola', 'owner: BS', 'deadline: nästa möte']]);
  });
});

describe('a numbered table laid out by position in plain text', () => {
  it('takes each item\'s title from the first lines of its cell, up to the sentence under it; a wrapped title line in capitals is no new row', async () => {
    const text = [
      'Protokoll lokal samverkansgrupp',
      'Datum: onsdag 2025-11-12',
      '',
      'Nr   Fråga                                   Åtgärd                    Vem      Klart',
      '1.   Mötets öppnande och val av              Emma Kask valdes till',
      '     justerare                               justerare.',
      '     Peter öppnade mötet.',
      '2.   Skyddsrond hösten 2025                  Felanmälan görs av        EK       14/11',
      '     Brister noterades i belysningen.        Emma.',
      '3.                                           Rektor tar fram ett       PA       v. 50',
      '     Arbetsbelastning                        förslag.',
      '     Lärarna upplever en hög belastning.',
    ].join('\n');
    const items = segment(readText(Buffer.from(text, 'utf8'))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['1.', 'Mötets öppnande och val av justerare'],
      ['2.', 'Skyddsrond hösten 2025'],
      ['3.', 'Arbetsbelastning'],
    ]);
    expect(cellOf(items[1]!, 'notes')).toBe('Brister noterades i belysningen.');
    expect(items[1]!.cells.map((c) => [c.role, c.text])).toEqual([
      ['notes', 'Brister noterades i belysningen.'],
      ['action', 'Felanmälan görs av Emma.'],
      ['owner', 'EK'],
      ['deadline', '14/11'],
    ]);
  });
});

describe('a numbered heading over a table of its lettered sub-items', () => {
  const h2 = (text: string) => styled('Heading2', run(text));
  it('"5 Frågor från verksamheterna" over rows "5 a", "5 b": the rows are the items, the heading only groups them', async () => {
    const items = await itemsOf(opening + h2('4 Kvalitet') + p(run('Rutinen ses över av KE.')) + h2('5 Frågor från verksamheterna') + table([
      headerRow('Nr', 'Fråga', 'Åtgärd', 'Ansvarig', 'Klart'),
      cells('5 a', 'Nyckelhantering i hemtjänsten', 'Kontakta leverantören.', 'PL', '31/3'),
      cells('5 b', 'Sommarvikarier', 'Rekryteringsträff ordnas.', 'OS', 'v. 14'),
    ]) + h2('6 Övrigt') + p(run('Nästa möte 2025-03-25.')));
    expect(items.map((i) => [i.number, i.title])).toEqual([['4', 'Kvalitet'], ['5 a', 'Nyckelhantering i hemtjänsten'], ['5 b', 'Sommarvikarier'], ['6', 'Övrigt']]);
    expect(cellOf(items[1]!, 'owner')).toBe('PL');
  });

  it('a table whose rows are numbered on their own stays the tasks of the item it stands in', async () => {
    const items = await itemsOf(opening + h2('5 Uppföljning') + table([
      headerRow('Nr', 'Fråga', 'Åtgärd', 'Ansvarig', 'Klart'),
      cells('1', 'Nyckelhantering', 'Kontakta leverantören.', 'PL', '31/3'),
      cells('2', 'Sommarvikarier', 'Rekryteringsträff ordnas.', 'OS', 'v. 14'),
    ]) + h2('6 Övrigt') + p(run('Nästa möte 2025-03-25.')));
    expect(items.map((i) => i.title)).toEqual(['Uppföljning', 'Övrigt']);
    expect(items[0]!.taskRows?.length).toBe(2);
  });
});

describe('unnumbered minutes in plain text made from a PDF', () => {
  it('a closing "Åtgärdslista" whose table fell apart into short lines adds no items; the opening items after the attendance list stay items', async () => {
    const text = [
      'Minnesanteckningar',
      'Lokal samverkansgrupp (LSG), Kvarnskolan',
      'Datum:',
      'torsdag 18 september 2025',
      'Arbetsgivaren:',
      'Malin Strand, rektor',
      '',
      'Mötets öppnande',
      'Malin hälsade välkommen och förklarade mötet öppnat.',
      '',
      'Föregående minnesanteckningar',
      'Minnesanteckningarna från 21 augusti gicks igenom och lades till handlingarna. Frågan om',
      'arbetsplatserna är öppen. Malin återkommer med besked i oktober.',
      '',
      'Mötets avslutande',
      'Malin tackade för mötet.',
      'Åtgärdslista',
      '',
      'Åtgärd',
      'Besked om arbetsplatser',
      '',
      'Ansvarig',
      'Malin',
      '',
      'Klart',
      'oktober',
    ].join('\n');
    const items = segment(readText(Buffer.from(text, 'utf8'))).items;
    expect(items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Föregående minnesanteckningar', 'Mötets avslutande']);
  });
});

describe('minutes kept wholly in a "Vad | Vem | När" table, each Vad cell a topic over what was said', () => {
  const topic = (title: string, ...sentences: string[]) => cell([bold(title), ...sentences.map((s) => p(run(s)))].join(''));
  const body = [
    p(run('Minnesanteckningar – enhetschefsmöte')), p(run('Datum: 2025-03-24')),
    table([
      headerRow('Vad', 'Vem', 'När'),
      row([topic('Föregående anteckningar', 'Anteckningarna gicks igenom. Inget kvarstår.'), cell(p(run('–'))), cell(p(run('–')))]),
      row([topic('Avvikelser', 'Två avvikelser i hemtjänsten under v.12. Maria utreder om det är ett lex Sarah-ärende.'), cell(p(run('Maria'))), cell(p(run('snarast')))]),
      row([topic('Sommarrekrytering', 'Hittills är 22 av 40 vikarier anställda.', 'Beslut: Alla vikarier erbjuds två dagars introduktion.'), cell(p(run('Peter'))), cell(p(run('30/4')))]),
    ]),
  ].join('');

  it('has the rows as its items, the topics as their titles', async () => {
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => i.title)).toEqual(['Föregående anteckningar', 'Avvikelser', 'Sommarrekrytering']);
    expect(items[2]!.cells.find((c) => c.role === 'owner')?.text).toBe('Peter');
  });

  it('a task table\'s rows, a task each, stay tasks', async () => {
    const tasks = [p(run('Minnesanteckningar')), p(run('Datum: 2025-03-24')), bold('1. Lokaler'), p(run('Lokalerna diskuterades.')), bold('2. Övrigt'), p(run('Inget.')),
      table([headerRow('Vad', 'Vem', 'När'), cells('Beställa stolar', 'Maria', '30/4'), cells('Boka lokal', 'Peter', 'v.14'), cells('Skicka kallelse', 'Lena', 'fredag')])].join('');
    expect(findTables((await readDocx(docx({ body: tasks }))).blocks).map((t) => t.kind)).toEqual(['tasks']);
  });

  it('in plain text, a line of the notes with a Vem and a När beside it goes on in its row', () => {
    const text = [
      'Minnesanteckningar – enhetschefsmöte', 'Datum: 2025-03-24', '',
      ' Vad                                                       Vem            När',
      ' Avvikelser                                                Maria          snarast',
      ' Två avvikelser i hemtjänsten under v.12. Maria utreder',
      ' om det är ett lex Sarah-ärende.',
      ' Sjukfrånvaro                                              Alla           Löpande',
      ' Sjukfrånvaron i februari var 9,4 %, högst på Solbacken.',
      ' Johanna gick igenom rehabprocessen och påminde om         Johanna        28/3',
      ' att anmälan dag 15 ska göras i personalsystemet.',
      ' Nästa möte                                                –              –',
      ' Måndag 31/3 kl. 13.00 på Solbacken.',
    ].join('\n');
    const items = segment(readText(new TextEncoder().encode(text))).items;
    expect(items.map((i) => i.title)).toEqual(['Avvikelser', 'Sjukfrånvaro', 'Nästa möte']);
    expect(items[1]!.cells.find((c) => c.role === 'owner')?.text).toContain('Johanna');
  });
});

describe('an "Åtgärd | Ansvarig funktion | Återrapportering" table', () => {
  it('is a task table: the function owns each row, the Återrapportering column dates it', async () => {
    const body = [p(run('Krisledningsgruppen')), p(run('Datum: 2025-07-14')), bold('1. Beslut och åtgärder'), p(run('Läget gicks igenom.')), bold('2. Nästa möte'), p(run('I morgon.')),
      table([headerRow('Åtgärd', 'Ansvarig funktion', 'Återrapportering'), cells('Tankbil med dricksvatten till Norrlid', 'Teknisk service', 'Nästa stabsmöte'), cells('Sammanställning av kostnaderna', 'Ekonomi', 'Fredag 18/7')])].join('');
    const found = findTables((await readDocx(docx({ body }))).blocks);
    expect(found.map((t) => [t.kind, t.roles])).toEqual([['tasks', ['action', 'owner', 'deadline']]]);
  });
});

describe('a ruled ledger "§ | Ärende och beslut", as older protocols were kept', () => {
  it('has its rows as the items: the number without its diary number, the title the text cell opens with', async () => {
    const entry = (number: string, title: string, ...text: string[]) => row([cell(p(run(number)) + p(run(`Dnr 84.0${number.slice(-2)}`))), cell([p(run(title)), ...text.map((t) => p(run(t)))].join(''))]);
    const body = [p(run('KOMMUNSTYRELSEN')), p(run('Sammanträdesdatum 1984-05-08')),
      table([headerRow('§', 'Ärende och beslut'),
        entry('§ 86', 'BOKSLUT FÖR 1983', 'Drätselkontoret har upprättat bokslut.', 'Kommunstyrelsen beslutar att godkänna bokslutet.'),
        entry('§ 87', 'BUDGETRAMAR FÖR 1985', 'Budgetberedningen har lämnat förslag.', 'Kommunstyrelsen beslöt att fastställa ramarna.'),
        entry('§ 88', 'DETALJPLAN FÖR KV SMEDEN', 'Byggnadsnämnden har översänt förslaget.', 'Ärendet återremitteras till byggnadsnämnden.')])].join('');
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 86', 'BOKSLUT FÖR 1983'], ['§ 87', 'BUDGETRAMAR FÖR 1985'], ['§ 88', 'DETALJPLAN FÖR KV SMEDEN']]);
  });
});

describe('a risk register inside an item', () => {
  it('"ID | Risk | S | K | Åtgärd | Ansvarig | Klar senast": S and K the assessment, each row a task of its owner', async () => {
    const items = await itemsOf(opening + [
      styled('Heading2', run('Punkt 5: Ekonomi')),
      p(run('Projektet håller budget.')),
      styled('Heading2', run('Punkt 6: Riskregister')),
      p(run('SM gick igenom riskregistret (S = sannolikhet, K = konsekvens).')),
      table([
        headerRow('ID', 'Risk', 'S', 'K', 'Åtgärd', 'Ansvarig', 'Klar senast'),
        cells('R3', 'Försenade leveranser av fönsterpartier', '3', '4', 'Veckovis avstämning med leverantören', 'SM', 'v. 19'),
        cells('R5', 'Ökade kostnader för bergschakt', '2', '4', 'Begära fast pris för återstående schakt', 'AY', '15/5'),
      ]),
      styled('Heading2', run('Punkt 7: Kommunikation')),
      p(run('Inget att rapportera.')),
      styled('Heading2', run('Punkt 8: Nästa möte')),
      p(run('Den 12 maj.')),
    ].join(''));
    expect(items.map((i) => i.title)).toEqual(['Ekonomi', 'Riskregister', 'Kommunikation', 'Nästa möte']);
    expect(taskTexts(items[1]!)).toEqual([
      ['notes: R3', 'notes: Försenade leveranser av fönsterpartier', 'status: 3', 'status: 4', 'action: Veckovis avstämning med leverantören', 'owner: SM', 'deadline: v. 19'],
      ['notes: R5', 'notes: Ökade kostnader för bergschakt', 'status: 2', 'status: 4', 'action: Begära fast pris för återstående schakt', 'owner: AY', 'deadline: 15/5'],
    ]);
  });
});
