/**
 * The follow-up list's SQL path (filters, count, order and paging in SQL) gives what the slow
 * reference (everything loaded and filtered in JS, test/followup/reference-list.ts) gives, on a
 * generated store with copies of meetings, "nästa möte" deadlines, undated meetings, done tasks
 * and corrections, on SQLite and PostgreSQL, for every filter and page.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCorrection } from '../../src/followup/corrections.js';
import { followup, followupPage, type FollowupOptions, type FollowupTask } from '../../src/followup/list.js';
import { setTaskStatus } from '../../src/followup/status.js';
import type { MinutesRecord } from '../../src/record/schema.js';
import type { Store } from '../../src/store/store.js';
import { syncRecords } from '../../src/store/sync.js';
import { BACKENDS, testStore, type TestStore } from '../store/backends.js';
import { buildRecord, type RecordSpec } from '../store/fixtures.js';
import { followupReference } from './reference-list.js';
import { random } from '../support/random.js';

const STAFF = [
  { name: 'Karolina Håkansson', initials: 'KH', role: 'HR-chef' },
  { name: 'Anna Berg', initials: 'AB', role: 'Kvalitetschef' },
  { name: 'Johan Klingborg', initials: 'JK', role: 'Socialdirektör' },
  { name: 'Katarina Lindqvist', initials: 'KL', role: 'Fastighetschef' },
  { name: 'Katarina Lückander', initials: 'KLU', role: 'Stabschef' },
  { name: 'Anna Nyström', initials: 'AN', role: 'Ekonomichef' },
  { name: 'Erik Öberg', initials: 'EÖ', role: 'Verksamhetschef' },
];
// one role and one set of initials per person: with two "KL" in one participant list, which of
// them a "KL" owner is depends on the list's order, and the old list and the SQL path may differ
const BODIES = ['FLG', 'Samverkansgrupp FSG', 'Ledningsgrupp VUX'];
const TOPICS = ['Budget', 'Rekrytering', 'Arbetsmiljö', 'Lokalfrågan', 'Delegationsordning', 'Signs of safety', 'Remiss', 'Kvalitetsrapport'];

function generate(n: number): RecordSpec[] {
  const rand = random(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const specs: RecordSpec[] = [];
  for (let i = 0; i < n; i++) {
    const undated = rand() < 0.1;
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 1100) * 86_400_000).toISOString().slice(0, 10);
    const participants = STAFF.filter(() => rand() < 0.6);
    const ownerText = () => {
      const p = pick(STAFF);
      // (first names only for "Alla": the old list did not look for a role's holder written by first name; see below)
      return pick([{ text: p.name, name: p.name, initials: p.initials, role: p.role }, { text: p.initials }, { text: p.role }, { text: 'Alla' }]);
    };
    const deadline = () => pick([
      [], [{ text: 'till nästa möte', relative: 'next-meeting' as const }], [{ text: 'senast', value: `${day.slice(0, 4)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}` }],
      [{ text: 'i maj', value: `${day.slice(0, 4)}-05` }], [{ text: 'till hösten', value: `${day.slice(0, 4)}-23` }],
      [{ text: 'nästa möte eller i mars', relative: 'next-meeting' as const }, { text: 'i mars', value: `${Number(day.slice(0, 4)) + 1}-03` }],
    ]);
    const items = TOPICS.filter(() => rand() < 0.5).map((title, k) => ({
      title: `${title} ${k % 2 ? '' : 'och uppföljning'}`.trim(), number: String(k + 1), text: `${title} diskuterades.`,
      decisions: rand() < 0.5 ? [{ text: `att ${title.toLowerCase()} ska utredas`, owners: rand() < 0.7 ? [ownerText()] : [], deadlines: deadline() }] : [],
      actions: Array.from({ length: Math.floor(rand() * 3) }, (_, a) => ({ text: `${title} åtgärd ${a + 1}`, owners: [ownerText(), ...(rand() < 0.2 ? [ownerText()] : [])], deadlines: deadline() })),
    }));
    specs.push({
      name: `m${String(i).padStart(3, '0')}`, body: pick(BODIES), title: null,
      ...(undated ? { date: null, referenceYear: Number(day.slice(0, 4)) } : { date: day }),
      participants, items: items.length ? items : [{ title: 'Övrigt', text: 'Inget.' }],
    });
  }
  return specs;
}

/** Where a task stands in the list's order (due, meeting date, item); tasks of one item may tie. */
function place(t: FollowupTask): string {
  const approx = t.meeting.date ?? (t.meeting.referenceYear ? `${t.meeting.referenceYear}-07-01` : '9999');
  return `${t.due ?? '9999'}|${approx}|${String(t.item.ordinal).padStart(4, '0')}`;
}

