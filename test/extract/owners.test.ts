import { describe, expect, it } from 'vitest';
import { reportsOtherBodysDecision } from '../../src/extract/decisions/bodies.js';
import { ownerKind } from '../../src/extract/owners/index.js';
import { extractItem } from '../../src/extract/index.js';
import type { Block } from '../../src/model/document.js';
import type { SegmentedItem } from '../../src/segment/types.js';
import { itemOf, ownerTexts, recordOf } from '../support/minutes.js';

describe('owners: who is given the task', () => {
  it('"HR-chef får i uppdrag att" makes HR-chef the owner', async () => {
    expect(ownerTexts(await itemOf('HR-chef får i uppdrag att gå ut med internannons.'))).toEqual(['HR-chef']);
  });

  it('a source before a colon that tells what happens is no to-do owner: "SMHI: vindbyarna avtar"', async () => {
    expect(ownerTexts(await itemOf('● SMHI: vindbyarna avtar under eftermiddagen.\n● LD: beställa ny grind.'))).toEqual(['LD']);
  });

  it('"Åtgärd: … Ansvarig: … Klart: …" in one paragraph or on lines of their own: the action gets the owner and the date', async () => {
    for (const body of ['Åtgärd: Ny kalkyl tas fram. Ansvarig: Karl Ek. Klart: 30/4.', 'Budgeten diskuterades.\nÅtgärd: Ny kalkyl tas fram.\nAnsvarig: Karl Ek\nKlart: 30/4']) {
      const item = await itemOf(body);
      expect(item.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([['Ny kalkyl tas fram', ['Karl Ek'], ['2025-04-30']]]);
    }
  });

  it('"Åtgärd: lista per mentor – OA, v. 45": a labelled task line with its owner after a dash and its week after a comma', async () => {
    const item = await itemOf('Frånvaron diskuterades.\nÅtgärd: lista per mentor ur Skola24 – OA, v. 45', '2024-10-28');
    expect(item.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([['lista per mentor ur Skola24 – OA, v. 45', ['OA'], ['2024-11-08']]]);
  });

  it('lettered action lines in plain text, "Ansv:" and "Klart:" run on after the action, each a task of its own; "Tillsynsförrättaren följer upp" is a role\'s task', async () => {
    const item = await itemOf([
      'Åtgärder:', 'a) Se över larmplanen för brand i flerbostadshus.', 'Ansv: Insatsledaren. Klart: inom en månad.',
      'b) Skriva utvärderingsrapporten och skicka den till räddningschefen. Ansv: EN.', 'Klart: 2025-03-06.',
      'c) Redovisa erfarenheterna för övriga skiftlag. Ansv: EN och MS. Klart: vid', 'skiftlagsträffarna i april.',
      'Tillsynsförrättaren följer upp föreläggandet efter den 31', 'mars.',
    ].join('\n'));
    expect(item.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([
      [['Insatsledaren'], ['2025-02-14']], [['EN'], ['2025-03-06']], [['EN', 'MS'], ['2025-04']], [['Tillsynsförrättaren'], []],
    ]);
  });

  it('"Ansvar:" over a sentence of its own ("Ansvar: projektledaren begär in en kalkyl … Tidplan: …"): its subject is the owner, the Tidplan its date', async () => {
    const item = await itemOf('Beslut: ÄTA 7 bordläggs.\nAnsvar: projektledaren begär in en kalkyl från entreprenören. Tidplan: till nästa möte.');
    expect(item.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.relative ?? d.value)])).toEqual([[['projektledaren'], ['next-meeting']]]);
  });

  it('"Åtgärd – Ansvarig – Tid" over lines set out the same way: each line a task, its role the owner, its time of day on the meeting\'s day (or the weekday named)', async () => {
    const item = await itemOf([
      'Beslut: KLG beslutar att kommunen går upp i stabsläge.', 'Åtgärd – Ansvarig – Tid',
      '● Mobilt reservkraftverk till Solgården – Teknisk chef – kl. 11.00', '● Nödvattentank till Övre Lid – VA-chef – i morgon kl. 08',
      '● Besked om skolstart – Barn- och utbildningschef – tisdag kl. 18', '● Prognos från elbolaget – Säkerhetssamordnare – till nästa avstämning',
    ].join('\n'), '2025-01-14');
    expect(item.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value ?? d.relative)])).toEqual([
      [['Teknisk chef'], ['2025-01-14']], [['VA-chef'], ['2025-01-15']], [['Barn- och utbildningschef'], ['2025-01-14']], [['Säkerhetssamordnare'], ['next-meeting']],
    ]);
  });

  it('a to-do list\'s "Names: what (date)" lines name the matter without a verb, and "…, efter påsk" after the last comma is the line\'s date', async () => {
    const record = await recordOf('APT\nDatum: 2026-03-03\nNärvarande: Leila Ek, Tobbe Lund, Jonas Berg\n\n1. Brukarråd\nVi diskuterade brukarråd.\n\n2. Att göra till nästa gång\n● Leila och Tobbe: förslag på hur brukarråden ska gå till (nästa APT)\n● Jonas: följer upp felanmälan om draget, efter påsk\n');
    const item = record.items[1]!;
    expect(item.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value ?? d.relative)])).toEqual([[['Leila', 'Tobbe'], ['next-meeting']], [['Jonas'], ['2026-04']]]);
  });

  it('a list of owners before a task verb gives one owner each', async () => {
    const item = await itemOf('Stabschef, verksamhetschefer, biträdande förvaltningschef samt verksamhetscontroller sammanställer en presentation.');
    expect(ownerTexts(item)).toEqual(['Stabschef', 'verksamhetschefer', 'biträdande förvaltningschef', 'verksamhetscontroller']);
  });

  it('recipients and helpers are not owners', async () => {
    expect(ownerTexts(await itemOf('Titti och Susanne återkommer med namn till Nico.'))).toEqual(['Titti', 'Susanne']);
    expect(ownerTexts(await itemOf('YK stämmer av med Katarina om utbildningen.'))).toEqual(['YK']);
  });

  it('"ge X i uppdrag" and "uppdra åt X" name X', async () => {
    expect(ownerTexts(await itemOf('Socialdirektören kommer att ge nuvarande verksamhetskoordinator för Myndighet i uppdrag att kontakta kommunerna.')))
      .toEqual(['nuvarande verksamhetskoordinator för Myndighet']);
    expect(ownerTexts(await itemOf('Nämnden beslutar att uppdra åt socialdirektören att utreda frågan.'))).toEqual(['socialdirektören']);
  });

  it('a sentence that starts with its verb keeps the subject of the sentence before', async () => {
    expect(ownerTexts(await itemOf('Verksamhetschef för Boende informerar om dygnskostnader. Återkommer om detta.'))).toEqual(['Verksamhetschef för Boende']);
  });

  it('presenting and informing are not tasks; a past assignment is not a task of this meeting', async () => {
    expect(ownerTexts(await itemOf('HR-chef presenterar rutin för chef i beredskap.'))).toEqual([]);
    expect(ownerTexts(await itemOf('Under hösten fick kommunikationschef i uppdrag att utveckla en plan.'))).toEqual([]);
    expect(ownerTexts(await itemOf('Oftast ansvarar HR-konsult för samtalen.'))).toEqual([]);
  });

  it('"Ansv:" lines give the task before them its owners', async () => {
    const item = await itemOf('Handlingsplan ska skickas senast den 28 februari.\nAnsv: NF och TL');
    expect(item.actions[0]!.owners.map((o) => o.text)).toEqual(['NF', 'TL']);
  });

  it('groups own tasks too: "Alla", "Var och en"', async () => {
    expect(ownerTexts(await itemOf('Var och en tar kontakt med Mia Larsson för bokning av resa.'))).toEqual(['Var och en']);
    expect(ownerTexts(await itemOf('Alla ska ha gått utbildningen inom två veckor.'))).toEqual(['Alla']);
  });
});

