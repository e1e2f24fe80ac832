import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/text.js';
import type { Block, TableRowBlock } from '../../src/model/document.js';

const read = (lines: string[]) => readText(Buffer.from(lines.join('\n'), 'utf8'));
const rows = (blocks: Block[]): TableRowBlock[] => blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');
const cellTexts = (blocks: Block[]): string[][] => rows(blocks).map((r) => r.cells.map((c) => c.text));

describe('readText: lines, gaps, lists and pages', () => {
  it('makes every non-empty line a block, with a gap after empty or blank lines', () => {
    const doc = read([
      'Närvarande:',
      'Karin Berg (KB), Olle Lind (OL)',
      '',
      'Frånvarande:',
      'Maria Sjö (MS)',
      '   ',
      'Gäster:',
    ]);
    expect(doc.format).toBe('txt');
    expect(doc.pages).toBeNull();
    expect(doc.blocks.map((b) => [b.kind, b.text, b.gapBefore ?? false])).toEqual([
      ['paragraph', 'Närvarande:', false],
      ['paragraph', 'Karin Berg (KB), Olle Lind (OL)', false],
      ['paragraph', 'Frånvarande:', true],
      ['paragraph', 'Maria Sjö (MS)', false],
      ['paragraph', 'Gäster:', true],
    ]);
  });

  it('reads lines starting with a bullet or a dash as list items without the bullet', () => {
    const doc = read(['Utgångspunkterna har varit,', '• det ska vara lätt att göra rätt', '- delaktighet', '– fokus på behov', 'Resultat -3 mnkr']);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Utgångspunkterna har varit,'],
      ['list-item', 'det ska vara lätt att göra rätt'],
      ['list-item', 'delaktighet'],
      ['list-item', 'fokus på behov'],
      ['paragraph', 'Resultat -3 mnkr'],
    ]);
  });

  it('puts a list item\'s wrapped lines on it: indented past the bullet in -layout text, in lower case after a broken-off line in plain text', () => {
    const layout = read(['Meddelanden', '  ● Miljö- och byggnämnden 2025-09-03 § 77, föreläggande om åtgärder vid', '     Hamnverkets avloppsreningsverk senast den 31 december 2025', 'Meddelandena läggs till handlingarna.']);
    expect(layout.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Meddelanden'],
      ['list-item', 'Miljö- och byggnämnden 2025-09-03 § 77, föreläggande om åtgärder vid Hamnverkets avloppsreningsverk senast den 31 december 2025'],
      ['paragraph', 'Meddelandena läggs till handlingarna.'],
    ]);
    const plain = read(['● Skolinspektionen, beslut 2025-05-09, med krav på', 'redovisning senast den 1 oktober 2025', '● Hällby kommun, protokoll.', 'därefter en mening för sig.', 'Meddelandena läggs till handlingarna.']);
    expect(plain.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Skolinspektionen, beslut 2025-05-09, med krav på redovisning senast den 1 oktober 2025'],
      ['list-item', 'Hällby kommun, protokoll.'],
      ['paragraph', 'därefter en mening för sig.'],
      ['paragraph', 'Meddelandena läggs till handlingarna.'],
    ]);
  });

  it('numbers pages where a line starts with one space right after a non-empty line', () => {
    const doc = read([
      ' PROTOKOLL SAMVERKANSGRUPP',
      '',
      'Kvalitetschef redogör för lagföljsamheten.',
      ' Uppdatering chefsrekryteringar',
      '',
      ' • en punkt efter en tom rad är ingen sidbrytning',
      'Inga pågående rekryteringar.',
    ]);
    expect(doc.blocks.map((b) => [b.text, b.page])).toEqual([
      ['PROTOKOLL SAMVERKANSGRUPP', 1],
      ['Kvalitetschef redogör för lagföljsamheten.', 1],
      ['Uppdatering chefsrekryteringar', 2],
      ['en punkt efter en tom rad är ingen sidbrytning', 2],
      ['Inga pågående rekryteringar.', 2],
    ]);
    // the page margin is vertical space, though pdftotext writes no empty line there
    expect(doc.blocks[2]!.gapBefore).toBe(true);
  });

  it('also takes a form feed as a page break', () => {
    const doc = read(['Sida ett', '\fSida två', 'mer text', '\f']);
    expect(doc.blocks.map((b) => [b.text, b.page])).toEqual([
      ['Sida ett', 1],
      ['Sida två', 2],
      ['mer text', 2],
    ]);
  });

  it('leaves pages unknown when no page break can be seen', () => {
    const doc = read(['1 Uppstart', 'Stabschef får i uppdrag.']);
    expect(doc.blocks.map((b) => [b.text, b.page])).toEqual([
      ['1 Uppstart', null],
      ['Stabschef får i uppdrag.', null],
    ]);
  });

  it('reads UTF-8 with a BOM, and falls back to Windows-1252 with a warning', () => {
    const bom = readText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Närvarande', 'utf8')]));
    expect(bom.blocks[0]!.text).toBe('Närvarande');
    expect(bom.warnings).toEqual([]);
    const latin = readText(Buffer.from('N\xe4rvarande: \xc5sa \xd6berg', 'latin1'));
    expect(latin.blocks[0]!.text).toBe('Närvarande: Åsa Öberg');
    expect(latin.warnings[0]).toMatch(/Windows-1252/);
  });
});

