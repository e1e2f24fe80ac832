import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractItem } from '../../src/extract/index.js';
import { ownersFromColumn } from '../../src/extract/owners/index.js';
import { rowTasks } from '../../src/extract/table-row.js';
import type { Block } from '../../src/model/document.js';
import type { Person } from '../../src/record/schema.js';
import { extractRecord } from '../../src/pipeline.js';
import type { SegmentedItem } from '../../src/segment/types.js';
import { docx, p, run } from '../read/docx-fixture.js';

describe('a minutes-table row', () => {
  it.each(['pdf', 'docx'])('gives each Ansvarig entry the action beside it when the secretary lined them up (002 "VON", %s)', async (format) => {
    const file = `samples/${format}/002_d87efa32b9f021cd.${format}`;
    const record = await extractRecord({ path: file, bytes: readFileSync(file) });
    const von = record.items.find((i) => i.title === 'VON')!;
    const ownersOf = (start: string) => von.actions.filter((a) => a.text.startsWith(start)).map((a) => a.owners.map((o) => o.initials ?? o.text));
    expect(ownersOf('AA, RN och TU styrgrupp')).toContainEqual(['AA', 'RN', 'TU']);
    expect(ownersOf('Tar in konsultstöd')).toContainEqual(['RN']);
  });

  it('gives the row its Klart senast date and its Ansvarig owners (an action table of another unit)', async () => {
    const file = 'test/fixtures/minutes/docx/atgardslista_lg.docx';
    const record = await extractRecord({ path: file, bytes: readFileSync(file) });
    const item = record.items.find((i) => i.title === 'Rekrytering enhetschef barn och unga')!;
    const row = item.actions.find((a) => a.deadlines.some((d) => d.value === '2025-09-19'))!;
    expect(row.owners.map((o) => o.name)).toEqual(['Jonas Berg']);
  });
});

describe('an Ansvarig cell', () => {
  it.each([
    ['AA, RN och TU', ['AA', 'RN', 'TU']],
    ['TL i samråd med RE', ['TL']],
    ['MH, i samråd med ES', ['MH']],
    ['Karin Ek med stöd av HR-avdelningen', ['Karin Ek']],
    ['Respektive enhetschef tillsammans med skyddsombud', ['Respektive enhetschef']],
    // a förvaltning's name with "och" is one owner; a role and a group are two
    ['Barn och utbildning', ['Barn och utbildning']],
    ['Förbundschef och stationscheferna', ['Förbundschef', 'stationscheferna']],
  ])('%s -> %j: those only consulted own nothing', (cell, owners) => {
    expect(ownersFromColumn(cell, { participants: [] })).toEqual(owners);
  });
});

describe('an Ansv cell that marks a row for information', () => {
  it.each([['Info', []], ['info', []], ['För kännedom', []], ['K, EL', ['K', 'EL']]])('%s -> %j', (cell, owners) => {
    expect(ownersFromColumn(cell, { participants: [] })).toEqual(owners);
  });
});

describe('the rows of a task table in an item', () => {
  // "Uppföljning av styrelsens uppdrag" with its list "Aktivitet | Ansvarig | Klar senast | Status"
  const item: SegmentedItem = {
    number: null,
    title: 'Uppföljning av styrelsens uppdrag',
    presenters: [],
    itemTypes: [],
    page: 2,
    blocks: [],
    cells: [],
    taskRows: [
      [
        { role: 'action', text: 'Revidera delegationsordningen', lines: ['Revidera delegationsordningen'] },
        { role: 'owner', text: 'VD', lines: ['VD'] },
        { role: 'deadline', text: '2025-10-31', lines: ['2025-10-31'] },
        { role: 'status', text: 'Pågår', lines: ['Pågår'] },
      ],
      [
        { role: 'action', text: 'Översyn av försäkringsskyddet', lines: ['Översyn av försäkringsskyddet'] },
        { role: 'owner', text: 'Stefan Nord', lines: ['Stefan Nord'] },
        { role: 'deadline', text: 'Vecka 45', lines: ['Vecka 45'] },
      ],
      [
        { role: 'action', text: 'Beslutsunderlag om antal banor', lines: ['Beslutsunderlag om antal banor'] },
        { role: 'owner', text: 'PL', lines: ['PL'] },
        { role: 'deadline', text: 'Nästa styrgruppsmöte', lines: ['Nästa styrgruppsmöte'] },
      ],
      [{ role: 'action', text: 'Ny hemsida', lines: ['Ny hemsida'] }],
    ],
  };

  it('gives each row its own task: the action, its owners and its date; a row with neither owner nor date sets none', () => {
    const tasks = rowTasks(item, { participants: [] }, (q) => q);
    expect(tasks.map((t) => [t.text, t.owners.map((o) => o.text), t.deadlines.map((d) => d.text)])).toEqual([
      ['Revidera delegationsordningen', ['VD'], ['2025-10-31']],
      ['Översyn av försäkringsskyddet', ['Stefan Nord'], ['Vecka 45']],
      ['Beslutsunderlag om antal banor', ['PL'], ['Nästa styrgruppsmöte']],
    ]);
    // the next meeting of any kind, in a Klart column, is the next meeting
    expect(tasks[2]!.deadlines[0]!.parts).toEqual({ relative: 'next-meeting' });
  });
});

