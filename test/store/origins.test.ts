/** A shared PostgreSQL store holds several records folders; each folder replaces only its own meetings. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import { syncRecords } from '../../src/store/sync.js';
import { testStore, type TestStore } from './backends.js';
import { MEETING_2024_04_02, MEETING_2025, writeRecords } from './fixtures.js';

let t: TestStore | undefined;
afterAll(async () => t?.cleanup());

it('reindexing one machine\'s folder leaves the other machine\'s meetings in PostgreSQL', async () => {
  t = await testStore('postgres');
  const dirA = path.join(t.recordsDir, 'a');
  const dirB = path.join(t.recordsDir, 'b');
  await writeRecords(dirA, [MEETING_2025]);
  await writeRecords(dirB, [MEETING_2024_04_02]);
  const a = await t.open({ origin: 'machine-a:/records', recordsDir: dirA });
  const b = await t.open({ origin: 'machine-b:/records', recordsDir: dirB });
  await syncRecords(a);
  await syncRecords(b);
  const files = async () => [...new Set((await search(b.db, { query: 'uppdrag' })).map((h) => h.recordFile))].sort();
  expect(await files()).toEqual([`${MEETING_2025.name}.json`, `${MEETING_2024_04_02.name}.json`]);

  // machine A's folder empties: a full reindex there drops A's meeting only
  await fs.rm(path.join(dirA, `${MEETING_2025.name}.json`));
  expect(await syncRecords(a, { full: true })).toMatchObject({ removed: 1 });
  expect(await files()).toEqual([`${MEETING_2024_04_02.name}.json`]);
});

it('a meeting both folders hold stays each folder\'s own: reindexing B does not move it, emptying B does not remove it for A', async () => {
  const s = await testStore('postgres');
  try {
    const dirA = path.join(s.recordsDir, 'a');
    const dirB = path.join(s.recordsDir, 'b');
    await writeRecords(dirA, [MEETING_2025, MEETING_2024_04_02]);
    await writeRecords(dirB, [MEETING_2025]);
    const a = await s.open({ origin: 'machine-a:/records', recordsDir: dirA });
    const b = await s.open({ origin: 'machine-b:/records', recordsDir: dirB });
    await syncRecords(a);
    await syncRecords(b, { full: true });
    // one meeting, one hit, with a source per folder
    const [count] = await a.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM sources');
    expect(Number(count!.n)).toBe(3);
    expect((await search(a.db, { query: 'signs of safety' })).length).toBe(1);

    // B empties and reindexes in full: A keeps its meeting, with its own file
    await fs.rm(path.join(dirB, `${MEETING_2025.name}.json`));
    expect(await syncRecords(b, { full: true })).toMatchObject({ removed: 1 });
    const hits = await search(a.db, { query: 'signs of safety', origin: a.origin });
    expect(hits.map((h) => h.recordFile)).toEqual([`${MEETING_2025.name}.json`]);
    // and A's next sync has nothing to do: its meetings are still indexed as its own
    expect(await syncRecords(a)).toMatchObject({ indexed: 0, unchanged: 2, removed: 0 });

    // A empties too: now the meeting goes
    await fs.rm(path.join(dirA, `${MEETING_2025.name}.json`));
    await syncRecords(a);
    expect(await search(a.db, { query: 'signs of safety' })).toEqual([]);
  } finally {
    await s.cleanup();
  }
});
