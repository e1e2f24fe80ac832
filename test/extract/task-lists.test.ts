import { describe, expect, it } from 'vitest';
import { settleTaskLists } from '../../src/extract/task-lists.js';
import type { ExtractedItem, ExtractedTask } from '../../src/extract/types.js';
import type { Person } from '../../src/record/schema.js';

const participants = [
  { name: 'Sara Nyqvist', initials: 'SN', role: 'lönechef', attendance: 'present' },
  { name: 'Tomas Berg', initials: 'TB', role: 'HR-strateg', attendance: 'present' },
] as Person[];
const task = (text: string, owners: string[], deadline?: string, fromList = false): ExtractedTask => ({
  text, owners: owners.map((o) => ({ text: o })), deadlines: deadline ? [{ text: deadline, kind: 'due', parts: { week: 39 } }] : [], quote: text, page: null, ...(fromList ? { fromList } : {}),
});
const item = (title: string, actions: ExtractedTask[]): ExtractedItem => ({
  number: null, title, presenters: [], itemTypes: [], page: null, blocks: [], cells: [], text: '', decisions: [], actions,
});

describe('a closing list of the items\' tasks', () => {
  const items = [
    item('Lönerevision', [task('Sara tar fram en tidplan för lönesamtalen', ['Sara'])]),
    item('Medarbetarenkät', [task('TB ansvarar för informationen senast v. 42', ['TB'], 'senast v. 42')]),
  ];

  it('under a heading of its own ("Åtgärdslista") that repeats the items\' owners is a summary: the item goes, a date the item lacked goes to its task', () => {
    const settled = settleTaskLists([...items.map((i) => structuredClone(i)), item('Åtgärdslista', [
      task('Tidplan för lönesamtal', ['SN'], 'v. 39', true),
      task('Information om enkäten', ['Tomas Berg'], 'v. 42', true),
    ])], participants);
    expect(settled.map((i) => i.title)).toEqual(['Lönerevision', 'Medarbetarenkät']);
    expect(settled[0]!.actions[0]!.deadlines.map((d) => d.text)).toEqual(['v. 39']);
    expect(settled[1]!.actions[0]!.deadlines.map((d) => d.text)).toEqual(['senast v. 42']);
  });

  it('is an agenda point where a sentence over its rows says the meeting went through it ("Genomgång av den löpande listan."): it stays, though every row repeats', () => {
    const list = item('Att göra', [task('Tidplan för lönesamtal', ['SN'], 'v. 39', true), task('Information om enkäten', ['Tomas Berg'], 'v. 42', true)]);
    const para = (text: string) => ({ kind: 'paragraph' as const, text, page: 1, style: {} });
    const row = { kind: 'table-row' as const, text: 'SN | v. 39', page: 1, style: {}, table: 0, cells: [] };
    const spoken = { ...list, blocks: [para('Genomgång av den löpande listan. Klara rader tas bort.'), row] };
    expect(settleTaskLists([...items.map((i) => structuredClone(i)), spoken], participants).map((i) => i.title)).toEqual(['Lönerevision', 'Medarbetarenkät', 'Att göra']);
    // a note under the rows is the page's, not the meeting's going through the list
    const noted = { ...list, blocks: [row, para('Sekretess enligt OSL 23 kap. 2 § – anteckningarna förvaras hos rektor.')] };
    expect(settleTaskLists([...items.map((i) => structuredClone(i)), noted], participants).map((i) => i.title)).toEqual(['Lönerevision', 'Medarbetarenkät']);
  });

  it('gives an entry\'s date to the task of that owner it speaks of, not to the owner\'s first task', () => {
    const settled = settleTaskLists([
      item('Nödvatten', [task('SN informerar om flytten i alla kanaler före kl. 13', ['SN'])]),
      item('Kommunikation', [task('SN tar fram översättningar av grundinformationen', ['SN'])]),
      item('Åtgärdslista', [task('Information om flytt av tankstation', ['SN'], undefined, true), task('Översättning av grundinformation', ['SN'], 'torsdag', true)]),
    ], participants);
    expect(settled.map((i) => i.actions.map((a) => a.deadlines.map((d) => d.text)))).toEqual([[[]], [['torsdag']]]);
  });

  it('numbered as an agenda item of its own ("7 Aktivitetslista") is the meeting\'s list: it keeps every task', () => {
    const list = { ...item('Aktivitetslista', [
      task('Tidplan för lönesamtal (1)', ['SN'], 'v. 39', true),
      task('Information om enkäten (2)', ['Tomas Berg'], 'v. 42', true),
    ]), number: '7' };
    const settled = settleTaskLists([...items.map((i) => structuredClone(i)), list], participants);
    expect(settled.map((i) => i.title)).toEqual(['Lönerevision', 'Medarbetarenkät', 'Aktivitetslista']);
    expect(settled[2]!.actions.map((a) => a.owners[0]!.text)).toEqual(['SN', 'Tomas Berg']);
  });

  it('as a table under the last item, leaves the item its own tasks and keeps a row with an owner no item named', () => {
    const last = item('Övrigt', [
      task('Nästa möte bokas av SN', ['SN']),
      task('Tidplan för lönesamtal', ['SN'], 'v. 39', true),
      task('Information om enkäten', ['TB'], 'v. 42', true),
      task('Beställa fika', ['Frida'], undefined, true),
    ]);
    const settled = settleTaskLists([...items.map((i) => structuredClone(i)), last], participants);
    expect(settled[2]!.actions.map((a) => a.text)).toEqual(['Nästa möte bokas av SN', 'Beställa fika']);
  });

  it('is no summary when most of its tasks are new: a task table of the item itself', () => {
    const table = item('Uppföljning', [
      task('Revidera delegationsordningen', ['VD'], 'v. 39', true),
      task('Översyn av försäkringarna', ['Ekonomichefen'], 'v. 42', true),
      task('Tidplan för lönesamtal', ['SN'], undefined, true),
    ]);
    const settled = settleTaskLists([...items.map((i) => structuredClone(i)), table], participants);
    expect(settled[2]!.actions).toHaveLength(3);
  });
});

