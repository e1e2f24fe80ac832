/**
 * The examples of docs/search.md on records the real pipeline makes from samples/pdf, on SQLite
 * and PostgreSQL. These depend on extraction quality (items, decisions, owners, deadlines,
 * participants): they assert what the minutes say, not how a version of the extractor words it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followup, type FollowupTask } from '../../src/followup/list.js';
import { setTaskStatus } from '../../src/followup/status.js';
import { followupIcs } from '../../src/followup/ics.js';
import { extractRecord } from '../../src/pipeline.js';
import type { MinutesRecord } from '../../src/record/schema.js';
import { search } from '../../src/search/search.js';
import type { Store } from '../../src/store/store.js';
import { syncRecords } from '../../src/store/sync.js';
import { BACKENDS, testStore, type TestStore } from './backends.js';

const SAMPLES = 'samples/pdf';
let records: MinutesRecord[] = [];

beforeAll(async () => {
  const files = (await fs.readdir(SAMPLES)).filter((f) => f.endsWith('.pdf')).sort();
  records = await Promise.all(files.map(async (f) => extractRecord({ path: `${SAMPLES}/${f}`, bytes: await fs.readFile(path.join(SAMPLES, f)) })));
}, 120_000);

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const sample = (hit: { file: string }) => path.basename(hit.file).slice(0, 3);

describe.each(BACKENDS)('docs/search.md examples on the samples, %s', (backend) => {
  let t: TestStore;
  let store: Store;

  beforeAll(async () => {
    t = await testStore(backend);
    for (const r of records) await fs.writeFile(path.join(t.recordsDir, `${path.basename(r.source.fileName, '.pdf')}.json`), JSON.stringify(r));
    store = await t.open();
    expect((await syncRecords(store)).indexed).toBe(5);
  });
  afterAll(async () => t?.cleanup());

  it('search "signs of safety": the item in 000 first', async () => {
    const [first] = await search(store.db, { query: 'signs of safety' });
    expect(sample(first!)).toBe('000');
    expect(fold(first!.item.title)).toContain('signs of safety');
    expect(first!.page).toBe(1);
  });

  it('search "signs of safety" --decisions: what was decided', async () => {
    const hits = await search(store.db, { query: 'signs of safety', decisions: true });
    expect(hits.map((h) => fold(h.decision!.text))).toContainEqual(expect.stringContaining('hr-chef får i uppdrag att gå ut med internannons'));
  });

  it('search rekrytering: also "rekryteringsgrupp", and items about recruiting in 000 and 002', async () => {
    const hits = await search(store.db, { query: 'rekrytering' });
    const signs = hits.find((h) => fold(h.item.title).includes('signs of safety'));
    expect(signs?.snippet).toMatch(/«rekryteringsgrupp»/i);
    expect(hits.map((h) => fold(h.item.title))).toEqual(expect.arrayContaining([
      expect.stringContaining('digital plattform för rekrytering av sommarvikarier'),
      expect.stringContaining('översyn av bemanning och rekrytering'),
    ]));
  });

  it('search beslut: finds "beslutade" too', async () => {
    const hits = await search(store.db, { query: 'beslut', limit: 100 });
    expect(hits.some((h) => /«beslutade»/i.test(h.snippet))).toBe(true);
  });

  it('search innovationsråd --body FLG --from 2024-04-01 --to 2024-04-30', async () => {
    const hits = await search(store.db, { query: 'innovationsråd', body: 'FLG', from: '2024-04-01', to: '2024-04-30' });
    expect(hits.map((h) => [sample(h), h.meeting.date])).toEqual([['001', '2024-04-02']]);
    const all = await search(store.db, { query: 'innovationsråd', body: 'FLG' });
    expect(new Set(all.map(sample))).toEqual(new Set(['001', '002']));
  });

  describe('followup', () => {
    const signsTask = (tasks: FollowupTask[]) => tasks.find((task) => fold(task.item.title).includes('signs of safety'));

    it('--owner "Karolina Håkansson", KH and HR-chef give the same tasks: Signs of safety (000) and the safety routines (001)', async () => {
      const sets = await Promise.all(['Karolina Håkansson', 'KH', 'HR-chef'].map(async (owner) => (await followup(store.db, { owner })).map((task) => task.id).sort()));
      expect(sets[1]).toEqual(sets[0]);
      expect(sets[2]).toEqual(sets[0]);
      const tasks = await followup(store.db, { owner: 'KH' });
      expect(signsTask(tasks)).toMatchObject({ due: '2025-01-28', precision: 'day' });
      expect(tasks.some((task) => sample(task) === '001' && /säkerhet/i.test(task.item.title))).toBe(true);
      expect(signsTask(tasks)!.owners).toContainEqual(expect.objectContaining({ resolved: expect.objectContaining({ name: 'Karolina Håkansson' }) }));
    });

    it('--overdue --today 2025-02-01: Signs of safety is overdue, the planning days (due 7 February) are not', async () => {
      const overdue = await followup(store.db, { overdue: true, today: '2025-02-01' });
      expect(signsTask(overdue)).toBeDefined();
      expect(overdue.every((task) => task.due! < '2025-02-01')).toBe(true);
      const all = await followup(store.db, { today: '2025-02-01' });
      const planning = all.filter((task) => /planeringsdagar/i.test(task.item.title));
      expect(planning.map((task) => task.due)).toContain('2025-02-07');
      expect(planning.every((task) => !task.overdue || task.due! < '2025-02-01')).toBe(true);
    });

    it('--format ics: a task due on 28 January 2025 for the Signs of safety task', async () => {
      const ics = followupIcs(await followup(store.db, { owner: 'KH' }));
      expect(ics).toContain('DUE;VALUE=DATE:20250128');
    });

    it('done keeps a task out of --open until reopen', async () => {
      const task = signsTask(await followup(store.db, { owner: 'KH' }))!;
      await setTaskStatus(store.db, task.id, 'done');
      expect(signsTask(await followup(store.db, { owner: 'KH', open: true }))).toBeUndefined();
      await setTaskStatus(store.db, task.id, 'open');
      expect(signsTask(await followup(store.db, { owner: 'KH', open: true }))).toBeDefined();
    });
  });
});
