/** A store written by another version is rebuilt from the records; task status survives. */
import { afterAll, describe, expect, it } from 'vitest';
import { followup } from '../../src/followup/list.js';
import { setTaskStatus } from '../../src/followup/status.js';
import { syncRecords } from '../../src/store/sync.js';
import { BACKENDS, testStore, type TestStore } from './backends.js';
import { MEETING_2025, writeRecords } from './fixtures.js';

describe.each(BACKENDS)('store version on %s', (backend) => {
  let t: TestStore;
  afterAll(async () => t?.cleanup());

  it('resets derived tables of an older store and keeps task status', async () => {
    t = await testStore(backend);
    const records = await writeRecords(t.recordsDir, [MEETING_2025]);
    const first = await t.open();
    expect(first.fresh).toBe(true);
    await syncRecords(first);
    const taskId = `${records.get(MEETING_2025.name)!.id}:1:d1`;
    await setTaskStatus(first.db, taskId, 'done');
    await first.db.run("UPDATE store_meta SET value = 'old' WHERE key = 'version'");
    await first.close();

    const second = await t.open();
    expect(second.fresh).toBe(true);
    const meetings = await second.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM meetings');
    expect(meetings.map((row) => Number(row.n))).toEqual([0]);
    await syncRecords(second);
    expect((await followup(second.db, {})).find((x) => x.id === taskId)?.status).toBe('done');

    const third = await t.open();
    expect(third.fresh).toBe(false);
  });
});
