/**
 * Who an owner is must not depend on the order the database hands participant mentions back in
 * (issue 11: the same 10,000 meetings gave 684,720 owner_keys rows on SQLite and 684,719 on
 * PostgreSQL). Where several participants fit an owner equally (two Verksamhetschefer in the
 * owner's own meeting; meetings on the same day), resolving went by row order, which on SQLite is
 * the order rows were inserted in and on PostgreSQL where they landed in the table (its free space
 * map puts some rows of one INSERT on earlier pages). Here the rows' physical order is turned
 * round, as a fuller table's free space can, and the owners resolved again: on both stores they
 * must stay who they were, the first Verksamhetschef of the list in the owner's own meeting.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ensureOwnersResolved } from '../../src/people/materialize.js';
import type { SqlDb } from '../../src/store/sql.js';
import type { Store } from '../../src/store/store.js';
import { syncRecords } from '../../src/store/sync.js';
import { markPeopleStale } from '../../src/store/write.js';
import { BACKENDS, testStore, type TestStore } from './backends.js';
import { writeRecords, type RecordSpec } from './fixtures.js';

const CHEFS = { text: 'verksamhetscheferna', role: 'Verksamhetschef' };
const SPECS: RecordSpec[] = [
  {
    // two Verksamhetschefer in the meeting itself: the owner is the one listed first
    name: 'a-flg', date: '2024-03-04', body: 'FLG',
    participants: [
      { name: 'Elin Lundgren', initials: 'EL', role: 'Verksamhetschef' },
      { name: 'Peter Björk', initials: 'PB', role: 'Verksamhetschef' },
      { name: 'Anna Berg', initials: 'AB', role: 'Kvalitetschef' },
    ],
    items: [{ title: 'Budget', text: 'Verksamhetscheferna återkommer.', decisions: [{ text: 'att verksamhetscheferna återkommer', owners: [CHEFS] }] }],
  },
  {
    name: 'b-vux', date: '2024-03-04', body: 'Ledningsgrupp VUX',
    participants: [{ name: 'Lars Andersson', initials: 'LA', role: 'Verksamhetschef' }],
    items: [{ title: 'Lokaler', text: 'Inget att rapportera.' }],
  },
  {
    // none in its own meeting or body: three meetings on the same day, two days before, fit alike
    name: 'c-styrelse', date: '2024-03-06', body: 'Styrelse',
    participants: [{ name: 'Ylva Holm', initials: 'YH', role: 'Ordförande' }],
    items: [{ title: 'Uppföljning', text: 'Verksamhetschef rapporterar.', actions: [{ text: 'Verksamhetschef rapporterar', owners: [{ text: 'Verksamhetschef', role: 'Verksamhetschef' }] }] }],
  },
  {
    name: 'd-fsg', date: '2024-03-04', body: 'Samverkansgrupp FSG',
    participants: [{ name: 'Erik Söderberg', initials: 'ES', role: 'Verksamhetschef' }],
    items: [{ title: 'Arbetsmiljö', text: 'Diskuterades.' }],
  },
];

/** Turns the physical order of person_mentions round: what a query without ORDER BY reads first comes last. */
async function reverseMentionRows(db: SqlDb): Promise<void> {
  await db.transaction(async (tx) => {
    if (tx.dialect === 'sqlite') {
      await tx.run('UPDATE person_mentions SET rowid = 1000000 - rowid');
      return;
    }
    // each update writes the row's new version after the others: the last row first
    const rows = await tx.all<{ ctid: string }>('SELECT ctid::text AS ctid FROM person_mentions ORDER BY ctid DESC');
    for (const r of rows) await tx.run('UPDATE person_mentions SET ordinal = ordinal WHERE ctid = CAST(? AS tid)', [r.ctid]);
  });
}

const resolutions = (db: SqlDb) => db.all<{ task_id: string; person_key: string | null; resolved: string | null }>(
  'SELECT task_id, person_key, resolved FROM owners ORDER BY task_id, ordinal');
const ownerKeys = async (db: SqlDb) => (await db.all<{ key: string; task_id: string }>('SELECT key, task_id FROM owner_keys'))
  .map((r) => `${r.key} ${r.task_id}`).sort();

const seen = new Map<string, unknown>();

describe.each(BACKENDS)('owners resolved whatever order the mentions come back in, on %s', (backend) => {
  let t: TestStore;
  afterAll(async () => t?.cleanup());

  it('resolves to the first of the list in the same meeting, and the same again after the rows move', async () => {
    t = await testStore(backend);
    const store: Store = await t.open();
    const records = await writeRecords(t.recordsDir, SPECS);
    expect((await syncRecords(store, { full: true })).failed).toEqual([]);
    const before = { resolutions: await resolutions(store.db), ownerKeys: await ownerKeys(store.db) };
    const chefsTask = `${[...records.values()].find((r) => r.meeting.body === 'FLG')!.id}:1:d1`;
    expect(before.resolutions.find((r) => r.task_id === chefsTask)?.person_key).toBe('elin lundgren');
    expect(before.ownerKeys).toContain(`p:elin lundgren ${chefsTask}`);

    // the participant lists change (as any write of a meeting marks them), with the rows in another order
    await reverseMentionRows(store.db);
    await store.db.transaction((tx) => markPeopleStale(tx, [...records.values()].map((r) => r.id)), 'write');
    await ensureOwnersResolved(store.db);
    const after = { resolutions: await resolutions(store.db), ownerKeys: await ownerKeys(store.db) };
    expect(after).toEqual(before);
    seen.set(backend, after);
  }, 60_000);

  if (backend === BACKENDS.at(-1)) {
    it('gives the same resolutions and owner_keys on SQLite and PostgreSQL', () => {
      expect(seen.size).toBe(BACKENDS.length);
      expect(seen.get('postgres')).toEqual(seen.get('sqlite'));
    });
  }
});