describe('a summary\'s row with owners no item gave a task', () => {
  it('goes to the one item whose text speaks of the same thing, and stays in the list where none does', () => {
    const withText = (it: ExtractedItem, text: string): ExtractedItem => ({ ...it, text });
    const settled = settleTaskLists([
      withText(item('Lönerevision', [task('Sara tar fram en tidplan för lönesamtalen', ['Sara'])]), 'Sara tar fram en tidplan för lönesamtalen.'),
      withText(item('Jullunchen', [task('Skinka beställs av Tomas senast 4/12', ['Tomas'])]), 'Lena och Frida gör menyn och portionsberäkningen v. 48. Skinka beställs av Tomas senast 4/12.'),
      item('Att göra', [
        task('Tidplan för lönesamtal', ['SN'], 'v. 39', true),
        task('Beställa skinka', ['TB'], '4/12', true),
        task('Påminna leverantören om skinkan', ['Tomas Berg'], undefined, true),
        task('Meny och portioner till jullunchen', ['Lena', 'Frida'], 'v. 48', true),
        task('Beställa fika till personalrummet', ['Lena'], undefined, true),
      ]),
    ], participants);
    expect(settled.map((i) => [i.title, i.actions.map((a) => a.text)])).toEqual([
      ['Lönerevision', ['Sara tar fram en tidplan för lönesamtalen']],
      ['Jullunchen', ['Skinka beställs av Tomas senast 4/12', 'Meny och portioner till jullunchen']],
      ['Att göra', ['Beställa fika till personalrummet']],
    ]);
  });
});

describe('a task table inside an item whose owners had other work before', () => {
  it('is the item\'s own new work, not a summary: the rows speak of other things', () => {
    const status = item('Tidplan och status', [task('Färdiga bygghandlingar till förfrågningsunderlaget', ['TE'], 'v. 24', true), task('Annonsera upphandlingen', ['KW'], 'v. 26', true)]);
    const risks = item('Risker', [
      task('Indexklausul skrivs in i avtalet', ['KW'], undefined, true),
      task('Provtagning av marken', ['TE'], '30 maj', true),
    ]);
    const settled = settleTaskLists([status, risks], participants);
    expect(settled[1]!.actions.map((a) => a.text)).toEqual(['Indexklausul skrivs in i avtalet', 'Provtagning av marken']);
  });
});