describe('more ways minutes give a task', () => {
  it('"Uppdraget ges till X" names X; "Samtliga chefer ska ..." lays a duty on a group', async () => {
    expect(ownerTexts(await itemOf('Uppdraget ges till HR-avdelningen.'))).toEqual(['HR-avdelningen']);
    expect(ownerTexts(await itemOf('Samtliga chefer ska genomföra utbildningen senast den 30 april.'))).toEqual(['Samtliga chefer']);
  });

  it('one who answers for a thing others do ("ansvarar för att ombuden kontrollerar") owns it, those others do not; "Vårdcentralen" is a unit', async () => {
    const item = await itemOf('Vårdcentralen ansvarar för att en uppdaterad läkemedelslista skickas samma dag. Hemtjänsten ansvarar för att ombuden kontrollerar signeringslistorna varje måndag.');
    expect(ownerTexts(item)).toEqual(['Vårdcentralen', 'Hemtjänsten']);
  });

  it('a party\'s code the minutes define ("E = entreprenör") is an owner: "E reviderar tidplanen"', async () => {
    const record = await recordOf(['Protokoll projektmöte nr 6', 'Datum: 2024-04-17', 'Närvarande: Annika Ström (AS), Lina Hedberg (LH)', 'B = beställare, K = konsult, E = entreprenör.', '',
      '3.1 Produktionstidplan', 'E reviderar produktionstidplanen och skickar den till BL senast 2024-04-26.', '3.2 Pumpstation', 'K tar fram kompletteringen senast 3/5.'].join('\n'));
    expect(record.items.map((i) => ownerTexts(i))).toEqual([['E'], ['K']]);
  });

  it('"Till nästa möte:" dates the tasks of its paragraph after it too; a remark after it is no task', async () => {
    const item = await itemOf('Henrik erbjöd att Tallbo lånar ut sex selar. Till nästa möte: Tallbo skickar besiktningsprotokollen till Mats. Mats gör en riskbedömning för takmomentet. Kenneth påpekade att selarna ska vara besiktigade.');
    expect(item.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.relative)])).toEqual([[['Tallbo'], ['next-meeting']], [['Mats'], ['next-meeting']]]);
  });

  it('a decision written "Beslut: Att ..." keeps one "att"', async () => {
    const item = await itemOf('Beslut: Att godkänna rapporten.');
    expect(item.decisions.map((d) => d.text)).toEqual(['att godkänna rapporten']);
  });
});