describe('readText: a minutes table flattened cell by cell', () => {
  // one-line header, repeated after the page break; pdftotext joined one-line titles with the
  // first line of the next cell; the page break falls between two rows
  const twoPages = [
    'Närvarande:',
    '',
    'Karin Berg (KB), Olle Lind (OL), Maria Sjö (MS)',
    '',
    'Rubrik Anteckning Åtgärd/Beslut Ansvarig',
    '',
    'Incheckning    ',
    '',
    'Budget 2025 Ekonomichefen redovisar',
    'prognosen för året.',
    '',
    'Underskott på 2 mnkr.',
    'Åtgärdsplan tas fram.',
    '',
    'KB',
    '',
    'Rekrytering',
    'enhetschef',
    '',
    'Tre sökande har',
    'intervjuats.',
    '',
    'Beslut fattas',
    'nästa vecka.',
    '',
    'OL/MS',
    ' Rubrik Anteckning Åtgärd/Beslut Ansvarig',
    '',
    'Lokaler Olle informerar:',
    'flytten sker i maj.',
    '',
    'Alla',
    '',
    'Kl 14-15',
    'Arbetsmiljö',
    'Karin och Maria',
    'deltar',
    '',
    'Enkäten visar ökad',
    'stress.',
    '',
    'Olle tar fram en',
    'handlingsplan.',
    '',
    'OL',
    '',
    'Utcheckning    ',
  ];

  it('rebuilds one row per agenda item: title, text cells, owner last', () => {
    const doc = read(twoPages);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Rubrik', 'Anteckning', 'Åtgärd/Beslut', 'Ansvarig'],
      ['Incheckning', '', '', ''],
      ['Budget 2025', 'Ekonomichefen redovisar prognosen för året.', 'Underskott på 2 mnkr. Åtgärdsplan tas fram.', 'KB'],
      ['Rekrytering enhetschef', 'Tre sökande har intervjuats.', 'Beslut fattas nästa vecka.', 'OL/MS'],
      ['Lokaler', 'Olle informerar: flytten sker i maj.', '', 'Alla'],
      ['Kl 14-15 Arbetsmiljö Karin och Maria deltar', 'Enkäten visar ökad stress.', 'Olle tar fram en handlingsplan.', 'OL'],
      ['Utcheckning', '', '', ''],
    ]);
    const table = rows(doc.blocks);
    expect(table[0]!.header).toBe(true);
    expect(table.filter((r) => r.header)).toHaveLength(1); // the repeated header is dropped
    expect(table.map((r) => r.page)).toEqual([1, 1, 1, 1, 2, 2, 2]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Närvarande:' });
  });

  it('puts the blocks at the top of a page back into the cells of the row cut at the page bottom', () => {
    const doc = read([
      'Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'Rekrytering',
      'enhetschef',
      '',
      'Tre sökande har',
      'intervjuats och två',
      '',
      'Beslut om vem',
      '',
      'OL/MS',
      ' Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'går vidare till',
      'referenser.',
      '',
      'som anställs fattas',
      'nästa vecka.',
      '',
      'Lokaler',
      '',
      'Flytten sker i maj.',
      '',
      'Alla',
    ]);
    expect(cellTexts(doc.blocks).slice(1)).toEqual([
      ['Rekrytering enhetschef', 'Tre sökande har intervjuats och två går vidare till referenser.', 'Beslut om vem som anställs fattas nästa vecka.', 'OL/MS'],
      ['Lokaler', 'Flytten sker i maj.', '', 'Alla'],
    ]);
  });

  it('continues a row whose cells stopped mid-sentence, even when the next page starts with a capital', () => {
    const doc = read([
      'Närvarande: Annika Andersson (AA), Jeccica Linde (JL)',
      '',
      'Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'Politik Annika informerar:',
      'Ordförande undrar om vi har',
      'några inspel.',
      '',
      'FLG instämmer med',
      'Annika om att inte',
      '',
      'AA',
      ' Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'Ev ska en dragning ske',
      'på nästa nämnd',
      '',
      'Annika återkommer med',
      'information',
      '',
      'Status M365 Jeccica informerar:',
      'Ingen förflyttning sedan',
      'införandet.',
      '',
      'Uppföljning görs.',
      '',
      'Alla',
    ]);
    expect(cellTexts(doc.blocks).slice(1)).toEqual([
      ['Politik', 'Annika informerar: Ordförande undrar om vi har några inspel. Ev ska en dragning ske på nästa nämnd', 'FLG instämmer med Annika om att inte Annika återkommer med information', 'AA'],
      ['Status M365', 'Jeccica informerar: Ingen förflyttning sedan införandet.', 'Uppföljning görs.', 'Alla'],
    ]);
  });

  it('reads a header written one column title per block, and keeps empty cell lines for alignment', () => {
    const doc = read([
      'RUBRIK',
      '',
      ' ',
      'Ärende/ dialog',
      '',
      ' ',
      'Åtgärd/ beslut',
      '',
      ' ',
      'Ansvarig',
      '',
      'Kostnader',
      '',
      'Tar in konsultstöd.',
      ' ',
      'Ser över avtalen.',
      '',
      'Beslut tas i maj.',
      '',
      'RN',
      ' ',
      'TU',
    ]);
    const table = rows(doc.blocks);
    expect(table[0]!.cells.map((c) => c.text)).toEqual(['RUBRIK', 'Ärende/ dialog', 'Åtgärd/ beslut', 'Ansvarig']);
    expect(table[1]!.cells.map((c) => c.lines)).toEqual([['Kostnader'], ['Tar in konsultstöd.', '', 'Ser över avtalen.'], ['Beslut tas i maj.'], ['RN', '', 'TU']]);
  });

  it('reads bulleted sub-rows under a title merged down as rows with an empty first cell', () => {
    const doc = read([
      'Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'Att kommunicera',
      '',
      ' • SIP utbildning Beslut kring årlig',
      'obligatorisk SIP utbildning',
      'kommuniceras till akademin.',
      '',
      'AA',
      '',
      ' • Inlämning gruppuppgift,',
      'uppdrag på chefsmötet',
      '',
      'Påminnelse skickas ut.',
      '',
      'AA',
    ]);
    expect(cellTexts(doc.blocks).slice(1)).toEqual([
      ['Att kommunicera', 'SIP utbildning', 'Beslut kring årlig obligatorisk SIP utbildning kommuniceras till akademin.', 'AA'],
      ['', 'Inlämning gruppuppgift, uppdrag på chefsmötet', 'Påminnelse skickas ut.', 'AA'],
    ]);
  });

  it('ends the table at a closing line and reads on as paragraphs', () => {
    const doc = read([
      'Punkt Ärende Beslut Ansvarig',
      '',
      'Lokaler',
      '',
      'Flytten sker i maj.',
      '',
      'Beslut om flytt.',
      '',
      'Alla',
      '',
      'Vid protokollet',
      'Karin Berg',
    ]);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Punkt', 'Ärende', 'Beslut', 'Ansvarig'],
      ['Lokaler', 'Flytten sker i maj.', 'Beslut om flytt.', 'Alla'],
    ]);
    expect(doc.blocks.slice(-2).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Vid protokollet'],
      ['paragraph', 'Karin Berg'],
    ]);
  });

  it('does not take a heading and a word for a table header', () => {
    const doc = read(['Ärende', '', 'Information', '', 'Text om ärendet.']);
    expect(rows(doc.blocks)).toHaveLength(0);
  });
});