describe('a closing "Till nästa gång" list that names owner and matter', () => {
  it('is the summary of the items\' tasks, not an item; a report after a colon is no to-do', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf([
      'Minnesanteckningar rektorernas ledningsgrupp', 'Datum: 2026-03-04', 'Närvarande: Birgitta (rektor), Fredrik (utvecklingsledare)', '',
      '1. Uppföljning', 'Birgitta återkommer om schemaläggningen av studiehandledning till nästa gång.', '',
      '2. Övrigt', 'Birgitta: flera laddvagnar är trasiga. Fredrik kontaktar IT-avdelningen om det.', '',
      'Till nästa gång', '- Birgitta – studiehandledning, schemaläggning', '- Fredrik – laddvagnar, IT-avdelningen', '',
    ].join('\n'));
    expect(record.items.map((i) => i.title)).toEqual(['Uppföljning', 'Övrigt']);
    expect(record.items[1]!.actions.flatMap((a) => a.owners.map((o) => o.text))).toEqual(['Fredrik']);
  });
});

describe('a titled list left inside the last item ("Uppföljningslista efter mötet" over a Vad | Vem | När table)', () => {
  const staff = [...participants, { name: 'Lotta Berg', initials: null, role: 'sekreterare', attendance: 'present' }] as Person[];
  const withTitle = (actions: ExtractedTask[]): ExtractedItem => ({ ...item('Nästa möte', actions), blocks: [{ kind: 'paragraph', text: 'Torsdag 15 maj kl. 13.30.', page: 1, style: {} }, { kind: 'paragraph', text: 'Uppföljningslista efter mötet', page: 1, style: {} }] });

  it('sums the items up when its owners are the items\' owners, by role or cut short, whatever its rows say', () => {
    const earlier = [
      item('Frågor som väntar på svar', [task('Sekreteraren påminner socialförvaltningen', ['Sekreteraren'])]),
      item('Resecentrum', [task('Samhällsbyggnadsförvaltningen återkommer med en reviderad ritning', ['Samhällsbyggnadsförvaltningen'], 'i maj')]),
    ];
    const settled = settleTaskLists([...earlier, withTitle([
      task('Påminna om svar om ledsagning', ['Lotta'], 'Nästa möte', true),
      task('Reviderad ritning resecentrum', ['Samhällsbyggnadsförv.'], 'Maj', true),
    ])], staff);
    expect(settled[2]!.actions).toEqual([]);
  });

  it('keeps the rows whose owners the items did not name', () => {
    const settled = settleTaskLists([item('Lönerevision', [task('Sara tar fram en tidplan', ['Sara']), task('Lotta skickar ut kallelsen', ['Lotta'])]), withTitle([
      task('Tidplan', ['SN'], 'v. 39', true),
      task('Kallelse', ['sekreteraren'], undefined, true),
      task('Beställa lokal', ['Tomas Berg'], 'v. 40', true),
    ])], staff);
    expect(settled[1]!.actions.map((a) => a.text)).toEqual(['Beställa lokal']);
  });
});

describe('a to-do with its owners and date after a label ("Vem/När:")', () => {
  it('gives the point its owners and date; a closing list of them sums up the items\' tasks; a point wrapped after "och" goes on', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf([
      'APT – Lingsta bibliotek', 'Tisdag 20 januari 2026 kl. 8.15–9.45', 'Med: Karin (bibliotekschef), Lotta, Samir, Birgitta (skyddsombud)', '',
      'Förra APT:n', '● Skylten vid entrén är fortfarande trasig. Lotta kontaktar fastighet igen.', '',
      'Meröppet', '● Samir och Birgitta tar fram ett förslag på möblering.', '',
      'Att göra',
      '● Påminna fastighet om entréskylten. Vem/När: Lotta, till nästa APT',
      '● Förslag på möblering och skyltning. Vem/När: Samir och',
      'Birgitta, 6/2',
    ].join('\n'));
    expect(record.items.map((i) => i.title)).toEqual(['Förra APT:n', 'Meröppet']);
    expect(record.items.map((i) => i.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value ?? d.relative)]))).toEqual([
      [[['Lotta'], ['next-meeting']]],
      [[['Samir', 'Birgitta'], ['2026-02-06']]],
    ]);
  });
});