describe('owners named in parentheses after a label', () => {
  it('"(ansv. Petra Ny)", "(Ansvar: respektive förskolechef)", "(Vem: KE)": the label says who', async () => {
    expect(ownerTexts(await itemOf('Ta fram en handlingsplan för sommaren (ansv. Petra Ny).'))).toEqual(['Petra Ny']);
    expect(ownerTexts(await itemOf('Rapporterna lämnas till AW i slutet av maj (Ansvar: respektive förskolechef).'))).toEqual(['respektive förskolechef']);
    expect(ownerTexts(await itemOf('Kontakta vaktmästaren om lampan (Vem: KE).'))).toEqual(['KE']);
  });
});

describe('a second verb joined by "och"', () => {
  it('goes back to the sentence subject when the att-clause between has no owner of its own', async () => {
    expect(ownerTexts(await itemOf('Förvaltningschefen svarar att rekrytering pågår och återkommer med en lägesbeskrivning vid nästa sammanträde.'))).toEqual(['Förvaltningschefen']);
    expect(ownerTexts(await itemOf('FC betonar att man testar och utvärderar.'))).toEqual([]);
  });
});

describe('another body\'s earlier decision told as background', () => {
  const paragraph = (text: string): Block => ({ kind: 'paragraph', text, page: null, style: {} });
  const item: SegmentedItem = {
    number: '5', title: 'Nybyggnation kv. Lärkan', presenters: [], itemTypes: [], page: null, cells: [],
    blocks: [
      paragraph('Kommunfullmäktige beslutade den 23 november 2015, § 142, att ge bolaget i uppdrag att uppföra cirka 60 hyreslägenheter.'),
      paragraph('Styrelsen beslutade att uppdra åt VD att återkomma med en tidplan i maj.'),
    ],
  };
  const extracted = extractItem(item, { participants: [], meetingBody: 'Styrelsen', meetingDate: null }, item.blocks.map((b) => b.text).join('\n'));

  it('sets no task: its owner is nobody\'s at this meeting; the meeting\'s own decision still does', () => {
    expect(reportsOtherBodysDecision(item.blocks[0]!.text, 'Styrelsen')).toBe(true);
    expect(reportsOtherBodysDecision(item.blocks[1]!.text, 'Styrelsen')).toBe(false);
    // the body named with its place
    expect(reportsOtherBodysDecision('Kommunfullmäktige i Sörvikens kommun beslutade den 27 november 2023, § 98, att godkänna att bolaget tar upp lån.', 'Styrelsen')).toBe(true);
    expect(reportsOtherBodysDecision('Styrelsen för Sörvikens Vatten AB beslutade att uppdra åt VD att upphandla.', 'Styrelsen')).toBe(false);
    // the citation before the participle
    expect(reportsOtherBodysDecision('Kommunstyrelsens arbetsutskott har 2025-09-23 § 77 beslutat att ge samhällsbyggnadsförvaltningen i uppdrag att ta fram en plan.', 'Barn- och utbildningsnämnden')).toBe(true);
    expect(reportsOtherBodysDecision('Kommunstyrelsen har den 3 mars 2025 beslutat att ge förvaltningen i uppdrag att ta fram en plan.', 'Socialnämnden')).toBe(true);
    expect([...extracted.actions, ...extracted.decisions].flatMap((t) => t.owners.map((o) => o.text))).toEqual(['VD']);
  });
});