describe.each(BACKENDS)('follow-up SQL path against the reference on %s', (backend) => {
  let t: TestStore;
  let store: Store;
  let records: MinutesRecord[];
  let specs: RecordSpec[];

  beforeAll(async () => {
    t = await testStore(backend);
    specs = generate(90);
    records = [];
    for (const [i, spec] of specs.entries()) {
      const record = buildRecord(spec);
      records.push(record);
      const file = path.join(t.recordsDir, `${spec.name}.json`);
      await fs.writeFile(file, JSON.stringify(record));
      await fs.utimes(file, 1_700_000_000 + i, 1_700_000_000 + i);
      // every tenth meeting also as a newer DOCX copy
      if (i % 10 === 0) {
        const copy = buildRecord({ ...spec, name: `${spec.name}-word` });
        copy.source = { ...copy.source, format: 'docx', path: `share/${spec.name}.docx`, fileName: `${spec.name}.docx` };
        const copyFile = path.join(t.recordsDir, `${spec.name}-word.json`);
        await fs.writeFile(copyFile, JSON.stringify(copy));
        await fs.utimes(copyFile, 1_800_000_000 + i, 1_800_000_000 + i);
      }
    }
    store = await t.open();
    expect((await syncRecords(store)).failed).toEqual([]);
    // done tasks (some on a copy that is not shown), and corrections of every kind
    const all = await followupReference(store.db, { today: '2024-01-01' });
    for (const task of all.filter((_, i) => i % 7 === 0)) await setTaskStatus(store.db, task.id, 'done');
    const hidden = records[0]!.items.flatMap((i) => [...i.decisions, ...i.actions]).find((x) => x.owners.length || x.deadlines.length);
    if (hidden) await setTaskStatus(store.db, hidden.id, 'done');
    const [a, b, c, d] = all.filter((x) => x.kind === 'action').slice(3);
    await addCorrection(store.db, { kind: 'owner', taskId: a!.id, owner: 'Karolina Håkansson' }, 'test');
    await addCorrection(store.db, { kind: 'owner', taskId: b!.id, owner: 'KH', mode: 'add' }, 'test');
    await addCorrection(store.db, { kind: 'deadline', taskId: c!.id, deadline: '2023-02-01' }, 'test');
    await addCorrection(store.db, { kind: 'deadline', taskId: d!.id, deadline: 'none' }, 'test');
    const decision = all.find((x) => x.kind === 'decision')!;
    await addCorrection(store.db, { kind: 'not-decision', decisionId: decision.id }, 'test');
    await addCorrection(store.db, { kind: 'add-task', meetingId: a!.meeting.id, item: a!.item.id, text: 'Tillagd uppgift', owner: 'HR-chef', deadline: '2023-06' }, 'test');
  }, 60_000);
  afterAll(async () => t?.cleanup());

  const filters: FollowupOptions[] = [
    {}, { open: true }, { overdue: true, today: '2023-06-01' }, { overdue: true, today: '2025-01-01' }, { dueBefore: '2023-03-01' },
    { body: 'flg' }, { body: 'fsg', open: true }, { body: 'ingen sådan' },
    { owner: 'Karolina Håkansson' }, { owner: 'KH' }, { owner: 'HR-chef' }, { owner: 'KL', overdue: true, today: '2024-06-01' },
    { owner: 'Stabschef' }, { owner: 'Kvalitetschef' }, { owner: 'Anna' }, { owner: 'Alla', body: 'VUX' }, { owner: 'Nobody Atall' },
  ];

  it.each(filters)('the same tasks in the same order: %j', async (options) => {
    const opts = { today: '2024-01-01', ...options };
    const reference = await followupReference(store.db, opts);
    const sql = await followup(store.db, opts);
    if (!/ingen sådan|Nobody/.test(JSON.stringify(options))) expect(reference.length).toBeGreaterThan(0);
    // the same order, up to tasks of one item that tie, and the very same tasks
    expect(sql.map(place)).toEqual(reference.map(place));
    const byId = (list: FollowupTask[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(sql)).toEqual(byId(reference));
  });

  it('keeps "nästa möte" due dates right as meetings come (one by one, as the pipelines write) and go', async () => {
    const same = async () => {
      // with --owner too (owner_keys carries the tasks' due dates), and cut just after the dates
      // that move here: a task whose date moved and whose key did not would be on the wrong side
      const owners = [undefined, ...STAFF.map((p) => p.initials), 'Alla'];
      for (const options of owners.flatMap((owner) => [undefined, '2022-02-01', '2023-09-01'].map((dueBefore) => ({ owner, dueBefore })))) {
        const reference = await followupReference(store.db, { today: '2024-01-01', ...options });
        const sql = await followup(store.db, { today: '2024-01-01', ...options });
        if (!options.dueBefore) expect(reference.length).toBeGreaterThan(0);
        expect(new Map(sql.map((x) => [x.id, x.due]))).toEqual(new Map(reference.map((x) => [x.id, x.due])));
        expect(sql.map(place)).toEqual(reference.map(place));
      }
    };
    // a new meeting of each body early in the archive, written as the pipelines do (store hook)
    for (const [i, body] of BODIES.entries()) {
      const record = buildRecord({ name: `late-${i}`, date: '2022-01-20', body, items: [{ title: 'Extra', text: 'Extra möte.' }] });
      const file = path.join(t.recordsDir, `late-${i}.json`);
      await fs.writeFile(file, JSON.stringify(record));
      await store.indexRecord(record, file);
    }
    await same();
    // and meetings leave
    for (const name of ['m001', 'm002', 'm003', 'late-0']) await fs.rm(path.join(t.recordsDir, `${name}.json`));
    expect((await syncRecords(store)).removed).toBe(4);
    await same();
  });

  it('--owner lists a meeting\'s tasks once, from the copy shown, as a newer copy comes and goes', async () => {
    const same = async () => {
      for (const owner of [...STAFF.map((p) => p.initials), 'Alla', 'HR-chef']) {
        const reference = await followupReference(store.db, { today: '2024-01-01', owner });
        const sql = await followup(store.db, { today: '2024-01-01', owner });
        expect(sql.map(place)).toEqual(reference.map(place));
        expect(sql.map((x) => x.id).sort()).toEqual(reference.map((x) => x.id).sort());
        // (a hidden copy's task would not be built, but would be counted)
        expect((await followupPage(store.db, { today: '2024-01-01', owner, limit: 5 })).total).toBe(reference.length);
      }
    };
    // a newer PDF of m005, written as the pipelines do: it is shown, m005 hidden
    const spec = specs[5]!;
    const copy = buildRecord({ ...spec, name: `${spec.name}-pdf` });
    copy.source = { ...copy.source, format: 'pdf', path: `share/${spec.name}.pdf`, fileName: `${spec.name}.pdf` };
    const file = path.join(t.recordsDir, `${spec.name}-pdf.json`);
    await fs.writeFile(file, JSON.stringify(copy));
    await store.indexRecord(copy, file);
    const shown = async (recordId: string) => (await store.db.all<{ listed: number }>('SELECT listed FROM meetings WHERE id = ?', [recordId]))[0]?.listed;
    expect([Number(await shown(copy.id)), Number(await shown(records[5]!.id))]).toEqual([1, 0]);
    await same();
    // the copy goes: m005 is shown again
    await fs.rm(file);
    expect((await syncRecords(store)).removed).toBe(1);
    expect(Number(await shown(records[5]!.id))).toBe(1);
    await same();
  });

  it('pages: each page is that slice of the whole list, with the total', async () => {
    for (const options of [{}, { open: true }, { owner: 'KH' }, { overdue: true, today: '2024-06-01' }]) {
      const whole = await followup(store.db, { today: '2024-01-01', ...options });
      expect(whole.length).toBeGreaterThan(7);
      for (const offset of [0, 7, 14, whole.length - 3]) {
        const page = await followupPage(store.db, { today: '2024-01-01', ...options, limit: 7, offset });
        expect(page.total).toBe(whole.length);
        expect(page.tasks.map((x) => x.id)).toEqual(whole.slice(offset, offset + 7).map((x) => x.id));
      }
    }
  });
});

describe.each(BACKENDS)('--owner by role on %s', (backend) => {
  let t: TestStore | undefined;
  afterAll(async () => t?.cleanup());

  it('finds a task whose owner is written by first name when that person held the role (the old list did not look)', async () => {
    t = await testStore(backend);
    const spec: RecordSpec = {
      name: 'fsg', date: '2023-03-01', body: 'FSG', participants: [{ name: 'Anna Berg', initials: 'AB', role: 'HR-chef' }, { name: 'Erik Öberg', initials: 'EÖ', role: 'Ekonom' }],
      items: [{ title: 'Arbetsmiljö', text: 'Anna tar fram en plan.', actions: [{ text: 'Anna tar fram en plan', owners: [{ text: 'Anna' }] }, { text: 'Erik räknar', owners: [{ text: 'Erik' }] }] }],
    };
    await fs.writeFile(path.join(t.recordsDir, 'fsg.json'), JSON.stringify(buildRecord(spec)));
    const store = await t.open();
    await syncRecords(store);
    const found = await followup(store.db, { owner: 'HR-chef' });
    expect(found.map((x) => x.text)).toEqual(['Anna tar fram en plan']);
    expect(found[0]!.owners[0]).toMatchObject({ text: 'Anna', matched: 'resolved', resolved: { name: 'Anna Berg', via: 'first-name' } });
    expect((await followup(store.db, { owner: 'Ekonom' })).map((x) => x.text)).toEqual(['Erik räknar']);
  });
});