describe('a running log\'s rows that say they are done', () => {
  const row = (action: string, owner: string, due: string, status: string) => [
    { role: 'action' as const, text: action, lines: [action] },
    { role: 'owner' as const, text: owner, lines: [owner] },
    { role: 'deadline' as const, text: due, lines: [due] },
    { role: 'status' as const, text: status, lines: [status] },
  ];
  const item = (rows: ReturnType<typeof row>[]): SegmentedItem => ({ number: '8', title: 'Åtgärdslogg', presenters: [], itemTypes: [], page: 1, blocks: [], cells: [], taskRows: rows });

  it.each(['Klar', 'Klart', 'Stängd', 'Utförd 12/2', 'Avslutad.', 'Ja', 'x', '✓', 'Klart ✓', 'Genomförd 28/8'])('"%s" in the Status column leaves no task; "Pågår" and "Ny" do', (done) => {
    const tasks = rowTasks(item([
      row('Öppna trygghetspunkter', 'JB', '26/12 kl. 12', done),
      row('Bränsleplan för reservkraften', 'TE', '27/12 kl. 20', 'Pågår'),
      row('Informationsblad i brevlådor', 'SH', '27/12 kl. 13', 'Ny'),
    ]), { participants: [] }, (q) => q);
    expect(tasks.map((t) => t.owners.map((o) => o.text))).toEqual([['TE'], ['SH']]);
  });

  it('"Stängd" in the Klart column is done too; "Klar v. 12" in a Klart column is a date', () => {
    const closed = [{ role: 'action' as const, text: 'Uppgradera datorerna', lines: [] }, { role: 'owner' as const, text: 'TN', lines: ['TN'] }, { role: 'deadline' as const, text: 'Stängd', lines: ['Stängd'] }];
    const open = [{ role: 'action' as const, text: 'Inventera licenser', lines: [] }, { role: 'owner' as const, text: 'PW', lines: ['PW'] }, { role: 'deadline' as const, text: 'Klar v. 12', lines: ['Klar v. 12'] }];
    const tasks = rowTasks({ ...item([]), taskRows: [closed, open] }, { participants: [] }, (q) => q);
    expect(tasks.map((t) => [t.owners.map((o) => o.text), t.deadlines.length])).toEqual([[['PW'], 1]]);
  });
});