describe('a group at a named place', () => {
  it('"Personalen på Blåbäret ser till att …" is the staff there, as a group, nobody\'s name', async () => {
    const item = await itemOf('Personalen på Blåbäret ser till att rollatorerna står inom räckhåll på natten.');
    expect(item.actions.flatMap((a) => a.owners.map((o) => [o.text, o.name]))).toEqual([['Personalen på Blåbäret', null]]);
  });
});

describe('another body\'s request told as background', () => {
  it('"Landstingsstyrelsen har begärt att nämnderna lämnar … senast" gives nobody a task here', async () => {
    const record = await recordOf('Patientnämnden\nProtokoll 2004-05-13\n\n§ 25 Budgetunderlag 2005\nLandstingsstyrelsen har begärt att nämnderna lämnar verksamhetsplan och budgetunderlag senast den 15 juni 2004.\n\n§ 26 Övrigt\nInget.\n');
    expect(ownerTexts(record.items[0]!)).toEqual([]);
  });
});

describe('a body\'s decision announced for later ("Socialnämnden ska fatta beslut om planen i juni")', () => {
  it('gives nobody a task; the tasks beside it keep their owners', async () => {
    const item = await itemOf('Socialnämnden ska fatta beslut om planen i juni.\nRegionfullmäktige fattar beslut om taxan i juni.\nKultur- och fritidsnämnden ska anta den nya planen i oktober.\nNämndens arbetsutskott ska behandla prognosen den 7 april.\nMaria skriver ett utkast till yttrandet senast fredag.');
    expect(ownerTexts(item)).toEqual(['Maria']);
  });
});

describe('an FSG item\'s MBL line', () => {
  it('stands on its own, so the background decision after it stays background', async () => {
    const item = await itemOf('Förhandling enligt 11 § MBL\nSamhällsbyggnadsnämnden gav 2025-11-20, § 88, förvaltningen i uppdrag att se över organisationen.\nFörvaltningschefen ger Sofia Berg i uppdrag att ta fram en tidsplan.');
    expect(ownerTexts(item)).toEqual(['Sofia Berg']);
  });
});

describe('"hon" or "han" as the subject of a task verb', () => {
  it('is the person last named before it, in the sentence or the one before; with nobody named, no owner', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf([
      'Minnesanteckningar', 'Datum: 2026-03-11', 'Närvarande: Sevda Aydin, enhetschef, Lena Forsgren, ordförande', '',
      '1. Parkering', 'Sevda har inte fått svar från Grönhamrahem om tillstånden; hon stämmer av med dem igen till nästa möte.', '',
      '2. Frågor', 'Lena sa att det handlar om pengar. Hon tar med frågan till presidiet och återkommer innan jul.', '',
      '3. Övrigt', 'Frågan om lokaler kvarstår. Hon återkommer om det.', '',
    ].join('\n'));
    expect(record.items.map((i) => i.actions.flatMap((a) => a.owners.map((o) => o.name)))).toEqual([['Sevda Aydin'], ['Lena Forsgren'], []]);
  });
  it('is the one participant the role last named before it is held by: "Skolsköterskan genomför … Hon sammanställer"; a role two hold names nobody', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf([
      'Minnesanteckningar', 'Datum: 2025-09-16', 'Närvarande: Ewa Forslund, skolsköterska, Sanna Lidén, kurator, Maja Berg, kurator', '',
      '1. Hälsosamtal', 'Skolsköterskan genomför hälsosamtal i årskurs 7. Hon sammanställer resultatet och redovisar det i december.', '',
      '2. Stödsamtal', 'Kuratorn har många samtal. Hon sammanställer dem i december.', '',
    ].join('\n'));
    expect(record.items.map((i) => i.actions.map((a) => a.owners.map((o) => o.name)))).toEqual([[['Ewa Forslund'], ['Ewa Forslund']], [[]]]);
  });
});

