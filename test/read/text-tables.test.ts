/**
 * Minutes tables in other shapes than the samples, written in the same pdftotext conventions:
 * the row rules must hold for them too.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/text.js';
import type { Block, TableRowBlock } from '../../src/model/document.js';

const read = (lines: string[]) => readText(Buffer.from(lines.join('\n'), 'utf8'));
const cellTexts = (blocks: Block[]): string[][] =>
  blocks.filter((b): b is TableRowBlock => b.kind === 'table-row').map((r) => r.cells.map((c) => c.text));

describe('readText: other minutes tables', () => {
  it('three columns, owners given by first name', () => {
    const doc = read([
      'Närvarande: Karin Berg (KB), Olle Lind (OL), Maria Sjö (MS)',
      '',
      'Ärende Beslut Ansvarig',
      '',
      'Mötets öppnande',
      '',
      'Ordföranden öppnar',
      'mötet.',
      '',
      'Karin',
      '',
      'Möte med Region',
      'Skåne om samverkan',
      '',
      'Ett första möte hålls',
      'i april.',
      '',
      'Olle och Maria',
      '',
      'Semesterplanering',
      '',
      'Klar senast 1 maj.',
      '',
      'Alla',
    ]);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Ärende', 'Beslut', 'Ansvarig'],
      ['Mötets öppnande', 'Ordföranden öppnar mötet.', 'Karin'],
      ['Möte med Region Skåne om samverkan', 'Ett första möte hålls i april.', 'Olle och Maria'],
      ['Semesterplanering', 'Klar senast 1 maj.', 'Alla'],
    ]);
  });

  it('two columns without an owner column', () => {
    const doc = read([
      'Punkt Anteckning',
      '',
      'Ekonomi',
      '',
      'Prognosen visar ett',
      'överskott.',
      '',
      'Arbetsmiljö',
      '',
      'Enkäten är klar.',
      'Resultatet redovisas i juni.',
    ]);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Punkt', 'Anteckning'],
      ['Ekonomi', 'Prognosen visar ett överskott.'],
      ['Arbetsmiljö', 'Enkäten är klar. Resultatet redovisas i juni.'],
    ]);
  });

  it('a row cut at the page bottom whose owner column goes on too', () => {
    const doc = read([
      'Närvarande: Rickard Nilsson (RN), Annika Andersson (AA), Titti Unosdotter (TU)',
      '',
      'Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'Kost',
      '',
      'Reflexioner från',
      'nämnden.',
      '',
      'Tar in konsultstöd.',
      ' ',
      'RN ansvarig för nytt',
      'kök och',
      '',
      'RN',
      ' ',
      'RN',
      ' Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'redundansplanering.',
      ' ',
      'AA skriver fram förslag.',
      '',
      ' ',
      'AA',
      '',
      'Utcheckning',
    ]);
    expect(cellTexts(doc.blocks).slice(1)).toEqual([
      ['Kost', 'Reflexioner från nämnden.', 'Tar in konsultstöd. RN ansvarig för nytt kök och redundansplanering. AA skriver fram förslag.', 'RN RN AA'],
      ['Utcheckning', '', '', ''],
    ]);
  });
});

describe('readText: a row over three pages', () => {
  it('carries the row on after each page break', () => {
    const doc = read([
      'Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'Budget',
      '',
      'Prognosen visar ett',
      '',
      'Ekonomichefen tar fram',
      '',
      'KB',
      ' Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'underskott på två',
      '',
      'en åtgärdsplan som',
      ' Rubrik Anteckning Åtgärd/Beslut Ansvarig',
      '',
      'miljoner.',
      '',
      'redovisas i maj.',
      '',
      'Lokaler',
      '',
      'Flytten sker i juni.',
      '',
      'Alla',
    ]);
    expect(cellTexts(doc.blocks).slice(1)).toEqual([
      ['Budget', 'Prognosen visar ett underskott på två miljoner.', 'Ekonomichefen tar fram en åtgärdsplan som redovisas i maj.', 'KB'],
      ['Lokaler', 'Flytten sker i juni.', '', 'Alla'],
    ]);
  });
});

describe('readText: a -layout task table with a "Klart?" column of ticks', () => {
  it('reads its rows: "Klart?" says whether a row is done, not when', () => {
    const doc = read([
      'Malin gick igenom listan från förra APT:n.',
      ' Vad                                       Vem                 När          Klart?',
      ' Köpa in nya vilmadrasser till Myran       Amir                v. 39        ✓',
      ' Dokumentera utevistelsen i                Varje avdelning     Löpande      Pågår',
      ' lärplattformen',
      ' Boka HLR-utbildning för nyanställda       Lotta               2025-10-31',
      '',
      '3. Information från förskolechefen',
    ]);
    expect(cellTexts(doc.blocks)).toEqual([
      ['Vad', 'Vem', 'När', 'Klart?'],
      ['Köpa in nya vilmadrasser till Myran', 'Amir', 'v. 39', '✓'],
      ['Dokumentera utevistelsen i lärplattformen', 'Varje avdelning', 'Löpande', 'Pågår'],
      ['Boka HLR-utbildning för nyanställda', 'Lotta', '2025-10-31', ''],
    ]);
  });
});

describe('readText: a -layout table whose column title has several words ("Ärende och anteckningar")', () => {
  it('takes the titles as the spaces set them apart, and the rows under them', () => {
    const blocks = read([
      'Central samverkansgrupp 2025-10-08',
      '',
      ' Nr   Ärende och anteckningar                 Vad ska göras          Vem                Senast',
      ' 2    Föregående minnesanteckningar           Påminna köken som      HR (Karin W)       17 okt',
      '      Anteckningarna godkändes.               inte skickat in',
      ' 3    Arbetsmiljöverkets inspektion           Ta fram                Maria Ö            v. 44',
      '      Maria Öberg informerade.                riskbedömningar',
    ]);
    expect(cellTexts(blocks.blocks)).toEqual([
      ['Nr', 'Ärende och anteckningar', 'Vad ska göras', 'Vem', 'Senast'],
      ['2', 'Föregående minnesanteckningar Anteckningarna godkändes.', 'Påminna köken som inte skickat in', 'HR (Karin W)', '17 okt'],
      ['3', 'Arbetsmiljöverkets inspektion Maria Öberg informerade.', 'Ta fram riskbedömningar', 'Maria Ö', 'v. 44'],
    ]);
  });
});

describe('readText: text that keeps its form feeds', () => {
  it('takes a row set off by one space under the wrapped lines of the row above as a row, not a new page', () => {
    const doc = read([
      'Ledningsgrupp 2025-11-04',
      '',
      ' Punkt                   Information/diskussion          Beslut            Ansvarig   Klart till',
      ' 3. Upphandling av       JB informerade om den nya       –                 TW         21/11',
      ' livsmedel 2026          upphandlingen.',
      '                         TW sammanställer listorna.',
      ' 4. Specialkost          Beställningarna har ökat.       Rutinen           AS         Före jul',
      '                         AS informerar rektorerna.       fastställdes.',
      '',
      '\fLedningsgrupp 2025-11-04                                                Sida 2 (2)',
    ]);
    expect(cellTexts(doc.blocks).map((r) => r[0])).toEqual(['Punkt', '3. Upphandling av livsmedel 2026', '4. Specialkost']);
    expect(doc.blocks.filter((b) => b.kind === 'table-row').map((b) => b.page)).toEqual([1, 1, 1]);
  });
});

describe('readText: a -layout row whose title wraps after a preposition', () => {
  it('goes on on the next line though that line starts with a capital ("Hållplatsen vid" over "Norrbyvägen")', () => {
    const doc = read([
      'Trafiksäkerhetsgruppen 2026-01-28',
      '',
      ' Punkt                  Noteringar                                      Vem                   När',
      ' Hållplatsen vid        Den 14 januari höll en bil på att köra på       Mikael (gata/park)    Inom två veckor',
      ' Norrbyvägen            en elev. Mikael undersöker sänkt hastighet.',
      ' Enkät om skolvägar     Ingela redovisade enkäten.                      Ingela                Tisdag',
    ]);
    expect(cellTexts(doc.blocks).map((r) => r[0])).toEqual(['Punkt', 'Hållplatsen vid Norrbyvägen', 'Enkät om skolvägar']);
  });
});

describe('readText: a -layout table with one column title the lexicon does not know ("Inkom från")', () => {
  it('reads the header by its other titles, and a line with no owner or date whose cells go on in lower case as the row above going on', () => {
    const blocks = read([
      'Inkomna synpunkter',
      '',
      ' Synpunkt                        Inkom från            Hanteras av               Återrapport',
      ' Skymd sikt i korsningen         Boende via            Gatuenheten               Under hösten',
      ' Björkvägen/Ringvägen, häck      kommunens webb',
      ' på tomtmark',
      ' Skolbussar kör för fort genom   Föräldrar, Tranbo     Polisen                   v. 36',
      ' Tranbo by                       skola',
    ]);
    expect(cellTexts(blocks.blocks)).toEqual([
      ['Synpunkt', 'Inkom från', 'Hanteras av', 'Återrapport'],
      ['Skymd sikt i korsningen Björkvägen/Ringvägen, häck på tomtmark', 'Boende via kommunens webb', 'Gatuenheten', 'Under hösten'],
      ['Skolbussar kör för fort genom Tranbo by', 'Föräldrar, Tranbo skola', 'Polisen', 'v. 36'],
    ]);
  });
});

describe('readText: a -layout task table under a numbered point', () => {
  it('ends at the minutes\' next numbered point alone on its line, and the next table under that point is read on its own', () => {
    const blocks = read([
      '5. Utegården',
      'Sandlådan och flera av cyklarna behöver ses över.',
      ' Vad ska göras                                 Vem                    Klart till',
      ' Felanmäla grinden vid cykelförrådet           Karl                   Imorgon',
      '6. Lucia och advent',
      'Luciafirandet för vårdnadshavarna blir fredag 11 december kl. 8.00 på gården.',
      ' Vad ska göras                                  Vem                   Klart till',
      ' Skicka inbjudan till vårdnadshavarna i appen Emelie                  27/11',
      ' Öva sångerna med barnen                        Alla avdelningar      Innan lucia',
      ' Köpa batteriljus, glitter och pepparkakor      Sanna                 v. 49',
    ]);
    expect(blocks.blocks.filter((b) => b.kind !== 'table-row').map((b) => b.text)).toEqual([
      '5. Utegården', 'Sandlådan och flera av cyklarna behöver ses över.', '6. Lucia och advent', 'Luciafirandet för vårdnadshavarna blir fredag 11 december kl. 8.00 på gården.',
    ]);
    // (the second table's first owner, "Emelie", is squeezed two characters left of "Vem")
    expect(cellTexts(blocks.blocks).slice(2, 4)).toEqual([['Vad ska göras', 'Vem', 'Klart till'], ['Skicka inbjudan till vårdnadshavarna i appen', 'Emelie', '27/11']]);
  });
});

describe('readText: a -layout table with a narrow number column', () => {
  it('ends at a sentence that starts under the number and runs on over the next column, and a row\'s number squeezed against its text stays a row', () => {
    const blocks = read([
      'LS gick igenom uppdragen från förra mötet:',
      ' Nr   Uppdrag från 2026-02-05                     Ansvarig    Status',
      ' 1    Sammanställa antalet SIP:ar 2025 per        LS          Klart, redovisas under punkt',
      '      huvudman                                                6',
      ' 10 Ta fram en gemensam kontaktlista              JF          Klart',
      ' 5    Föreslå en representant till länsgruppen    IÅ          Stryks, KR har anmält sig',
      '      för spelberoende                                        själv',
      'Uppdrag 3 och 4 står kvar på listan.',
      'Punkt 3 – Lägesbild från huvudmännen',
    ]);
    const rows = cellTexts(blocks.blocks);
    expect(rows.map((r) => r.slice(2))).toEqual([['Ansvarig', 'Status'], ['LS', 'Klart, redovisas under punkt 6'], ['JF', 'Klart'], ['IÅ', 'Stryks, KR har anmält sig själv']]);
    expect(rows[3]!.slice(0, 2)).toEqual(['5', 'Föreslå en representant till länsgruppen för spelberoende']);
    expect(blocks.blocks.filter((b) => b.kind !== 'table-row').map((b) => b.text)).toEqual(['LS gick igenom uppdragen från förra mötet:', 'Uppdrag 3 och 4 står kvar på listan.', 'Punkt 3 – Lägesbild från huvudmännen']);
  });
});

describe('readText: a "Läge | Åtgärd | Ansvarig | Klart" table under each numbered point (pdftotext -layout)', () => {
  const table = (...rows: [string, string, string, string][]) => [
    ' Läge                         Åtgärd                              Ansvarig          Klart',
    ...rows.map(([a, b, c, d]) => ` ${a.padEnd(29)}${b.padEnd(36)}${c.padEnd(18)}${d}`),
  ];
  const doc = read([
    'Samverkansgruppen för trygghet', 'Minnesanteckningar torsdag 5 september 2024', '',
    '3. Polisen', ...table(['Narkotikaförsäljning', 'Riktade insatser fredagar', 'KPO (MH)', 'Löpande'], ['Låg anmälningsbenägenhet', 'Informationsträff för handlarna', 'KPO', 'Oktober']), '', '',
    '4. Kommunen', ...table(['Skadegörelse i parken', 'Byta till brandsäkra kärl', 'Gatuenheten (JL)', '15/10']), '', '',
    '5. Övrigt', 'Nästa möte den 7 november.',
  ]);

  it('reads "Läge", how things stand, as the notes each row answers: the rows are read', () => {
    expect(cellTexts(doc.blocks).filter((r) => r[0] !== 'Läge')).toEqual([
      ['Narkotikaförsäljning', 'Riktade insatser fredagar', 'KPO (MH)', 'Löpande'],
      ['Låg anmälningsbenägenhet', 'Informationsträff för handlarna', 'KPO', 'Oktober'],
      ['Skadegörelse i parken', 'Byta till brandsäkra kärl', 'Gatuenheten (JL)', '15/10'],
    ]);
  });

  it('ends each table at the next numbered point, though the same header follows it', () => {
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain('4. Kommunen');
    const rows = doc.blocks.filter((b): b is TableRowBlock => b.kind === 'table-row' && !b.header);
    expect(new Set(rows.map((r) => r.table)).size).toBe(2);
  });
});

describe('readText: a participant table laid out by pdftotext -layout', () => {
  it('"Namn  Sign.  Funktion  Närv." over one person a row: the people, their initials, roles and who was away', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf([
      'Ledningsgrupp kultur och fritid (LG)', 'Tisdag 17 januari 2023, kl. 09.00–11.30', '',
      ' Namn                         Sign.      Funktion                                     Närv.',
      ' Helena Berglöf               HB         Förvaltningschef                             x',
      ' Jonas Wiik                   JW         Bibliotekschef                               –',
      ' Emil Forsberg                EF         Fastighetsförvaltare, Gräsnäs Lokaler AB     gäst p. 4', '', '',
      '1.    Mötets öppnande', '     ● HB hälsade välkommen.',
      '2.    Lokaler', '     ● EF beställer en takentreprenör senast 26/1.',
    ].join('\n'));
    expect(record.participants.map((p) => [p.name, p.initials, p.role, p.attendance])).toEqual([
      ['Helena Berglöf', 'HB', 'Förvaltningschef', 'present'],
      ['Jonas Wiik', 'JW', 'Bibliotekschef', 'absent'],
      ['Emil Forsberg', 'EF', 'Fastighetsförvaltare, Gräsnäs Lokaler AB', 'present'],
    ]);
    expect(record.items[1]!.actions[0]!.owners.map((o) => o.name)).toEqual(['Emil Forsberg']);
  });
});
