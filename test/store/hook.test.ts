/** afterRecordWritten, as every pipeline calls it: the record is searchable at once. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import { afterRecordWritten, closeHookStores } from '../../src/store/hook.js';
import { SQLITE_FILE } from '../../src/store/store.js';
import { BACKENDS, PG_URL, testStore, type TestStore } from './backends.js';
import { buildRecord, MEETING_2025 } from './fixtures.js';

describe.each(BACKENDS)('afterRecordWritten on %s', (backend) => {
  let t: TestStore;
  const saved = { url: process.env.DATABASE_URL, schema: process.env.PROTOKOLL_PG_SCHEMA };
  afterEach(async () => {
    await closeHookStores();
    process.env.DATABASE_URL = saved.url;
    process.env.PROTOKOLL_PG_SCHEMA = saved.schema;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    if (saved.schema === undefined) delete process.env.PROTOKOLL_PG_SCHEMA;
  });
  afterAll(async () => t?.cleanup());

  it('indexes the record into the store of its records folder (or DATABASE_URL)', async () => {
    t = await testStore(backend);
    if (backend === 'postgres') {
      process.env.DATABASE_URL = PG_URL;
      process.env.PROTOKOLL_PG_SCHEMA = t.schema!;
    } else {
      delete process.env.DATABASE_URL;
    }
    const record = buildRecord(MEETING_2025);
    const file = path.join(t.recordsDir, 'nested', '000.json');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(record));
    await afterRecordWritten(t.recordsDir, record, file);
    // written twice (a re-run): still one meeting
    await afterRecordWritten(t.recordsDir, record, file);

    const store = await t.open();
    const hits = await search(store.db, { query: 'internannons' });
    expect(hits.map((h) => [h.item.title, h.recordFile])).toEqual([['Signs of safety', 'nested/000.json']]);
    const meetings = await store.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM meetings');
    expect(meetings.map((row) => Number(row.n))).toEqual([1]);
    const sqliteThere = await fs.stat(path.join(t.recordsDir, SQLITE_FILE)).then(() => true, () => false);
    expect(sqliteThere).toBe(backend === 'sqlite');
  });

  it('takes many records written at once (a pipeline with parallel workers)', async () => {
    if (backend === 'postgres') {
      process.env.DATABASE_URL = PG_URL;
      process.env.PROTOKOLL_PG_SCHEMA = t.schema!;
    }
    const records = Array.from({ length: 12 }, (_, i) => buildRecord({ ...MEETING_2025, name: `copy-${i}`, items: [{ title: `Punkt ${i}`, text: `Parallell skrivning nummer ${i}.` }] }));
    await Promise.all(records.map(async (r, i) => {
      const file = path.join(t.recordsDir, `copy-${i}.json`);
      await fs.writeFile(file, JSON.stringify(r));
      await afterRecordWritten(t.recordsDir, r, file);
    }));
    const store = await t.open();
    expect(await search(store.db, { query: 'parallell skrivning', limit: 50 })).toHaveLength(12);
  });
});