describe('a role word ending in "-are" ("samordnare", "handläggare")', () => {
  it('is a role in each of its forms, and its verb ("samordnar") is none', () => {
    const ctx = { participants: [] };
    expect(['samordnaren', 'samordnarna', 'handläggare', 'HR-handläggaren'].map((w) => ownerKind(w, ctx))).toEqual(['role', 'role', 'role', 'role']);
    expect(ownerKind('KB samordnar', ctx)).toBeNull();
  });
});

describe('a byggmöte\'s inline "Ansv: X – v.18" after each task, the lines typed without gaps', () => {
  it('gives each task its owner and the date after the dash or the comma; the next line is a task of its own', async () => {
    const item = await itemOf([
      'Arkitekten tar fram reviderade fasadritningar för huvudentrén. Ansv: Arkitekten, v.23',
      'BH beslutar om kulörer för klassrummen efter samråd med skolan. Ansv: BH. Klart v.20',
      'GE lämnar pris på ÄTA 11. Ansv: GE – v.18',
      'Upparbetat t.o.m. mars: 38,2 mkr av kontraktssumman.',
    ].join('\n'), '2026-04-22');
    expect(item.decisions).toEqual([]);
    expect(item.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([
      [['Arkitekten'], ['2026-06-05']], [['BH'], ['2026-05-15']], [['GE'], ['2026-05-01']],
    ]);
  });
});

describe('a stab\'s staff code as the subject ("S4 ordnar …")', () => {
  it('is the holder of the function the code opens in the function table; "S3 (JB)" in a log is JB', async () => {
    const { docx, p, run, table, row, cell } = await import('../read/docx-fixture.js');
    const { extractRecord } = await import('../../src/pipeline.js');
    const cells = (...texts: string[]) => row(texts.map((t) => cell(p(run(t)))));
    const body = [
      p(run('Minnesanteckningar, stabsmöte 4')), p(run('Lördag 27 december 2025 kl. 08.00–08.55.')),
      table([row(['Funktion', 'Namn', 'Kort'].map((t) => cell(p(run(t, '<w:b/>')))), true), cells('S3 Samordning', 'Johan Berg', 'JB'), cells('S4 Logistik och försörjning', 'Tomas Ek', 'TE')]),
      p(run('1 Vård och omsorg', '<w:b/>')), p(run('S4 ordnar påfyllning av diesel till Ekbacka, senast i kväll kl. 20.00.')),
      p(run('2 Åtgärdslogg', '<w:b/>')), p(run('Loggen gicks igenom.')),
      table([row(['Nr', 'Åtgärd', 'Ansvarig', 'Status'].map((t) => cell(p(run(t, '<w:b/>')))), true), cells('1', 'Öppna trygghetspunkter', 'S3 (JB)', 'Pågår'), cells('2', 'Bränsleplan', 'S4 (TE)', 'Ny'), cells('3', 'Talgrupp i Rakel', 'S3', 'Klar')]),
    ].join('');
    const record = await extractRecord({ path: 'stab.docx', bytes: docx({ body }) });
    expect(record.items.map((i) => i.actions.flatMap((a) => a.owners.map((o) => [o.text, o.name])))).toEqual([[['S4', 'Tomas Ek']], [['S3 (JB)', 'Johan Berg'], ['S4 (TE)', 'Tomas Ek']]]);
  });
});
