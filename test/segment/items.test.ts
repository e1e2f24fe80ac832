/**
 * Agenda items in running minutes, typed as secretaries type them in plain text.
 */
import { describe, expect, it } from 'vitest';
import { recordOf } from '../support/minutes.js';

const titles = async (text: string) => (await recordOf(text)).items.map((i) => [i.number, i.title]);

describe('agenda items', () => {
  it('a leading agenda list is not the items: the § items after it are', async () => {
    const text = [
      'Protokoll Tekniska nämnden', 'Datum: 2025-03-12', '', 'Dagordning', ' 1. Sammanträdets öppnande', ' 2. Val av justerare', ' 3. Gatubelysning', '',
      '§ 18 Sammanträdets öppnande', 'Ordföranden öppnar mötet.', '§ 19 Val av justerare', 'Nina Hjort utses att justera.', '§ 20 Gatubelysning', 'Nämnden beslutar att godkänna planen.',
    ].join('\n');
    expect(await titles(text)).toEqual([['§ 18', 'Sammanträdets öppnande'], ['§ 19', 'Val av justerare'], ['§ 20', 'Gatubelysning']]);
  });

  it('"§ 63/20" numbers its year with it, "KS § 45" its body: both are § items', async () => {
    const text = ['PROTOKOLL', 'Socialnämndens arbetsutskott', 'Sammanträdesdatum 2020-08-18', '', '§ 63/20 Fastställande av dagordning', '', 'Arbetsutskottet fastställer dagordningen.', '',
      '§ 64/20 Nytt bidragsreglemente', '', 'Arbetsutskottet föreslår socialnämnden att anta reglementet.', '', 'SN § 65 Övriga frågor', '', 'Inga.'].join('\n');
    expect(await titles(text)).toEqual([['§ 63/20', 'Fastställande av dagordning'], ['§ 64/20', 'Nytt bidragsreglemente'], ['§ 65', 'Övriga frågor']]);
  });

  it('a registration number set to the right of a § title is no part of the title', async () => {
    const text = ['Protokoll Tekniska nämnden', 'Sammanträdesdatum 2025-05-06', '', '§ 46    Upphandling av vinterväghållning        Dnr TN 2025/31', '',
      'Nämnden beslutar att genomföra upphandlingen.', '', '§ 47 Övrigt', '', 'Inget.'].join('\n');
    expect(await titles(text)).toEqual([['§ 46', 'Upphandling av vinterväghållning'], ['§ 47', 'Övrigt']]);
  });

  it('an older protocol\'s UPPERCASE title typed before its number, on the line above or at a tab beside it', async () => {
    const text = ['TORNÅSA KOMMUN', 'Kommunstyrelsen', 'SAMMANTRÄDESPROTOKOLL 1989-09-12', '', 'VAL AV JUSTERARE', '§ 58', 'Karl-Axel Berg utsågs att justera protokollet.',
      'FÖRSÄLJNING AV TOMT I NORRBY', '§ 59', 'Dnr 89.214', 'Anders Lundström har anhållit att få köpa tomten Norrby 3:41 om 1 240 kvm', 'för ett enbostadshus.',
      'DETALJPLAN FÖR KV. SMEDJAN    § 60', 'Byggnadschefen föredrog planförslaget.'].join('\n');
    expect(await titles(text)).toEqual([['§ 58', 'VAL AV JUSTERARE'], ['§ 59', 'FÖRSÄLJNING AV TOMT I NORRBY'], ['§ 60', 'DETALJPLAN FÖR KV. SMEDJAN']]);
    // a diary number before "§ 78" and a title after it: the title is the one after
    const after = ['Protokoll Barn- och utbildningsnämnden', 'Sammanträdesdatum 2025-10-22', 'BUN 2025/68', '§ 78', 'Val av justerare', 'Per Gran utses att justera.', '§ 79', 'Fastställande av dagordning', 'Dagordningen fastställs.'].join('\n');
    expect(await titles(after)).toEqual([['§ 78', 'Val av justerare'], ['§ 79', 'Fastställande av dagordning']]);
    // the diary number between the title and its number; a school year in the title; running text
    // under the number that goes on in lower case is no title of its own
    const dnr = ['KÅLLBY KOMMUN', 'Kommunstyrelsen', 'SAMMANTRÄDESPROTOKOLL 1988-04-12', '', 'SKOLSKJUTSAR LÄSÅRET 1988/89', 'Dnr 88.060', '', '§ 64', '', 'Avtalet med Kållby Buss AB går ut.',
      'TJÄNST SOM FRITIDSASSISTENT', 'Dnr 88.033', '', '§ 65', '', 'Fritidsnämnden har hemställt om inrättande av en tjänst som', 'fritidsassistent för tillsynen av anläggningarna.'].join('\n');
    expect(await titles(dnr)).toEqual([['§ 64', 'SKOLSKJUTSAR LÄSÅRET 1988/89'], ['§ 65', 'TJÄNST SOM FRITIDSASSISTENT']]);
  });

  it('a title in ordinary case over its number line ("Val av justerare" over "VN § 7", "… över "VN § 9 ⇥ Dnr …")', async () => {
    const text = ['VALNÄMNDEN', 'Protokoll 2026-03-24', '', 'Val av justerare', 'VN § 7', 'Per Ek (S) utses att jämte ordföranden justera dagens protokoll.',
      'Lokaler för förtidsröstning', 'VN § 8                Dnr VN 2026/11', 'Valkansliet har tagit fram ett förslag med fyra lokaler.', 'Valnämnden beslutar att inrätta lokalerna.',
      'Expedieras till', 'Länsstyrelsen, valkansliet', 'Information från valkansliet', 'VN § 9', 'Kanslichefen informerar om röstkorten.'].join('\n');
    expect(await titles(text)).toEqual([['§ 7', 'Val av justerare'], ['§ 8', 'Lokaler för förtidsröstning'], ['§ 9', 'Information från valkansliet']]);
    // a label with its value before the number is no title: the title is the line after
    const labelled = ['Protokoll Miljönämnden', 'Sammanträdesdatum 2025-04-02', '', '§ 12', 'Tillsyn av Bäckby 3:14', 'Nämnden beslutar att förelägga ägaren.', 'Expedieras till: Ägaren, akten', '§ 13', 'Övrigt', 'Inget.'].join('\n');
    expect(await titles(labelled)).toEqual([['§ 12', 'Tillsyn av Bäckby 3:14'], ['§ 13', 'Övrigt']]);
    // an older protocol's sheet number ("Blad 1") over "§ 52." is page furniture: the title is under the number
    const sheet = ['BYGGNADSNÄMNDEN', 'Protokoll 1979-05-10', '', 'PROTOKOLL', 'Blad 1', '', '§ 52.', 'Val av justeringsman.', 'Till justeringsman utsågs herr Nils Persson.', '§ 53.', 'Bygglov för garage.', 'Beslöt nämnden bevilja bygglov.'].join('\n');
    expect(await titles(sheet)).toEqual([['§ 52', 'Val av justeringsman'], ['§ 53', 'Bygglov för garage']]);
  });

  it('a title in ordinary case with its number at the right margin ("Val av justerare ⇥ § 61", "… ⇥ Au § 16")', async () => {
    const text = ['Miljö- och byggnadsnämnden', 'Sammanträdesdatum 2026-05-20', 'Övriga närvarande: Ida Falk, byggnadsinspektör, § 62', '',
      'Val av justerare                                   § 61', 'Monica Ferm utses att justera protokollet.', '',
      'Tillsyn – garage uppfört utan lov på Norrbacka 2:19          § 62', 'Ärendet behandlades tidigare enligt KS § 45', 'Nämnden beslutar att förelägga ägaren.', '',
      'Försäljning av tomt i Norrby                       § 63', 'Nämnden beslutar att sälja tomten.'].join('\n');
    // (an attendance entry "…, § 62" and a reference "… enligt KS § 45" are no headings)
    expect(await titles(text)).toEqual([['§ 61', 'Val av justerare'], ['§ 62', 'Tillsyn – garage uppfört utan lov på Norrbacka 2:19'], ['§ 63', 'Försäljning av tomt i Norrby']]);
    const au = ['VÅRD- OCH OMSORGSNÄMNDENS ARBETSUTSKOTT', 'Sammanträdesdatum 1997-03-11', '', 'Fastställande av föredragningslista       Au § 12', 'Föredragningslistan fastställs.', '',
      'Kvalitetsuppföljning i hemtjänsten        Au § 13', 'Arbetsutskottet beslutar att lägga redovisningen till handlingarna.', '', 'FÖRSÄLJNING AV TOMT I NORRBY    § 14', 'Beslöts att sälja tomten.'].join('\n');
    expect(await titles(au)).toEqual([['§ 12', 'Fastställande av föredragningslista'], ['§ 13', 'Kvalitetsuppföljning i hemtjänsten'], ['§ 14', 'FÖRSÄLJNING AV TOMT I NORRBY']]);
  });

  it('"6 | Ny organisation | Förhandling MBL § 11": number, title and the point\'s kind typed with bars', async () => {
    const text = ['Protokoll FSG 3/2026', 'Datum: torsdag 4 juni 2026', '', '1 | Mötets öppnande | –', 'Ordföranden hälsar välkommen.', '2 | Ny organisation för fordonsenheten | Förhandling MBL § 11',
      'Parterna är överens om förslaget.', '3 | Övriga frågor | Information', 'Inga.'].join('\n');
    expect(await titles(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Ny organisation för fordonsenheten'], ['3', 'Övriga frågor']]);
  });

  it('"[3] Lägesbild": points numbered in brackets, as a stab\'s log numbers them', async () => {
    const text = ['LÄGESMÖTE 2', 'Datum: tisdag 3 mars 2026', '', '[1] Inledning', 'Krisledningschefen öppnar mötet.', '[2] Lägesbild', 'Återställningen har påbörjats.', '[3] Nästa lägesmöte', 'Kl. 17.00 i stabsrummet.'].join('\n');
    expect(await titles(text)).toEqual([['1', 'Inledning'], ['2', 'Lägesbild'], ['3', 'Nästa lägesmöte']]);
  });

  it('points titled in capitals with a colon ("SOMMARSCHEMAT:"), under an e-mail\'s head and greeting', async () => {
    const text = ['Från: Marie Ek', 'Skickat: den 5 mars 2026 14:12', 'Ämne: Anteckningar APT 4/3', '', 'Hej alla!', 'Här kommer anteckningarna från vår APT i går, onsdag 4 mars 2026, i personalrummet.',
      'Närv: Marie Ek (ME), Ali Rahimi (AR)', 'INCHECKNING:', 'Kort runda.', 'SOMMARSCHEMAT:', 'ME lägger ut schemat senast 20/3.', 'NYA LOKALER:', 'AR tar fram nycklar till alla.', '', 'Hälsningar', 'Marie'].join('\n');
    const record = await recordOf(text);
    expect(record.items.map((i) => i.title)).toEqual(['INCHECKNING', 'SOMMARSCHEMAT', 'NYA LOKALER']);
    expect(record.meeting.date).toBe('2026-03-04');
    expect(record.participants.map((p) => p.initials)).toEqual(['ME', 'AR']);
  });

  it('"§ 52." with its full stop alone over the title is the number of the item under it', async () => {
    const text = ['BYGGNADSNÄMNDEN', 'Protokoll 1979-05-10', '', '§ 52.', 'VAL AV JUSTERARE', 'Till justerare utsågs Anna Berg.', '', '§ 53.', 'BYGGLOV FÖR GARAGE', 'Beslöt nämnden bevilja bygglov.'].join('\n');
    expect(await titles(text)).toEqual([['§ 52', 'VAL AV JUSTERARE'], ['§ 53', 'BYGGLOV FÖR GARAGE']]);
  });

  it('"§ 12 a" follows § 12, and "3 Ekonomi" over "3.1" and "3.2" only groups them', async () => {
    const paragraphs = ['Protokoll', 'Datum: 2025-02-11', '', '§ 11 Justering', 'Anna justerar.', '§ 12 Budget', 'Budgeten diskuteras.', '§ 12 a Yttrande över trafikplanen', 'Ett yttrande tas fram.', '§ 13 Övrigt', 'Inget.'];
    expect((await titles(paragraphs.join('\n'))).map(([, t]) => t)).toEqual(['Justering', 'Budget', 'Yttrande över trafikplanen', 'Övrigt']);
    const grouped = ['Minnesanteckningar', 'Datum: 2025-02-11', '', '1. Mötets öppnande', 'Mötet öppnas.', '2. Ekonomi', '2.1 Prognos', 'Prognosen visar ett underskott.', '2.2 Budget 2026', 'Ramarna diskuteras.', '3. Övrigt', 'Inget.'];
    expect((await titles(grouped.join('\n'))).map(([, t]) => t)).toEqual(['Mötets öppnande', 'Prognos', 'Budget 2026', 'Övrigt']);
  });

  it('plain text without blank lines: a short line between two sentences is a heading', async () => {
    const text = [
      'Styrelseprotokoll', 'Sammanträdesdatum: 18 september 2025', 'Justerare: Farid Nouri', 'Mötets öppnande', 'Ordföranden förklarade mötet öppnat.',
      'Ekonomisk uppföljning per augusti', 'Ekonomichefen redovisade utfallet till och med augusti.', 'Försäljning av fastigheten Gärdet 4:12',
      'VD redogjorde för intresseanmälan från en privat aktör.',
    ].join('\n');
    expect((await titles(text)).map(([, t]) => t)).toEqual(['Mötets öppnande', 'Ekonomisk uppföljning per augusti', 'Försäljning av fastigheten Gärdet 4:12']);
  });

  it('plain text without blank lines: a heading may hold a comma and a short word\'s abbreviation ("Kv. Eken, nyproduktion"), not a sentence\'s end', async () => {
    const text = [
      'Byggkommittén – anteckningar', 'Datum: 10 september 2026', 'Förra mötet', 'Anteckningarna gicks igenom utan synpunkter.',
      'Kv. Eken, nyproduktion 24 lägenheter', 'Projektledaren rapporterade att stommen börjar resas v. 39.', 'Stambyte Norrgården, etapp 2',
      'Förvaltaren gick igenom läget för etapp 2.', 'Inga synpunkter. Klart.', 'Förvaltaren skickar brevet senast fredag.',
    ].join('\n');
    expect((await titles(text)).map(([, t]) => t)).toEqual(['Förra mötet', 'Kv. Eken, nyproduktion 24 lägenheter', 'Stambyte Norrgården, etapp 2']);
  });

  it('"Att göra:" labels a to-do list inside an item, and its points are tasks', async () => {
    const record = await recordOf(['Minnesanteckningar APT', 'Datum: 2026-03-04', 'Närvarande: Omar Khalil, Tove Lund', 'Arbetsmiljö', 'Skyddsronden visade brister.', 'Att göra:', '● Omar ringer leverantören', '● Tove lagar de trasiga stolarna', 'Vårfest', 'Vårfesten hålls den 21 maj.'].join('\n'));
    expect(record.items.map((i) => i.title)).toEqual(['Arbetsmiljö', 'Vårfest']);
    expect(record.items[0]!.actions.map((a) => a.owners.map((o) => o.text))).toEqual([['Omar'], ['Tove']]);
  });

  it('a closing to-do list whose entries refer back to their items is a summary, not an item', async () => {
    const text = ['Minnesanteckningar APT', 'Datum: 2026-05-19', '', '1. Schema', 'Elin och Sirpa täcker kvällspassen senast 29/5.', '2. Nästa APT', 'Tisdag 16 juni.', '', 'Att göra-lista', '● Elin och Sirpa: täcka kvällspass (p. 1) – 29/5'].join('\n');
    const record = await recordOf(text);
    expect(record.items.map((i) => i.title)).toEqual(['Schema', 'Nästa APT']);
    expect(record.items[1]!.actions).toEqual([]);
  });

  it('a task list numbered as an item of its own keeps its entries, back-references and all', async () => {
    const text = ['Minnesanteckningar APT', 'Datum: 2026-05-19', 'Närvarande: Elin Ek, Sirpa Lahti, Omar Said', '', '1. Schema', 'Elin och Sirpa täcker kvällspassen senast 29/5.', '2. Åtgärdslista', '● Elin och Sirpa: täcka kvällspass (p. 1) – 29/5', '● Omar: beställa nya stolar – 12/6', '3. Nästa APT', 'Tisdag 16 juni.'].join('\n');
    const record = await recordOf(text);
    expect(record.items.map((i) => i.title)).toEqual(['Schema', 'Åtgärdslista', 'Nästa APT']);
    expect(record.items[1]!.actions.map((a) => a.owners.map((o) => o.text))).toEqual([['Elin', 'Sirpa'], ['Omar']]);
    // what follows a to-do line's last dash is its Klart column
    expect(record.items[1]!.actions.map((a) => a.deadlines.map((d) => d.value))).toEqual([['2026-05-29'], ['2026-06-12']]);
  });
});

describe('an unnumbered first item about the last minutes', () => {
  it('"Välkommen och föregående anteckningar" is an item, not a line of the header', async () => {
    const record = await recordOf([
      'Minnesanteckningar från föräldrarådet',
      'Tisdag 11 februari 2025, kl. 18.00–19.30',
      'Deltagare: Marie Ekholm (rektor), Jonas Lindqvist',
      '',
      'Välkommen och föregående anteckningar',
      'Jonas hälsade välkommen. Anteckningarna från 3 december lades till handlingarna.',
      '',
      'Trafiksituationen vid skolan',
      'Rektor kontaktar trafikenheten.',
    ].join('\n'));
    expect(record.items.map((i) => i.title)).toEqual(['Välkommen och föregående anteckningar', 'Trafiksituationen vid skolan']);
  });
});

describe('a heading over the date and the attendance lists', () => {
  it('is the document\'s title: what it holds is the header, and the items are the headings after it', async () => {
    const { segment } = await import('../../src/segment/index.js');
    const block = (text: string, headingLevel?: number) => (headingLevel ? { kind: 'heading' as const, text, page: 1, style: {}, headingLevel } : { kind: 'paragraph' as const, text, page: 1, style: {} });
    const minutes = segment({ format: 'docx', pages: null, warnings: [], blocks: [
      block('BREDÅKERS KOMMUN Kulturskolan Minnesanteckningar'), block('Ledningsgruppens möte', 1), block('Tisdag 3 februari 2026 kl. 9.00–11.30 i Musikhuset.'),
      block('Närvarande: Ingrid Wahl (IW), kulturskolechef; Tobias Lind (TL), samordnare musik.'),
      block('Mötets öppnande', 2), block('IW öppnade mötet.'), block('Ekonomi', 2), block('RE gick igenom utfallet.'),
    ] });
    expect(minutes.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Ekonomi']);
    expect(minutes.header.date).toBe('2026-02-03');
    expect(minutes.header.participants.map((p) => p.initials)).toEqual(['IW', 'TL']);
  });

  it('with the organisation in bold over it ("Ravelsjö kommun" over "Bygdemöte i Granbränna"): both are the header\'s', async () => {
    const { segment } = await import('../../src/segment/index.js');
    const block = (text: string, headingLevel?: number, bold = false) => (headingLevel ? { kind: 'heading' as const, text, page: 1, style: {}, headingLevel } : { kind: 'paragraph' as const, text, page: 1, style: bold ? { bold: true } : {} });
    const minutes = segment({ format: 'docx', pages: null, warnings: [], blocks: [
      block('Ravelsjö kommun', undefined, true), block('Bygdemöte i Granbränna', 1),
      block('Minnesanteckningar från bygdemötet, tisdagen den 18 november 2025 kl. 18.30–21.15 i bygdegården.'),
      block('Från kommunen: Maria Holmgren (C), kommunstyrelsens ordförande; Anneli Sköld, samhällsbyggnadschef'), block('Övriga: omkring 40 boende från byarna.'),
      block('Välkommen', 2), block('Stig Nygren hälsade alla välkomna.'), block('Vägar och trafik', 2), block('Vägen ska åtgärdas.'),
    ] });
    expect(minutes.items.map((i) => i.title)).toEqual(['Välkommen', 'Vägar och trafik']);
    expect(minutes.header.date).toBe('2025-11-18');
  });
});

describe('a task table under one of the headings', () => {
  it('belongs to that item: the headings around it are the items, not the table\'s rows', async () => {
    const { segment } = await import('../../src/segment/index.js');
    const heading = (text: string) => ({ kind: 'heading' as const, text, page: 1, style: {}, headingLevel: 3 });
    const para = (text: string) => ({ kind: 'paragraph' as const, text, page: 1, style: {} });
    const row = (...cells: string[]) => ({ kind: 'table-row' as const, table: 0, page: 1, style: {}, text: cells.join(' | '), cells: cells.map((t) => ({ text: t, lines: [t], colSpan: 1, rowSpan: 1 })) });
    const minutes = segment({ format: 'docx', pages: null, warnings: [], blocks: [
      para('Minnesanteckningar från styrgruppsmöte 2026-02-10'), para('Närvarande: Karin Wester (KW), Hussein Farah (HF)'),
      heading('Inledning'), para('KW hälsade välkommen.'),
      heading('Status i delprojekten'), row('Delprojekt', 'Status', 'Nästa steg', 'Vem', 'När'), row('E-tjänst bygglov', 'Grön', 'Utvärdera användningen', 'KW', '6 mars'), row('Mina sidor', 'Grön', 'Driftsätta inloggningen', 'HF', '16 mars'),
      heading('Ekonomi'), para('HF redovisade förbrukningen.'), heading('Nästa möte'), para('Den 10 mars.'),
    ] });
    expect(minutes.items.map((i) => i.title)).toEqual(['Inledning', 'Status i delprojekten', 'Ekonomi', 'Nästa möte']);
    expect(minutes.items[1]!.taskRows).toHaveLength(2);
  });
});

describe('a body\'s proposal to another body, set as a bold line in an item', () => {
  it('"Direktionens förslag till medlemskommunernas fullmäktige" is a part of the item, and the decision for its own part after it is the meeting\'s', async () => {
    const { docx, p, run } = await import('../read/docx-fixture.js');
    const { readDocx } = await import('../../src/read/docx.js');
    const { recordOfDocument, sourceFor } = await import('../../src/pipeline.js');
    const bold = (t: string) => p(run(t, '<w:b/>'));
    const body = [
      p(run('Sjöryds VA-förbund, direktionen')), p(run('Sammanträdesdatum 2025-10-16')),
      bold('§ 45 Taxa för allmänna vattentjänster 2026'), p(run('Förbundskontoret har tagit fram ett förslag till taxa.')),
      bold('Direktionens förslag till medlemskommunernas fullmäktige'), p(run('Direktionen föreslår kommunfullmäktige i Lövnäs och Bergvik att anta taxan.')),
      bold('Direktionens beslut för egen del'), p(run('Direktionen beslutar för egen del att uppdra åt förbundskontoret att informera abonnenterna senast den 15 december 2025.')),
      bold('§ 46 Förstudie om nytt avloppsreningsverk'), p(run('Förstudien redovisades.')),
    ].join('');
    const doc = await readDocx(docx({ body }));
    const record = recordOfDocument(doc, sourceFor({ path: 'va.docx', bytes: new Uint8Array() }, doc));
    expect(record.items.map((i) => i.title)).toEqual(['Taxa för allmänna vattentjänster 2026', 'Förstudie om nytt avloppsreningsverk']);
    expect(record.items[0]!.decisions.map((d) => d.text)).toEqual(['att uppdra åt förbundskontoret att informera abonnenterna senast den 15 december 2025']);
  });
});

describe('notes numbered as text under a numbered point ("3.1 …", "3.1.2 …")', () => {
  const text = [
    'APT städenheten', 'Datum: 2025-10-07', '',
    '1. Inledning', '1.1 Eva hälsade välkommen. Dagordningen godkändes.',
    '2. Arbetsmiljö', '2.1 Skyddsronden gjordes i september.', '2.1.1 Golvet i tvättstugan är halt. Eva gör en felanmälan senast fredag.', '2.2 Schema',
    '2.2.1 Beslut: Alla arbetar varannan helg från och med v. 44.',
    '3. Övrigt', '3.1 Nästa APT är 4 november.',
  ].join('\n');

  it('are the points\' text, not sub-items, and a short one among them titles a note', async () => {
    expect(await titles(text)).toEqual([['1', 'Inledning'], ['2', 'Arbetsmiljö'], ['3', 'Övrigt']]);
  });

  it('are read without their numbers: a numbered "Beslut:" line decides, a numbered task has its owner', async () => {
    const record = await recordOf(text);
    expect(record.items[1]!.decisions.map((d) => d.text)).toEqual(['Alla arbetar varannan helg från och med v. 44']);
    expect(record.items[1]!.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([[['Eva'], ['2025-10-10']]]);
  });

  it('a timeline\'s clock times ("02.36 Insatsledaren framme") are no note numbers', async () => {
    const timeline = ['Insatsutvärdering', 'Datum: 2025-10-07', '', '1. Förlopp', '02.14 Larm via SOS Alarm.', '02.36 Insatsledaren framme och tar över.', '02.58 Branden släckt.', '2. Lärdomar', 'Larmplanen ses över.'].join('\n');
    expect(await titles(timeline)).toEqual([['1', 'Förlopp'], ['2', 'Lärdomar']]);
  });
});

describe('"Ärende 1" alone on its line, its title on the next', () => {
  it('is the item, across the page header plain text prints between them', async () => {
    const text = ['Förbundsstyrelsen', 'Sammanträdesdatum 2026-03-19', '', 'Ärende 1', '', 'SAMMANTRÄDESPROTOKOLL', '', 'Sida 2 av 3', '2026-03-19', '', 'Val av justerare', '',
      'Torbjörn Kask utses att justera protokollet.', '', 'Ärende 2', '', 'Godkännande av dagordning', '', 'Förbundsstyrelsen beslutar att godkänna dagordningen.'].join('\n');
    expect(await titles(text)).toEqual([['1', 'Val av justerare'], ['2', 'Godkännande av dagordning']]);
  });
});

describe('a sentence wrapped at its reference to a point ("… redovisas i" / "punkt 3. Anteckningarna …")', () => {
  it('is no heading: the line opens in lower case', async () => {
    const text = ['Minnesanteckningar folkhälsorådet', 'Datum: 2026-02-11', '', '1. Mötets öppnande', 'Ordföranden hälsade välkommen.', '2. Föregående minnesanteckningar',
      'Uppdraget om ensamhet är slutfört och redovisas i', 'punkt 3. Anteckningarna lades till handlingarna.', '3. Folkhälsoplan 2027–2030', 'LR presenterade analysen.'].join('\n');
    expect(await titles(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Föregående minnesanteckningar'], ['3', 'Folkhälsoplan 2027–2030']]);
  });
});

describe('an agenda of time slots in plain text', () => {
  it('"08.45 Sommarbemanning", "10.05 Rekrytering EC Söder": each time opens a point, and is no number of it', async () => {
    const text = [
      'EC-möte hemtjänsten torsdag 9 april 2026', 'Antecknar: MJ',
      '08.30 Incheckning', '● Kort runda. Tungt på Söder, annars ok.',
      '08.45 Sommarbemanning', '● 14 av 22 sommarvikarier klara.', '● PN skickar vakanslistan till HR senast ons 15/4.',
      '10.05 Rekrytering EC Söder', '● Intervjuer nästa vecka.',
      '10.15 Övrigt', '● Inget.',
    ].join('\n');
    expect(await titles(text)).toEqual([[null, 'Incheckning'], [null, 'Sommarbemanning'], [null, 'Rekrytering EC Söder'], [null, 'Övrigt']]);
  });

  it('a timeline inside a point, one event a line with nothing under each, stays the point\'s text', async () => {
    const text = [
      'Insatsutvärdering brand Storgatan 4', 'Datum: 2026-02-12', '',
      '1. Förlopp', '02.14 Larm via SOS Alarm', '02.20 Första enhet framme', '02.36 Insatsledaren framme', 'Branden var släckt 03.40.', '',
      '2. Lärdomar', 'Rökdykarna behöver fler övningar.', '',
      '3. Övrigt', 'Inget.',
    ].join('\n');
    expect(await titles(text)).toEqual([['1', 'Förlopp'], ['2', 'Lärdomar'], ['3', 'Övrigt']]);
  });
});

describe('an item continued after a page break', () => {
  it('"§ 25 (forts.)" goes on with § 25: no item of its own', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf(['Patientnämnden', 'Protokoll 2004-05-13', '', '§ 25 Verksamhetsplan 2005', 'Kanslichefen har tagit fram ett förslag.', '',
      '§ 25 (forts.)', 'Patientnämnden beslutar', 'att anta förslaget till verksamhetsplan för 2005.', '', '§ 26 Rikskonferensen', 'Informationen noteras.', ''].join('\n'));
    expect(record.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['§ 25', 'Verksamhetsplan 2005', ['att anta förslaget till verksamhetsplan för 2005']],
      ['§ 26', 'Rikskonferensen', []],
    ]);
  });
});

describe('points titled in bold with a colon', () => {
  it('"Maten:", "Aktiviteter:" over their points are the items; the attendance labels above them and "Beslut:" inside are not', async () => {
    const { docx, p, run } = await import('../read/docx-fixture.js');
    const { readDocx } = await import('../../src/read/docx.js');
    const { segment } = await import('../../src/segment/index.js');
    const bold = (t: string) => p(run(t, '<w:b/>'));
    const body = [
      p(run('Anhörigrådet – Lönnhagens boende')), p(run('Onsdag 14/1 2026 kl. 17.30–19.00')),
      bold('Närvarande:'), p(run('Gunilla, Lars, Åsa (enhetschef)')),
      bold('Maten:'), p(run('– Flera tycker att middagen är för tidigt.')), p(run('→ Åsa tar med frågan till kostchefen.')),
      bold('Aktiviteter:'), p(run('– Eva visade vårens program.')), bold('Beslut:'), p(run('Programmet godkändes.')),
      bold('Övrigt:'), p(run('– Per-Erik tackade personalen.')),
    ].join('');
    expect(segment(await readDocx(docx({ body }))).items.map((i) => i.title)).toEqual(['Maten', 'Aktiviteter', 'Övrigt']);
  });

  it('in plain text, "Maten:" on a line of its own over its bullets is a point\'s title just the same', async () => {
    const text = ['Anhörigrådet – Lönnhagens boende', 'Onsdag 14/1 2026 kl. 17.30–19.00', 'Anhöriga: Gunilla, Lars', 'Personal: Åsa (enhetschef), Eva',
      'Maten:', '– Flera tycker att middagen är för tidigt.', '→ Åsa tar med frågan till kostchefen.',
      'Aktiviteter:', '– Eva visade vårens program.', 'Övrigt:', '– Per-Erik tackade personalen.', ''].join('\n');
    expect(await titles(text)).toEqual([[null, 'Maten'], [null, 'Aktiviteter'], [null, 'Övrigt']]);
  });
});

describe('an attendance table with a vote, printed column by column before the §§', () => {
  it('"§ 67 Ja", "§ 67 Nej" and "X, ej § 66" are the table\'s column titles and marks, no items: the §§ start at § 62', async () => {
    const text = ['Vård- och omsorgsnämnden', 'SAMMANTRÄDESPROTOKOLL', '2025-09-23', '', 'Närvarolista', '', 'Ledamot', 'Birgitta Holmqvist (S), ordförande', 'Roger Fält (S)', '',
      'Närvaro', 'X', 'X', '', '§ 67 Ja', 'X', '', '§ 67 Nej', 'X', '', 'X, ej § 66', 'X', '',
      '§ 62 Val av justerare', 'Beslut', 'Gunnel Åhs (C) utses att jämte ordföranden justera protokollet.', '',
      '§ 63 Fastställande av dagordning', 'Beslut', 'Dagordningen fastställs.', '', '§ 64 Budgetuppföljning', 'Informationen noteras.', ''].join('\n');
    expect(await titles(text)).toEqual([['§ 62', 'Val av justerare'], ['§ 63', 'Fastställande av dagordning'], ['§ 64', 'Budgetuppföljning']]);
  });
});

describe('a § protocol\'s closing blocks', () => {
  it('"Justering" and "ANSLAG/BEVIS" set as the §§ headings after the last § are no items', async () => {
    const { docx, p, run } = await import('../read/docx-fixture.js');
    const { readDocx } = await import('../../src/read/docx.js');
    const { segment } = await import('../../src/segment/index.js');
    const bold = (t: string) => p(run(t, '<w:b/>'));
    const body = [
      p(run('Valnämnden')), p(run('Sammanträdesdatum 2022-03-17')),
      bold('Vn § 15 Valsedlar'), p(run('Valnämnden tackar för informationen.')),
      bold('Vn § 16 Nästa sammanträde'), p(run('Nästa sammanträde hålls den 21 april 2022.')),
      bold('Justering'), p(run('Protokollet har justerats den 22 mars 2022.')),
      bold('ANSLAG/BEVIS'), p(run('Protokollet är justerat. Anslaget sätts upp 2022-03-23.')),
    ].join('');
    expect(segment(await readDocx(docx({ body }))).items.map((i) => i.title)).toEqual(['Valsedlar', 'Nästa sammanträde']);
  });
});