describe('a fault report under an item (Ärende | Inkom | Plats | Fel | Ansv. | Åtgärdas)', () => {
  it('each fault is its owner\'s task, "Åtgärdas" its date, the day it came in none; "Klart 31/1" says it was done: no task', async () => {
    const text = [
      'Driftmöte gata/park', 'Datum: 2026-02-04', '',
      '1) Vinterväghållning', 'Plogningen har fungerat bra.', '',
      '2) Felanmälningar', 'Öppna ärenden:',
    ].join('\n');
    const table = [
      '<w:tbl>',
      ...[['Ärende', 'Inkom', 'Plats', 'Fel', 'Ansv.', 'Åtgärdas'], ['F-0114', '26/1', 'Björkvägen 3–7', 'Fem gatlampor släckta', 'SN', 'v. 7'],
        ['F-0121', '28/1', 'GC-väg Ängsbacken', 'Potthål efter tjällossning', 'AB', 'i april'], ['F-0131', '30/1', 'Skolvägen', 'Snövall skymmer sikt', 'AB', 'Klart 31/1']]
        .map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`),
      '</w:tbl>',
    ].join('');
    const body = text.split('\n').map((t) => p(run(t))).join('') + table + ['3) Maskiner', 'Sopmaskinen är på service.', '4) Övrigt', 'Inget.'].map((t) => p(run(t))).join('');
    const record = await extractRecord({ path: 'drift.docx', bytes: docx({ body }) });
    const faults = record.items.find((i) => i.title === 'Felanmälningar')!;
    expect(faults.actions.filter((a) => a.owners.length).map((a) => [a.text, a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([
      ['Fem gatlampor släckta', ['SN'], ['2026-02-13']],
      ['Potthål efter tjällossning', ['AB'], ['2026-04']],
    ]);
  });
});

describe('a status table in an item\'s text (Delprojekt | Status | Beslut | Nästa steg)', () => {
  const row = (cells: string[], header = false): Block => ({
    kind: 'table-row', text: cells.join(' | '), page: null, style: {}, table: 0, header,
    cells: cells.map((text) => ({ text, lines: [text], colSpan: 1, rowSpan: 1 })),
  });
  const item: SegmentedItem = {
    number: '2', title: 'Status delprojekt', presenters: [], itemTypes: [], page: null, cells: [],
    blocks: [
      row(['Delprojekt', 'Status', 'Beslut', 'Nästa steg']),
      row(['E-tjänster', 'Grön. Migrering av 14 av 23 e-tjänster klar.', 'Att flytta resterande e-tjänster till en etapp 2.', 'Projektledaren tar fram en tidplan till nästa möte.']),
      row(['Signering', 'Gul. Upphandlingen är försenad.', 'Inget beslut.', 'IT-chefen kontaktar leverantören senast v. 44.']),
      row(['Wifi', 'Röd. Ej påbörjat.', '–', 'Löpande uppföljning i projektgruppen.']),
    ],
  };
  const extracted = extractItem(item, { participants: [], meetingBody: 'Styrgruppen', meetingDate: null }, item.blocks.map((b) => b.text).join('\n'));

  it('takes the Beslut column\'s sentences as decisions, and no column title, status or "Inget beslut"', () => {
    expect(extracted.decisions.map((d) => d.text)).toEqual(['Att flytta resterande e-tjänster till en etapp 2']);
  });

  it('takes each Nästa steg sentence as a task of its subject, whatever its verb', () => {
    expect(extracted.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.text)])).toEqual([
      [['Projektledaren'], ['till nästa möte']],
      [['IT-chefen'], ['senast v. 44']],
    ]);
  });
});

describe('a row of an agenda table with a Vem cell', () => {
  const cell = (role: 'title' | 'notes' | 'owner' | 'deadline', text: string) => ({ role, text, lines: [text] });
  const item: SegmentedItem = {
    number: null, title: 'Ekonomi', presenters: [], itemTypes: [], page: null, blocks: [],
    cells: [
      cell('title', 'Ekonomi'),
      cell('notes', 'NA redovisade prognosen. Åtgärdsförslag tas fram till nästa LG. Uppföljning i juni.'),
      cell('owner', 'NA'),
      cell('deadline', 'Nästa LG'),
    ],
  };
  const participants = [{ name: 'Nils Ahl', initials: 'NA', role: 'controller', attendance: 'present' }] as Person[];
  const extracted = extractItem(item, { participants, meetingBody: 'Ledningsgruppen', meetingDate: null }, item.cells.map((c) => c.text).join('\n'));

  it('owns the tasks its notes speak of: one task, owned by the Vem cell, due when its När cell says', () => {
    // the notes' "Uppföljning i juni" has nobody to meet it: the row's own columns say who and when
    expect(extracted.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.text)])).toEqual([[['NA'], ['Nästa LG']]]);
  });
});

describe('a Vem and a När cell with an entry on each line', () => {
  const item: SegmentedItem = {
    number: '4', title: 'Kvalitetsarbete', presenters: [], itemTypes: [], page: null, blocks: [],
    cells: [
      { role: 'title', text: 'Kvalitetsarbete', lines: ['Kvalitetsarbete'] },
      { role: 'notes', text: 'Alla rektorer lägger in analysen. LB skickar utkast före jul.', lines: ['Alla rektorer lägger in analysen.', 'LB skickar utkast före jul.'] },
      { role: 'owner', text: 'Alla rektorer LB', lines: ['Alla rektorer', 'LB'] },
      { role: 'deadline', text: '14/11 December', lines: ['14/11', 'December'] },
    ],
  };
  const participants = [{ name: 'Lina Berglund', initials: 'LB', role: 'kvalitetsstrateg', attendance: 'present' }] as Person[];

  it('reads each line as its own entry and date, not "alla rektorer lb" and the 11th of December', () => {
    const [task] = rowTasks(item, { participants }, (q) => q);
    expect(task!.owners.map((o) => o.text)).toEqual(['Alla rektorer', 'LB']);
    expect(task!.deadlines.map((d) => d.text)).toEqual(['14/11', 'December']);
  });
});

describe('an Ansvarig cell whose lines each name an owner', () => {
  const row = (lines: string[]): SegmentedItem => ({
    number: '3', title: 'Ekonomi', presenters: [], itemTypes: [], page: null, blocks: [],
    cells: [
      { role: 'title', text: 'Ekonomi', lines: ['Ekonomi'] },
      { role: 'action', text: 'Prognosen lämnas till förvaltningen.', lines: ['Prognosen lämnas till förvaltningen.'] },
      { role: 'owner', text: lines.join(' '), lines },
      { role: 'deadline', text: '30/9', lines: ['30/9'] },
    ],
  });

  it('reads "Alla rektorer" over "Controller" as two owners, "Alla" over "rektorer" as one, and "Förstelärarna sv/ma" whole', () => {
    const owners = (lines: string[]) => rowTasks(row(lines), { participants: [] }, (q) => q).flatMap((t) => t.owners.map((o) => o.text));
    expect(owners(['Alla rektorer', 'Controller'])).toEqual(['Alla rektorer', 'Controller']);
    expect(owners(['Alla', 'rektorer'])).toEqual(['Alla rektorer']);
    expect(owners(['Förstelärarna sv/ma'])).toEqual(['Förstelärarna sv/ma']);
  });
});

describe('tables named by their columns\' meaning', () => {
  it('a delegation report ("Dnr | Verksamhet/fastighet | Beslut | Beslutsfattare | Beslutsdatum") sets no tasks; "Uppgift | Utförs av | Vecka" does', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf([
      'Protokoll Valnämnden', 'Sammanträdesdatum 2026-02-11', '',
      '§ 65 Redovisning av delegationsbeslut',
      ' Dnr             Verksamhet/fastighet        Beslut              Beslutsfattare    Beslutsdatum',
      ' MHN 2025/301    Restaurang Lotus            Registrering        Johan Dahl        2025-09-03',
      ' MHN 2025/341    Värmepump, Ekbacken 1:22    Anmälan             Per Holmgren      2025-09-24',
      '', 'Nämnden beslutar att lägga redovisningen till handlingarna.', '',
      '§ 66 Arbetsplan',
      ' Uppgift                                         Utförs av                Vecka',
      ' Inventera valskärmar och valurnor               Kent Sjöberg             v. 10',
      ' Beställa valsedlar                              Helena Kvist             v. 12',
      '', 'Arbetsplanen godkänns.',
    ].join('\n'));
    expect(record.items[0]!.actions).toEqual([]);
    expect(record.items[1]!.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([[['Kent Sjöberg'], ['2026-03-06']], [['Helena Kvist'], ['2026-03-20']]]);
  });

  it('a Word table "Ärendegrupp | Delegat | Datum eller period | Antal": its Delegat column makes it a report, though the other titles are not the lexicon\'s', async () => {
    const { docx, p, run, table, row, cell } = await import('../read/docx-fixture.js');
    const cells = (...t: string[]) => row(t.map((x) => cell(p(run(x)))));
    const body = [p(run('Vård- och omsorgsnämnden')), p(run('Sammanträdesdatum 2025-09-23')), p(run('§ 68 Redovisning av delegationsbeslut', '<w:b/>')),
      table([row(['Ärendegrupp', 'Delegat', 'Datum eller period', 'Antal'].map((t) => cell(p(run(t, '<w:b/>')))), true), cells('Bistånd enligt SoL', 'Biståndshandläggare', '2025-08-01 – 2025-08-31', '146'), cells('Insatser enligt LSS', 'LSS-handläggare', '2025-08-01 – 2025-08-31', '31')]),
      p(run('Redovisningen godkänns.')), p(run('§ 69 Meddelanden', '<w:b/>')), p(run('– Kommunfullmäktiges beslut 2025-06-16, § 88. Samtliga nämnder får i uppdrag att senast den 31 mars 2026 redovisa en plan.')), p(run('Meddelandena läggs till handlingarna.'))].join('');
    const record = await extractRecord({ path: 'von.docx', bytes: docx({ body }) });
    // (nor do the listed entries of "Meddelanden": what they ask of others is no task set here)
    expect(record.items.map((i) => i.actions.map((a) => a.owners.map((o) => o.text)))).toEqual([[], []]);
  });
});

describe('a bygglov team\'s case list (Dnr | Fastighet, åtgärd | Sign | Kompl. | Läge | Nästa steg | V.)', () => {
  it('"Sign" names whose case it is, "V." when the next step is due; the day the case was complete ("Kompl.") is no deadline', async () => {
    const { docx, p, run, table, row, cell } = await import('../read/docx-fixture.js');
    const cells = (...t: string[]) => row(t.map((x) => cell(p(run(x)))));
    const body = [p(run('Bygglovsenheten, teammöte v. 11')), p(run('Datum: 2026-03-10')), p(run('1. Ärendegenomgång', '<w:b/>')),
      table([row(['Dnr', 'Fastighet, åtgärd', 'Sign', 'Kompl.', 'Läge', 'Nästa steg', 'V.'].map((t) => cell(p(run(t, '<w:b/>')))), true),
        cells('BYGG 2025-0871', 'Garvaren 4, tillbyggnad', 'MS', '2025-12-02', 'Grannarna hörda.', 'Tjänsteskrivelse till nämnden', 'v. 12'),
        cells('BYGG 2026-0112', 'Björkvik 2:14, fritidshus', 'LH', '2026-02-19', 'Planenligt.', 'Beslut på delegation', 'v. 11')]),
      p(run('2. Övrigt', '<w:b/>')), p(run('Inget.'))].join('');
    const record = await extractRecord({ path: 'bygglov.docx', bytes: docx({ body }) });
    expect(record.items[0]!.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([[['MS'], ['2026-03-20']], [['LH'], ['2026-03-13']]]);
  });
});

describe('a byggmöte kept as one table (Nr | Ärende | Åtgärd | Ansv | Klart v.)', () => {
  it('reads the parties\' codes as owners, a number alone in "Klart v." as a week, a section row as no item, "–" as nobody', async () => {
    const { docx, p, run, row, table, cell } = await import('../read/docx-fixture.js');
    const { readDocx } = await import('../../src/read/docx.js');
    const { recordOfDocument, sourceFor } = await import('../../src/pipeline.js');
    const lines = (...ls: string[]) => cell(ls.map((l) => p(run(l))).join(''));
    const r = (...cells: string[]) => row(cells.map((c) => lines(...c.split('\n'))));
    const body = [
      p(run('Byggmöte nr 7 – Förskolan Kvarnängen')), p(run('Datum: tisdag 17 mars 2026')),
      table([r('Kod', 'Part', 'Namn, funktion', 'Närv.'), r('BH', 'Lidbo Kommunfastigheter AB', 'Anna Sjöberg, projektledare\nPer Ljung, fastighetsförvaltare', 'x'), r('KA', 'Frid Byggkontroll', 'Bengt Frid, kontrollansvarig', '–')]),
      p(run('')),
      table([
        r('Nr', 'Ärende', 'Åtgärd', 'Ansv', 'Klart v.'),
        r('1', 'Mötets öppnande\nBH hälsade välkommen.', '–', '–', '–'),
        r('3', 'TIDER', '', '', ''),
        r('3.1', 'Tidplan\nE redovisade tidplan rev. C.', 'Skicka tidplan rev. C till BH', 'E', '13'),
        r('4.1', 'ÄTA-arbeten\nGenomgång av ÄTA-listan.', 'Besked om ÄTA 15\nPris på ÄTA 16', 'BH\nE', 'Nästa möte\n14'),
        r('5.1', 'Handlingar\nE saknar ritningar.', 'Planritningar till E\nKontrollera håltagningarna', 'A\nK', '13\nOmg.'),
      ]),
    ].join('');
    const doc = await readDocx(docx({ body }));
    const record = recordOfDocument(doc, sourceFor({ path: 'bygg.docx', bytes: new Uint8Array() }, doc));
    expect(record.participants.map((p) => [p.name, p.initials, p.role, p.attendance])).toEqual([
      ['Anna Sjöberg', null, 'projektledare', 'present'], ['Per Ljung', null, 'fastighetsförvaltare', 'present'], ['Bengt Frid', 'KA', 'kontrollansvarig', 'absent'],
    ]);
    expect(record.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Tidplan', 'ÄTA-arbeten', 'Handlingar']);
    const tasks = record.items.map((i) => i.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value ?? d.relative)]));
    expect(tasks).toEqual([[], [[['E'], ['2026-03-27']]], [[['BH', 'E'], ['next-meeting', '2026-04-03']]], [[['A', 'K'], ['2026-03-27']]]]);
  });
});

describe('a Vem cell of first names with their units, a När cell of a weekday', () => {
  it('"Åsa (Lingonbackens skola)" over "Mikael (gata/park)" are two owners; "Fredag" is the Friday after the meeting', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf([
      'Trafiksäkerhetsgruppen', 'Minnesanteckningar onsdag 28 januari 2026', '',
      ' Punkt                  Noteringar                                      Vem                          När',
      ' Vinterväghållning      Snövallar vid hållplatserna gör att eleverna     Sanna (skolskjutsenheten)    Fredag',
      '                        står på vägbanan.',
      ' Lämning och hämtning   Föräldrar stannar vid busshållplatsen.          Åsa (Lingonbackens skola)    Efter sportlovet',
      '                                                                        Mikael (gata/park)           Till nästa möte',
    ].join('\n'));
    expect(record.items.map((i) => i.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value ?? d.relative)]))).toEqual([
      [[['Sanna (skolskjutsenheten)'], ['2026-01-30']]],
      [[['Åsa (Lingonbackens skola)', 'Mikael (gata/park)'], ['2026-03', 'next-meeting']]],
    ]);
  });
});

describe('a notes cell that holds its tasks\' "Ansv:" and "Klart:" lines', () => {
  it('gives each task the owner and the date on the lines under it, as running text does', async () => {
    const { docx, p, run, row, cell, table } = await import('../read/docx-fixture.js');
    const notes = (...lines: string[]) => cell(lines.map((l) => p(run(l))).join(''));
    const body = [
      p(run('Förvaltningsledningens möte 10 mars 2026')),
      p(run('Deltagare')), p(run('EM Eva Marklund, förvaltningschef')), p(run('KB Karin Bergqvist, bibliotekschef')),
      table([
        row([cell(p(run('Ärende'))), cell(p(run('Anteckningar')))], true),
        row([cell(p(run('Incheckning'))), notes('Dagordningen godkändes.')]),
        row([cell(p(run('Biblioteksplan'))), notes('Nämnden ska anta den nya planen i oktober.', 'KB tar fram ett förslag till tidplan.', 'Ansv: KB', 'Klart: till nästa FL',
          'Alla enhetschefer lämnar namn på en representant.', 'Ansv: Alla enhetschefer', 'Klart: inom tre veckor')]),
        row([cell(p(run('Kulturnatten'))), notes('JH och KB samordnar programmet och tar fram en affisch.', 'Ansv: JH, KB', 'Klart: 2026-04-07')]),
      ]),
    ].join('');
    const record = await extractRecord({ path: 'fl.docx', bytes: docx({ body }) });
    const tasks = (title: string) => record.items.find((i) => i.title === title)!.actions.map((a) => [a.owners.map((o) => o.initials ?? o.text), a.deadlines.map((d) => d.value ?? d.relative)]);
    expect(tasks('Biblioteksplan')).toEqual([[['KB'], ['next-meeting']], [['Alla enhetschefer'], ['2026-03-31']]]);
    expect(tasks('Kulturnatten')).toEqual([[['JH', 'KB'], ['2026-04-07']]]);
  });
});
