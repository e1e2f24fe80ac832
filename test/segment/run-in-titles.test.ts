/**
 * Items whose titles open their first paragraph in bold ("3. Schema och bemanning. Sara gick
 * igenom ..."), as APT notes are often typed.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';
import { readText } from '../../src/read/text.js';
import { segment } from '../../src/segment/index.js';
import { docx, p, run } from '../read/docx-fixture.js';

const runIn = (title: string, text: string) => p(run(title, '<w:b/>') + run(` ${text}`));
const body = [
  p(run('Minnesanteckningar APT städenheten')),
  p(run('Datum: 2025-02-20')),
  runIn('1. Mötets öppnande.', 'Sara hälsade alla välkomna.'),
  runIn('2. Schema och bemanning.', 'Alla som kan ta extra pass skriver upp sig senast 24/2.'),
  p(run('Beslut:', '<w:b/>') + run(' att ingen ny personal anställs.')),
  runIn('3. Nästa APT.', 'Torsdag 20 mars.'),
].join('');

describe('run-in titles', () => {
  it('split from their text in a Word document: the titles without their full stop, the text under them; a bold label stays a line', async () => {
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Mötets öppnande'], ['2', 'Schema och bemanning'], ['3', 'Nästa APT']]);
    expect(items[1]!.blocks.map((b) => b.text)).toEqual(['Alla som kan ta extra pass skriver upp sig senast 24/2.', 'Beslut: att ingen ny personal anställs.']);
  });
});

describe('a bold subject at the start of a sentence ("**PRO och SPF** lämnar …")', () => {
  it('is no run-in title: the sentence goes on in lower case after it', async () => {
    const emphasised = [
      p(run('Anteckningar från pensionärsrådet')),
      p(run('Datum: 2025-02-20')),
      p(run('Färdtjänsten', '<w:b/>')),
      p(run('PRO', '<w:b/>') + run(' samlar in exempel på sena resor.')),
      p(run('Parkerna', '<w:b/>')),
      p(run('PRO och SPF', '<w:b/>') + run(' lämnar var sitt yttrande senast 27 mars.')),
    ].join('');
    const items = segment(await readDocx(docx({ body: emphasised }))).items;
    expect(items.map((i) => i.title)).toEqual(['Färdtjänsten', 'Parkerna']);
    expect(items[1]!.blocks.map((b) => b.text)).toEqual(['PRO och SPF lämnar var sitt yttrande senast 27 mars.']);
  });
});

describe('run-in titles in plain text', () => {
  it('"1. Mötets öppnande. Sara hälsade …": a run of such lines numbered in turn are the items, a numbered sentence inside an item is none', () => {
    const text = ['Minnesanteckningar APT', 'Datum: 2025-02-20', '1. Mötets öppnande. Sara hälsade alla välkomna och särskilt Petra, som är', 'tillbaka efter föräldraledigheten.',
      '2. Schema och bemanning. Sara gick igenom schemat för mars. Alla skriver upp sig', 'senast måndag 24 februari.', '3. Nästa APT. Torsdag 20 mars.'].join('\n');
    const items = segment(readText(new TextEncoder().encode(text))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Mötets öppnande'], ['2', 'Schema och bemanning'], ['3', 'Nästa APT']]);
    expect(items[1]!.blocks.map((b) => b.text).join(' ')).toBe('Sara gick igenom schemat för mars. Alla skriver upp sig senast måndag 24 februari.');
  });
});

/** a point of Word's numbered list (numId 2), its number drawn by Word and not in the text */
const numberedPoint = (lead: string, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${run(lead, '<w:b/>')}${run(` ${text}`)}</w:p>`;

describe('run-in titles in a Word numbered list', () => {
  it('"**Elev A, åk 7:** Mentor berättar …": each point is an item numbered by its place, a colon or a dash closing its title', async () => {
    const list = [
      p(run('Minnesanteckningar elevhälsoteamet 2025-09-16')),
      p(run('Närvarande: Maria Holmberg, rektor; Sanna Lidén, kurator')),
      numberedPoint('Föregående anteckningar:', 'Anteckningarna godkändes.'),
      numberedPoint('Elev A, åk 7:', 'Mentor kontaktar vårdnadshavare. Uppföljning om tre veckor.'),
      numberedPoint('Hälsosamtal', '– Skolsköterskan genomför hälsosamtal i årskurs 7.'),
    ].join('');
    const items = segment(await readDocx(docx({ body: list }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Föregående anteckningar'], ['2', 'Elev A, åk 7'], ['3', 'Hälsosamtal']]);
    expect(items[2]!.blocks.map((b) => b.text)).toEqual(['Skolsköterskan genomför hälsosamtal i årskurs 7.']);
  });

  it('a label in a numbered point ("**Beslut:** att …") is no title, nor a colon-closed bold lead in a plain paragraph', async () => {
    const list = [
      p(run('Minnesanteckningar 2025-09-16')),
      p(run('1. Ekonomi', '<w:b/>')),
      numberedPoint('Beslut:', 'att anta budgeten.'),
      numberedPoint('Ansvarig:', 'Kim.'),
      p(run('Information:', '<w:b/>') + run(' Kim berättade om läget.')),
      p(run('Diskussion:', '<w:b/>') + run(' Alla var positiva.')),
    ].join('');
    const items = segment(await readDocx(docx({ body: list }))).items;
    expect(items.map((i) => i.title)).toEqual(['Ekonomi']);
  });
});

describe('run-in titles set off by a dash, with no bold', () => {
  /** a point of Word's numbered list in plain runs */
  const plainPoint = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${run(text)}</w:p>`;

  it('"Decemberfullmäktige – Vi gick igenom …" in Word\'s numbered list: the words before the dash title the point', async () => {
    const list = [
      p(run('Anteckningar presidiet 2023-11-14')),
      plainPoint('Decemberfullmäktige – Vi gick igenom ärendelistan för KF den 11 december.'),
      plainPoint('Obesvarade motioner – Tre motioner från hösten 2022 är fortfarande obesvarade.'),
      plainPoint('Övrigt – Helena tog upp att ljudet i sessionssalen har varit dåligt.'),
    ].join('');
    const items = segment(await readDocx(docx({ body: list }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Decemberfullmäktige'], ['2', 'Obesvarade motioner'], ['3', 'Övrigt']]);
    expect(items[0]!.blocks.map((b) => b.text)).toEqual(['Vi gick igenom ärendelistan för KF den 11 december.']);
  });

  it('in plain text, a line wrapped after a short sentence start ("– Demokratiberedningen föreslår tre" / "dialogmöten …") is one too; a dashed title with no sentence after it is whole', () => {
    const text = ['Anteckningar presidiet 2023-11-14', '1. Decemberfullmäktige – Vi gick igenom ärendelistan för KF den 11 december.',
      '2. Medborgardialog i Östra Svartbrona – Demokratiberedningen föreslår tre', 'dialogmöten i mars om den nya skolan.',
      '3. Julbord – Som vanligt blir det julbord efter KF den 11 december.',
      '4. Budget 2026 – Förslag till ram', 'Presidiet diskuterade ramen.'].join('\n');
    const items = segment(readText(new TextEncoder().encode(text))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Decemberfullmäktige'], ['2', 'Medborgardialog i Östra Svartbrona'], ['3', 'Julbord'], ['4', 'Budget 2026 – Förslag till ram']]);
    expect(items[1]!.blocks.map((b) => b.text).join(' ')).toBe('Demokratiberedningen föreslår tre dialogmöten i mars om den nya skolan.');
  });
});

describe('run-in titles in plain text, closed by a colon', () => {
  it('"2. Elev A, åk 7: Mentor berättar …" numbered in turn are items; "2. Beslut: att …" is none', () => {
    const text = ['Minnesanteckningar EHT', 'Datum: 2025-09-16', '1. Föregående anteckningar: Anteckningarna godkändes.',
      '2. Elev A, åk 7: Mentor kontaktar vårdnadshavare och bokar ett möte på', 'skolan. Uppföljning om tre veckor.', '3. Övrigt: Rektor kontaktar centrala elevhälsan.'].join('\n');
    const items = segment(readText(new TextEncoder().encode(text))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Föregående anteckningar'], ['2', 'Elev A, åk 7'], ['3', 'Övrigt']]);
    expect(items[1]!.blocks.map((b) => b.text).join(' ')).toBe('Mentor kontaktar vårdnadshavare och bokar ett möte på skolan. Uppföljning om tre veckor.');
  });
});

describe('run-in titles in plain text without numbers', () => {
  const lines = ['Minnesanteckningar demokratiberedningen', 'Måndagen den 9 februari 2026 kl. 18.00', 'Ledamöter: Ewa Lindholm (S), ordförande, Johan Persson (M)',
    'Välkommen. Ewa hälsade välkommen. Mona Berg ersätter Peter Krantz, som är', 'sjuk.',
    'Ungdomsdialog. Beredningen vill träffa elevråden under vecka 11. Presidiet kontaktar', 'rektorerna senast fredag.',
    'Rapport från SKR:s nätverk. Karin rapporterade från nätverksträffen i Stockholm.',
    'Nästa möte. Måndag 16 mars kl. 18.00.', 'Vid anteckningarna: Erik Sand'];
  it('"Ungdomsdialog. Beredningen vill …" after a line that ended a sentence: the items, where nothing else gave any', () => {
    const items = segment(readText(new TextEncoder().encode(lines.join('\n')))).items;
    expect(items.map((i) => i.title)).toEqual(['Välkommen', 'Ungdomsdialog', 'Rapport från SKR:s nätverk', 'Nästa möte']);
    expect(items[1]!.blocks.map((b) => b.text).join(' ')).toBe('Beredningen vill träffa elevråden under vecka 11. Presidiet kontaktar rektorerna senast fredag.');
  });
  it('a closing "Att göra till nästa gång" over its list, the only heading found, leaves the run-in titles to be the items', () => {
    const text = [...lines.slice(0, -1), 'Att göra till nästa gång', '● Presidiet: tider hos elevråden (v. 11)', '● Karin: rapport från nätverket (nästa möte)'].join('\n');
    expect(segment(readText(new TextEncoder().encode(text))).items.map((i) => i.title)).toEqual(['Välkommen', 'Ungdomsdialog', 'Rapport från SKR:s nätverk', 'Nästa möte', 'Att göra till nästa gång']);
  });

  it('minutes with headings keep them: a line opening with a short sentence is no title there', () => {
    const text = ['Minnesanteckningar', 'Datum: 2025-02-20', '', '1. Ekonomi', 'Budgeten gicks igenom. Anteckningarna godkändes.', 'Godkänd. Lisa tar fram', 'en prognos. Klart. Sara', 'ringer banken.', '', '2. Övrigt', 'Inget.'].join('\n');
    expect(segment(readText(new TextEncoder().encode(text))).items.map((i) => i.title)).toEqual(['Ekonomi', 'Övrigt']);
  });
});

describe('run-in titles in Word paragraphs without bold', () => {
  it('"3. Incidenter. CISO redogjorde …" numbered in turn are the items, as in plain text', async () => {
    const body = [
      p(run('Informationssäkerhetsrådet – minnesanteckningar')), p(run('Tisdag 24 mars 2026 kl. 09.00–10.30')),
      p(run('1. Inledning. PL hälsade välkommen. Dagordningen godkändes.')),
      p(run('2. Föregående anteckningar. Åtgärdslistan gicks igenom.')),
      p(run('3. Incidenter. CISO redogjorde för incidenterna sedan förra mötet.')),
    ].join('');
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Inledning'], ['2', 'Föregående anteckningar'], ['3', 'Incidenter']]);
    expect(items[2]!.blocks.map((b) => b.text)).toEqual(['CISO redogjorde för incidenterna sedan förra mötet.']);
  });
});

describe('run-in § titles of a typed protocol', () => {
  // an old protocol typed without headings: each § one paragraph, its numbers going on from the last meeting
  const paragraphs = [
    '§ 31. Protokollsjustering. Att jämte ordföranden justera dagens protokoll utsågs herr Karl Ek.',
    '§ 32. Försäljning av tomt i kvarteret Smeden. Föredrogs en skrivelse från firman.',
    'Uppdrogs åt stadskamreraren att upprätta förslag till köpekontrakt.',
    '§ 33. Skrivelser. Följande skrivelser anmäldes.',
  ];
  const expected = [['§ 31', 'Protokollsjustering'], ['§ 32', 'Försäljning av tomt i kvarteret Smeden'], ['§ 33', 'Skrivelser']];
  it('"§ 31. Protokollsjustering. Att jämte …" in Word: the § and the words to the first full stop are the item, the sentence its text', async () => {
    const body = [p(run('PROTOKOLL fört vid sammanträde med drätselkammaren den 3 maj 1966')), ...paragraphs.map((t) => p(run(t)))].join('');
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual(expected);
    expect(items[0]!.blocks.map((b) => b.text)).toEqual(['Att jämte ordföranden justera dagens protokoll utsågs herr Karl Ek.']);
  });
  it('the same in plain text, each § wrapped over lines', () => {
    const text = ['PROTOKOLL fört vid sammanträde med drätselkammaren den 3 maj 1966', '', '§ 31. Protokollsjustering. Att jämte ordföranden justera', 'dagens protokoll utsågs herr Karl Ek.', '',
      '§ 32. Försäljning av tomt i kvarteret Smeden. Föredrogs en', 'skrivelse från firman.', 'Uppdrogs åt stadskamreraren att upprätta förslag till köpekontrakt.', '', '§ 33. Skrivelser. Följande skrivelser anmäldes.'].join('\n');
    const items = segment(readText(new TextEncoder().encode(text))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual(expected);
  });
  it('a protocol whose §§ are title lines closed by a full stop ("§ 14 Anmälningar.", a long one too) with a run-in one among them ("§ 13 Justering. Att …")', async () => {
    const body = [p(run('Socialnämndens arbetsutskott, protokoll 1978-02-14')), ...[
      '§ 13 Justering. Att jämte ordföranden justera dagens protokoll utsågs Stig Ahlberg.',
      '§ 14 Anmälningar.', 'Anmäldes cirkulär från Socialstyrelsen.',
      '§ 15 Yttrande över socialutredningens slutbetänkande Socialtjänst och socialförsäkringstillägg (SOU 1977:40).', 'Utskottet föreslår nämnden att tillstyrka.',
      '§ 16 Socialhjälpsnormer 1978.', 'Socialchefen föreslog höjda normer.',
      '§ 17 SKRIVELSE FRÅN BYALAGET ANG. BUSSTRAFIKEN', 'Skrivelsen överlämnades.',
      '§ 18 Daghemmet Lärkan.', 'Statsbidraget rekvireras.',
    ].map((t) => p(run(t)))].join('');
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 13', 'Justering'], ['§ 14', 'Anmälningar'],
      ['§ 15', 'Yttrande över socialutredningens slutbetänkande Socialtjänst och socialförsäkringstillägg (SOU 1977:40)'], ['§ 16', 'Socialhjälpsnormer 1978'], ['§ 17', 'SKRIVELSE FRÅN BYALAGET ANG. BUSSTRAFIKEN'], ['§ 18', 'Daghemmet Lärkan']]);
  });

  it('a title with an abbreviation in it ("§ 32. Ang. gatubelysning å Södra vägen. Föredrogs …") keeps the run of §§ going', async () => {
    const body = [p(run('PROTOKOLL fört vid sammanträde med tekniska nämnden den 9 april 1957')), ...[
      '§ 31. Justering. Att jämte ordföranden justera dagens protokoll utsågs herr Einar Lundh.',
      '§ 32. Ang. gatubelysning å Södra vägen. Föredrogs en skrivelse från fastighetsägare.',
      '§ 33. Sophämtningen. Stadsingenjören redogjorde för försöket.',
      '§ 34. Meddelanden. Anmäldes en skrivelse.',
    ].map((t) => p(run(t)))].join('');
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 31', 'Justering'], ['§ 32', 'Ang. gatubelysning å Södra vägen'], ['§ 33', 'Sophämtningen'], ['§ 34', 'Meddelanden']]);
  });
});

describe('run-in titles closed by a colon', () => {
  const bullet = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
  const colonBody = (lead: (title: string, text: string) => string) => [
    p(run('Arbetsplatsträff, Solbackens förskola', '<w:b/>')),
    p(run('Onsdag 11 mars 2026 kl. 16.30–18.00')),
    p(run('Närvarande:', '<w:b/>') + run(' Maria Lind (förskolechef), Tove Ek och Jamal Said')),
    lead('Ekonomi:', 'Budgeten för våren är lagd. Vi kom överens om att spara på vikarier.'),
    lead('Gården:', 'Sandlådan byts ut i april. Gårdsgruppen ser över lekredskapen.'),
    lead('Föräldramöte:', 'Mötet hålls i maj. Tove skickar inbjudan.'),
    p(run('Vem gör vad:', '<w:b/>')),
    bullet('Tove: skickar inbjudan till föräldramötet, senast 20/3'),
    bullet('Jamal: beställer nytt material till ateljén'),
  ].join('');

  it('"**Ekonomi:** Budgeten …" in three or more paragraphs, where nothing else gave items: the titles, and "**Vem gör vad:**" over its list is one too', async () => {
    const items = segment(await readDocx(docx({ body: colonBody(runIn) }))).items;
    expect(items.map((i) => i.title)).toEqual(['Ekonomi', 'Gården', 'Föräldramöte', 'Vem gör vad']);
    expect(items[3]!.blocks.map((b) => b.text)).toEqual(['Tove: skickar inbjudan till föräldramötet, senast 20/3', 'Jamal: beställer nytt material till ateljén']);
  });

  it('bold leads that name who speaks under a numbered heading ("**Polisen:** …") stay in their item', async () => {
    const body = [
      p(run('Trafikrådet, minnesanteckningar')), p(run('Tisdag 19 maj 2026 kl. 13.00')),
      p(run('1. Aktuellt från organisationerna')),
      runIn('Polisen:', 'Två olyckor i april, båda i samma korsning.'),
      runIn('Trafikverket:', 'Arbetet med mitträcket startar i augusti.'),
      runIn('Skolorna:', 'Eleverna har kartlagt sina skolvägar.'),
      p(run('2. Nästa möte')), p(run('Tisdag 15 september kl. 13.00.')),
    ].join('');
    expect(segment(await readDocx(docx({ body }))).items.map((i) => i.title)).toEqual(['Aktuellt från organisationerna', 'Nästa möte']);
  });

  it('bold leads that name who speaks ("**Polisen:**", "**Förvaltningen:**", "**PRO Östby:**") are no titles, even where nothing else gave items', async () => {
    const body = [
      p(run('Trygghetsrådet, minnesanteckningar')), p(run('Tisdag 19 maj 2026 kl. 13.00')),
      runIn('Polisen:', 'Två olyckor i april, båda i samma korsning.'),
      runIn('Förvaltningen:', 'Arbetet med belysningen startar i augusti.'),
      runIn('PRO Östby:', 'Medlemmarna vill ha fler bänkar längs ån.'),
    ].join('');
    expect(segment(await readDocx(docx({ body }))).items.map((i) => i.title)).toEqual([]);
  });

  it('a label that comes again ("**Ansvarig:**", "**Klart:**") is no title', async () => {
    const body = [
      p(run('Ledningsgrupp, minnesanteckningar')), p(run('Datum: 2026-03-02')),
      p(run('Ekonomi', '<w:b/>')), p(run('Prognosen visar ett underskott.')), runIn('Ansvarig:', 'Alla chefer'), runIn('Klart:', 'v. 12'),
      p(run('Lokaler', '<w:b/>')), p(run('Flytten är klar.')), runIn('Ansvarig:', 'MK'), runIn('Klart:', 'fredag'),
      p(run('Övrigt', '<w:b/>')), p(run('Inget.')),
    ].join('');
    expect(segment(await readDocx(docx({ body }))).items.map((i) => i.title)).toEqual(['Ekonomi', 'Lokaler', 'Övrigt']);
  });

  it('in plain text, a lead that names who speaks ("PRO Östby:", "Förvaltningen:", "Polisen:") is no title', () => {
    const text = ['Pensionärsrådet', 'Datum: 2026-03-04', 'Ordföranden hälsade välkommen.', 'PRO Östby: Föreningen vill ha fler bänkar längs ån.',
      'Förvaltningen: Arbetet med parken börjar i maj.', 'Polisen: Inga nya anmälningar om bedrägerier har kommit in.', 'SPF Seniorerna: Medlemmarna vill ha en träff om bredband.'].join('\n');
    expect(segment(readText(new TextEncoder().encode(text))).items.map((i) => i.title)).toEqual([]);
  });

  it('in plain text: "Sommarboken: Förra året …" after a sentence\'s end or the header\'s last label; a signature label is no title', () => {
    const text = ['Arbetsplatsträff på Solbackens förskola', 'Onsdag 11 mars 2026 kl. 16.30–18.00', 'Närvarande: Maria Lind (förskolechef), Tove Ek och',
      'Jamal Said. Linnea Berg från fritids var med under punkten om', 'gården.', 'Antecknare: Tove',
      'Ekonomi: Budgeten för våren är lagd. Vi kom överens om att spara på', 'vikarier.',
      'Gården: Sandlådan byts ut i april. Gårdsgruppen ser över lekredskapen.', 'Föräldramöte: Mötet hålls i maj.', 'Vem gör vad:',
      '● Tove: skickar inbjudan till föräldramötet, senast 20/3', '● Jamal: beställer nytt material till ateljén, till nästa', 'APT', 'Vid pennan: Tove Ek'].join('\n');
    const minutes = segment(readText(new TextEncoder().encode(text)));
    expect(minutes.items.map((i) => i.title)).toEqual(['Ekonomi', 'Gården', 'Föräldramöte', 'Vem gör vad']);
    expect(minutes.items[3]!.blocks.map((b) => b.text)).toEqual(['Tove: skickar inbjudan till föräldramötet, senast 20/3', 'Jamal: beställer nytt material till ateljén, till nästa APT', 'Vid pennan: Tove Ek']);
    expect(minutes.header.participants.map((p) => [p.name, p.attendance])).toEqual([['Maria Lind', 'present'], ['Tove Ek', 'present'], ['Jamal Said', 'present'], ['Linnea Berg', 'guest']]);
  });
});

describe('a bold line that opens a decision\'s or a proposal\'s att-clauses', () => {
  it('is no item, though the § headings are bold the same way', async () => {
    const bold = (t: string) => p(run(t, '<w:b/>'));
    const body = [
      p(run('Kommunstyrelsens arbetsutskott')), p(run('Sammanträdesdatum 1995-09-19')),
      bold('§ 141\tBudget 1996'), p(run('Ekonomichefen redovisar förslaget.')),
      bold('Arbetsutskottet föreslår kommunstyrelsen besluta'), p(run('att fastställa ramarna.')),
      bold('Arbetsutskottet beslutar för egen del'), p(run('att uppdra åt ekonomichefen att redovisa besparingen.')),
      bold('§ 142\tFörskoleplatser'), p(run('Kommunchefen får i uppdrag att utreda frågan.')),
      bold('§ 143\tRemiss'), bold('Arbetsutskottet beslutar'), p(run('att remittera förslaget.')),
    ].join('');
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['§ 141', 'Budget 1996'], ['§ 142', 'Förskoleplatser'], ['§ 143', 'Remiss']]);
  });
});
