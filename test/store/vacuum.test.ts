/**
 * A full reindex of a PostgreSQL store rewrites every row of its tables; on a server whose
 * autovacuum is off (as on the machine of issue 11) the old rows stayed, dead, and each full
 * reindex grew the tables by their size. It now ends with VACUUM (ANALYZE) of the tables it
 * rewrote: no dead rows left (every page all-visible, which also lets --owner's index-only scans of
 * owner_keys skip the table), and the planner's row counts those of the tables.
 * PostgreSQL only: SQLite's full reindex starts from empty tables.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DERIVED_TABLES } from '../../src/store/schema.js';
import { syncRecords } from '../../src/store/sync.js';
import { testStore, type TestStore } from './backends.js';
import { writeRecords, type RecordSpec } from './fixtures.js';

const BODIES = ['FLG', 'Samverkansgrupp FSG', 'Ledningsgrupp VUX'];
const STAFF = [
  { name: 'Karolina Håkansson', initials: 'KH', role: 'HR-chef' },
  { name: 'Anna Berg', initials: 'AB', role: 'Kvalitetschef' },
  { name: 'Erik Öberg', initials: 'EÖ', role: 'Verksamhetschef' },
];

/** a full reindex's write counts as large from 200 records (store/sync.ts BATCH) */
const specs: RecordSpec[] = Array.from({ length: 210 }, (_, i) => ({
  name: `m${String(i).padStart(3, '0')}`,
  date: new Date(Date.UTC(2023, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10),
  body: BODIES[i % BODIES.length]!,
  participants: STAFF,
  items: [{
    title: 'Uppdrag', text: 'HR-chef återkommer till nästa möte.',
    actions: [{ text: 'HR-chef återkommer', owners: [{ text: i % 2 ? 'KH' : 'HR-chef', ...(i % 2 ? { initials: 'KH' } : { role: 'HR-chef' }) }], deadlines: [{ text: 'till nästa möte', relative: 'next-meeting', kind: 'report-back' }] }],
  }],
}));

const TABLES = [...DERIVED_TABLES, 'people_stale'];

describe('reindex --full on PostgreSQL', () => {
  let t: TestStore;
  afterAll(async () => t?.cleanup());

  it('leaves its tables without dead rows and with fresh statistics, whatever autovacuum does', async () => {
    t = await testStore('postgres');
    await writeRecords(t.recordsDir, specs);
    const store = await t.open();
    await syncRecords(store, { full: true });
    // as on a server whose autovacuum is off, whatever this one's setting
    for (const table of TABLES) await store.db.run(`ALTER TABLE ${table} SET (autovacuum_enabled = false)`);

    expect((await syncRecords(store, { full: true })).indexed).toBe(specs.length);
    for (const table of TABLES) {
      const [c] = await store.db.all<{ relpages: number; relallvisible: number; reltuples: number }>(
        'SELECT relpages, relallvisible, reltuples FROM pg_class WHERE oid = CAST(? AS regclass)', [table]);
      const [{ n }] = await store.db.all<{ n: string }>(`SELECT count(*) AS n FROM ${table}`) as [{ n: string }];
      const [stat] = await store.db.all<{ last_vacuum: Date | null }>(
        'SELECT last_vacuum FROM pg_stat_user_tables WHERE relid = CAST(? AS regclass)', [table]);
      // every page all-visible: no row left that only VACUUM removes (pg_class, written by VACUUM
      // itself; n_dead_tup is not checked: other sessions' counts of the reindex's deletes may
      // reach the statistics after the VACUUM, a second later)
      expect({ table, allVisible: c!.relallvisible, reltuples: c!.reltuples, vacuumed: stat!.last_vacuum !== null })
        .toEqual({ table, allVisible: c!.relpages, reltuples: Number(n), vacuumed: true });
    }
    const [owners] = await store.db.all<{ n: string }>('SELECT count(*) AS n FROM owner_keys');
    expect(Number(owners!.n)).toBeGreaterThan(specs.length);
  }, 120_000);
});
