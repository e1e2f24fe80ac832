/**
 * The store on both backends, with hand-made records (fixtures.ts): indexing, Swedish search,
 * follow-up lists, owner resolution, done/reopen surviving re-extraction and reindex, and the
 * store following the records folder.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followup } from '../../src/followup/list.js';
import { setTaskStatus } from '../../src/followup/status.js';
import { search } from '../../src/search/search.js';
import type { Store } from '../../src/store/store.js';
import { syncRecords } from '../../src/store/sync.js';
import type { MinutesRecord } from '../../src/record/schema.js';
import { BACKENDS, testStore, type TestStore } from './backends.js';
import { ALL_MEETINGS, MEETING_2024_04_02, MEETING_2024_04_22, MEETING_2025, MEETING_FSG_2022, buildRecord, writeRecords } from './fixtures.js';

const titles = (hits: { item: { title: string } }[]) => hits.map((h) => h.item.title);

describe.each(BACKENDS)('store on %s', (backend) => {
  let t: TestStore;
  let store: Store;
  let records: Map<string, MinutesRecord>;
  const idOf = (name: string) => records.get(name)!.id;

  beforeAll(async () => {
    t = await testStore(backend);
    records = await writeRecords(t.recordsDir, ALL_MEETINGS);
    store = await t.open();
    const report = await syncRecords(store);
    expect(report).toMatchObject({ indexed: 4, failed: [] });
  });
  afterAll(async () => t?.cleanup());

  describe('search', () => {
    it('finds an item by its title, with meeting, snippet, file and page', async () => {
      const [hit, ...rest] = await search(store.db, { query: 'signs of safety' });
      expect(rest).toEqual([]);
      expect(hit).toMatchObject({
        kind: 'item',
        meeting: { id: idOf(MEETING_2025.name), date: null, referenceYear: 2025 },
        item: { number: '4', title: 'Signs of safety' },
        file: 'minutes/000-flg-2025.pdf',
        page: 1,
        recordFile: '000-flg-2025.json',
      });
      expect(hit!.snippet).toContain('«Signs» «of» «safety»');
    });

    it('"beslut" finds "beslutade" and "besluten" (Swedish stems)', async () => {
      const hits = await search(store.db, { query: 'beslut' });
      const snippets = hits.map((h) => h.snippet).join('\n');
      expect(titles(hits)).toEqual(expect.arrayContaining(['Innovationsråd', 'Uppföljning']));
      expect(snippets).toContain('«beslutade»');
      expect(snippets).toContain('«Besluten»');
    });

    it('"rekrytering" finds "rekryteringsgrupp" (prefix of the stem)', async () => {
      const hits = await search(store.db, { query: 'rekrytering' });
      expect(titles(hits)).toEqual(expect.arrayContaining(['Signs of safety', 'Digital plattform för rekrytering av sommarvikarier']));
      expect(hits.find((h) => h.item.title === 'Signs of safety')!.snippet).toContain('«rekryteringsgrupp»');
    });

    it('keeps å, ä and ö letters of their own', async () => {
      expect(titles(await search(store.db, { query: 'åtgärd' }))).toEqual(expect.arrayContaining(['Kort-kort', 'Uppföljning']));
      expect(await search(store.db, { query: 'atgard' })).toEqual([]);
    });

    it('ranks a title match above a passing mention', async () => {
      const hits = await search(store.db, { query: 'innovationsråd' });
      expect(titles(hits)[0]).toBe('Innovationsråd');
    });

    it('lists decisions with --decisions, found by their own words or their item title', async () => {
      const byWords = await search(store.db, { query: 'internannons', decisions: true });
      expect(byWords.map((h) => h.decision?.text)).toEqual(['att HR-chef får i uppdrag att gå ut med internannons samt sätta ihop en rekryteringsgrupp med deltagare från FLG']);
      expect(byWords[0]).toMatchObject({ kind: 'decision', id: `${idOf(MEETING_2025.name)}:1:d1`, decision: { decidedBy: 'Socialdirektören' } });
      const byTitle = await search(store.db, { query: 'signs of safety', decisions: true });
      expect(byTitle.map((h) => h.id)).toEqual([`${idOf(MEETING_2025.name)}:1:d1`]);
      // items without decisions give no decision hits
      expect(await search(store.db, { query: 'innovationsråd', decisions: true })).toEqual([]);
    });

    it('filters by meeting dates; an undated meeting counts as its reference year', async () => {
      const april = await search(store.db, { query: 'beslut', from: '2024-04-10', to: '2024-04-30' });
      expect(new Set(april.map((h) => h.meeting.date))).toEqual(new Set(['2024-04-22']));
      const in2025 = await search(store.db, { query: 'HR-chef', from: '2025-01-01' });
      expect(in2025.length).toBeGreaterThan(0);
      expect(in2025.every((h) => h.meeting.referenceYear === 2025)).toBe(true);
      expect(await search(store.db, { query: 'signs', to: '2024-12-31' })).toEqual([]);
    });

    it('filters by body, any case, part of the name', async () => {
      const hits = await search(store.db, { query: 'HR-chef', body: 'fsg' });
      expect(titles(hits)).toEqual(['Arbetsmiljö']);
      expect(await search(store.db, { query: 'signs', body: 'FSG' })).toEqual([]);
    });

    it('filters by owner: items with a task for that person', async () => {
      const hits = await search(store.db, { query: 'uppdrag', owner: 'Karolina Håkansson' });
      expect(titles(hits).sort()).toEqual(['Signs of safety', 'Säkerhet- och trygghetsrutiner, utanför Bredgatan']);
      expect(await search(store.db, { query: 'uppdrag', owner: 'Anna Berg' })).toEqual([]);
    });

    it('limits the hits', async () => {
      expect(await search(store.db, { query: 'beslut', limit: 1 })).toHaveLength(1);
    });

    it('refuses a query of common words only', async () => {
      await expect(search(store.db, { query: 'och att' })).rejects.toThrow(/no words/);
    });
  });

  describe('followup', () => {
    const ids = async (options: Parameters<typeof followup>[1]) => (await followup(store.db, options)).map((task) => task.id).sort();

    it('"Karolina Håkansson", "KH" and "HR-chef" find her tasks; the role also finds the FSG HR-chef\'s', async () => {
      const karolina = [`${idOf(MEETING_2025.name)}:1:d1`, `${idOf(MEETING_2024_04_02.name)}:2:d1`, `${idOf(MEETING_2024_04_22.name)}:1:a1`].sort();
      expect(await ids({ owner: 'Karolina Håkansson' })).toEqual(karolina);
      expect(await ids({ owner: 'KH' })).toEqual(karolina);
      expect(await ids({ owner: 'kh' })).toEqual(karolina);
      expect(await ids({ owner: 'Karolina' })).toEqual(karolina);
      expect(await ids({ owner: 'HR-chef' })).toEqual([...karolina, `${idOf(MEETING_FSG_2022.name)}:1:a1`].sort());
      expect(await ids({ owner: 'Anna Berg' })).toEqual([`${idOf(MEETING_FSG_2022.name)}:1:a1`]);
    });

    it('resolves a role-only owner to the person nearest in time, with evidence', async () => {
      const [task] = await followup(store.db, { owner: 'KH', dueBefore: '2025-02-01', today: '2025-06-01' }).then((l) => l.filter((x) => x.meeting.referenceYear === 2025));
      expect(task!.owners).toEqual([expect.objectContaining({
        text: 'HR-chef',
        matched: 'resolved',
        resolved: { name: 'Karolina Håkansson', via: 'role', evidence: expect.stringMatching(/Karolina Håkansson, HR-chef \(KH\), in the participant list of FLG 2024-04-22/) },
      })]);
    });

    it('tells people with the same initials apart by meeting', async () => {
      expect(await ids({ owner: 'Katarina Lindqvist' })).toEqual([`${idOf(MEETING_2024_04_02.name)}:3:a1`]);
      expect(await ids({ owner: 'Katarina Lückander' })).toEqual([`${idOf(MEETING_FSG_2022.name)}:1:a2`]);
      expect((await ids({ owner: 'KL' })).length).toBe(2);
    });

    it('matches spelling variants of a name', async () => {
      expect(await ids({ owner: 'Ulrika Skeppstedt' })).toEqual([`${idOf(MEETING_2024_04_02.name)}:2:d1`]);
    });

    it('has a people view: one row per person across meetings', async () => {
      const people = await store.db.all<{ name: string; meetings: number; first_seen: string; last_seen: string }>(
        "SELECT name, meetings, first_seen, last_seen FROM people WHERE person_key = 'karolina hakanson'");
      expect(people.map((p) => ({ ...p, meetings: Number(p.meetings) }))).toEqual([{ name: 'Karolina Håkansson', meetings: 2, first_seen: '2024-04-02', last_seen: '2024-04-22' }]);
    });

    it('gives due dates with their precision; "nästa FLG" is the next FLG meeting in the archive', async () => {
      const all = await followup(store.db, { today: '2024-01-01' });
      const byId = new Map(all.map((task) => [task.id, task]));
      expect(byId.get(`${idOf(MEETING_2025.name)}:1:d1`)).toMatchObject({ due: '2025-01-28', precision: 'day' });
      expect(byId.get(`${idOf(MEETING_2025.name)}:2:a1`)).toMatchObject({ due: '2025-03-31', precision: 'month' });
      expect(byId.get(`${idOf(MEETING_FSG_2022.name)}:1:a1`)).toMatchObject({ due: '2022-11-30', precision: 'season' });
      expect(byId.get(`${idOf(MEETING_2024_04_02.name)}:3:a1`)).toMatchObject({ due: '2024-04-22', precision: 'next-meeting' });
      // a decision with neither owner nor deadline is no task
      expect([...byId.keys()].some((id) => id.startsWith(`${idOf(MEETING_2025.name)}:4:`))).toBe(false);
      // sorted by due date, undated last
      const dues = all.map((task) => task.due ?? '9999');
      expect(dues).toEqual([...dues].sort());
    });

    it('lists overdue and due-before tasks', async () => {
      const overdue = await followup(store.db, { overdue: true, today: '2025-02-01' });
      expect(overdue.map((task) => task.due)).toEqual(['2022-11-30', '2024-04-22', '2024-04-22', '2024-05-31', '2025-01-28']);
      expect(overdue.every((task) => task.overdue && task.status === 'open')).toBe(true);
      const before = await followup(store.db, { dueBefore: '2025-01-28' });
      expect(before.map((task) => task.due)).not.toContain('2025-01-28');
      expect(before.map((task) => task.due)).toContain('2024-05-31');
      expect(await ids({ body: 'fsg' })).toEqual([`${idOf(MEETING_FSG_2022.name)}:1:a1`, `${idOf(MEETING_FSG_2022.name)}:1:a2`]);
    });

    it('carries the meeting, item, quote, file and page of each task', async () => {
      const [task] = await followup(store.db, { owner: 'Anna Berg' });
      expect(task).toMatchObject({
        kind: 'action', text: 'HR-chefen återkommer med en handlingsplan', quote: 'HR-chefen återkommer med en handlingsplan',
        meeting: { date: '2022-03-21', body: 'Samverkansgrupp FSG' }, item: { number: '5', title: 'Arbetsmiljö' },
        file: 'minutes/fsg-2022-03-21.pdf', page: 1,
        deadlines: [{ text: 'till hösten', value: '2022-23', due: '2022-11-30', precision: 'season' }],
      });
    });
  });

  describe('done and reopen', () => {
    it('keep status outside the records: through reindex and re-extraction that renumbers tasks', async () => {
      const taskId = `${idOf(MEETING_2024_04_02.name)}:2:d1`;
      await setTaskStatus(store.db, taskId, 'done');
      expect((await followup(store.db, { open: true })).map((x) => x.id)).not.toContain(taskId);
      expect((await followup(store.db, { overdue: true, today: '2030-01-01' })).map((x) => x.id)).not.toContain(taskId);
      expect((await followup(store.db, {})).find((x) => x.id === taskId)).toMatchObject({ status: 'done', overdue: false });

      await syncRecords(store, { full: true });
      expect((await followup(store.db, {})).find((x) => x.id === taskId)?.status).toBe('done');

      // better extraction finds a decision earlier in the item: the task moves to :2:d2, status follows its text
      const rec = JSON.parse(await fs.readFile(path.join(t.recordsDir, `${MEETING_2024_04_02.name}.json`), 'utf8')) as MinutesRecord;
      const item = rec.items[1]!;
      item.decisions = [{ ...item.decisions[0]!, id: `${item.id}:d1`, text: 'att uppdatera rutinerna', owners: [{ text: 'FLG', name: null, initials: null, role: null }], deadlines: [] },
        { ...item.decisions[0]!, id: `${item.id}:d2` }];
      await fs.writeFile(path.join(t.recordsDir, `${MEETING_2024_04_02.name}.json`), JSON.stringify(rec));
      await syncRecords(store);
      const tasks = await followup(store.db, {});
      expect(tasks.find((x) => x.id === `${item.id}:d2`)?.status).toBe('done');
      expect(tasks.find((x) => x.id === `${item.id}:d1`)?.status).toBe('open');

      await setTaskStatus(store.db, `${item.id}:d2`, 'open');
      expect((await followup(store.db, { open: true })).map((x) => x.id)).toContain(`${item.id}:d2`);
    });

    it('refuses an unknown task id', async () => {
      await expect(setTaskStatus(store.db, 'nope:1:d1', 'done')).rejects.toThrow(/no task "nope:1:d1"/);
    });
  });

  describe('following the records folder', () => {
    it('indexes nothing again when nothing changed, skips other JSON, reports broken records', async () => {
      await fs.writeFile(path.join(t.recordsDir, 'settings.json'), '{"theme":"dark"}');
      await fs.writeFile(path.join(t.recordsDir, 'broken.json'), '{"schema":"protokoll/minutes@1","id":"x"}');
      const report = await syncRecords(store);
      expect(report).toMatchObject({ indexed: 0, unchanged: 4, removed: 0, skipped: ['settings.json'] });
      expect(report.failed.map((f) => f.file)).toEqual(['broken.json']);
      await fs.rm(path.join(t.recordsDir, 'settings.json'));
      await fs.rm(path.join(t.recordsDir, 'broken.json'));
    });

    it('replaces the meeting of a record file that was rewritten from edited minutes, and drops removed ones', async () => {
      const file = path.join(t.recordsDir, `${MEETING_FSG_2022.name}.json`);
      const edited = buildRecord({ ...MEETING_FSG_2022, items: [{ title: 'Arbetsmiljö', text: 'Enkäten är klar. Skyddsombud informerar.' }] });
      await fs.writeFile(file, JSON.stringify(edited));
      expect(await syncRecords(store)).toMatchObject({ indexed: 1, removed: 0 });
      expect(titles(await search(store.db, { query: 'skyddsombud' }))).toEqual(['Arbetsmiljö']);
      expect(await search(store.db, { query: 'handlingsplan' })).toEqual([]);
      const meetings = await store.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM meetings');
      expect(meetings.map((row) => Number(row.n))).toEqual([4]);

      await fs.rm(file);
      expect(await syncRecords(store)).toMatchObject({ removed: 1 });
      expect(await search(store.db, { query: 'skyddsombud' })).toEqual([]);
    });
  });
});