describe('readText: a bullet point wrapped before its date', () => {
  it('goes on over a line that starts with a day and a month ("… senast" over "9 oktober.")', () => {
    const doc = readText(Buffer.from(['Personal och schema', '● Linda lägger ut det i schemaprogrammet senast', '9 oktober.', '● Mats är tillbaka 28 september.'].join('\n'), 'utf8'));
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Personal och schema'],
      ['list-item', 'Linda lägger ut det i schemaprogrammet senast 9 oktober.'],
      ['list-item', 'Mats är tillbaka 28 september.'],
    ]);
  });
});

describe('readText: a labelled line under a bullet point', () => {
  it('"Ansvar: AR" indented under a point that ended its sentence is a line of its own; a wrapped sentence still goes on the point', () => {
    const doc = read([
      '2.    Föregående minnesanteckningar',
      '     ● Bokningssystemet: avtalet är inte förlängt, AR har begärt en ny offert.',
      '       Ansvar: AR',
      '       Tidplan: besked till nästa LG',
      '     ● Preliminärt bokslut visar +1,2 mnkr. Badhuset går back 0,9 mnkr på grund',
      '         av elpriserna.',
    ]);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '2. Föregående minnesanteckningar'],
      ['list-item', 'Bokningssystemet: avtalet är inte förlängt, AR har begärt en ny offert.'],
      ['paragraph', 'Ansvar: AR'],
      ['paragraph', 'Tidplan: besked till nästa LG'],
      ['list-item', 'Preliminärt bokslut visar +1,2 mnkr. Badhuset går back 0,9 mnkr på grund av elpriserna.'],
    ]);
  });
});
