/**
 * `reindex --full` run again on the same store (issue 11: on PostgreSQL at 10,000 meetings the
 * second one ran past the statement timeout, in the statements that keep owner_keys in step).
 * --owner's index (owner_keys) is now made with each batch of records, from owners as last
 * resolved, and resolving owners afterwards changes only what changed; "nästa möte" due dates move
 * the keys of the tasks they changed. Whatever the path, the store must end as one built afresh
 * from the same records: the same owner_keys rows (pointing to the same items and decisions), the
 * same due dates and resolutions, the same follow-up and search answers; on SQLite and PostgreSQL.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { followupPage } from '../../src/followup/list.js';
import { search, type SearchHit } from '../../src/search/search.js';
import type { SqlDb } from '../../src/store/sql.js';
import type { Store } from '../../src/store/store.js';
import { syncRecords } from '../../src/store/sync.js';
import { BACKENDS, testStore, type TestStore } from './backends.js';
import { buildRecord, type RecordSpec } from './fixtures.js';
import { random } from '../support/random.js';

const STAFF = [
  { name: 'Karolina Håkansson', initials: 'KH', role: 'HR-chef' },
  { name: 'Anna Berg', initials: 'AB', role: 'Kvalitetschef' },
  { name: 'Johan Klingborg', initials: 'JK', role: 'Socialdirektör' },
  { name: 'Katarina Lückander', initials: 'KL', role: 'Stabschef' },
  { name: 'Erik Öberg', initials: 'EÖ', role: 'Verksamhetschef' },
];
const BODIES = ['FLG', 'Samverkansgrupp FSG', 'Ledningsgrupp VUX'];
const TOPICS = ['Budget', 'Rekrytering', 'Arbetsmiljö', 'Lokalfrågan', 'Uppdrag till förvaltningen'];

/** Meetings of three bodies over three years: owners by name, initials, role or first name; "nästa möte" and dated deadlines; some undated. */
function generate(n: number, seed = 11): RecordSpec[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 1000) * 86_400_000).toISOString().slice(0, 10);
    const owner = () => {
      const p = pick(STAFF);
      return pick([{ text: p.name, name: p.name, initials: p.initials, role: p.role }, { text: p.initials }, { text: p.role }, { text: p.name.split(' ')[0]! }]);
    };
    const deadline = () => pick([
      [{ text: 'till nästa möte', relative: 'next-meeting' as const, kind: 'report-back' as const }],
      [{ text: `till den ${day.slice(0, 7)}`, value: day.slice(0, 7) }],
      [{ text: 'till nästa möte, senast i december', relative: 'next-meeting' as const, kind: 'report-back' as const }, { text: 'i december', value: `${day.slice(0, 4)}-12` }],
      [],
    ]);
    const items = TOPICS.filter(() => rand() < 0.6).map((title, k) => ({
      title, number: String(k + 1), text: `Diskuterades ${title.toLowerCase()}.`,
      decisions: rand() < 0.5 ? [{ text: `att ge ${title.toLowerCase()} ett uppdrag`, owners: [owner()], deadlines: deadline() }] : [],
      actions: Array.from({ length: Math.floor(rand() * 3) }, () => ({ text: `återkommer om ${title.toLowerCase()}`, owners: rand() < 0.3 ? [owner(), owner()] : [owner()], deadlines: deadline() })),
    }));
    return {
      name: `m${String(i).padStart(3, '0')}`, body: pick(BODIES), title: null,
      ...(rand() < 0.1 ? { date: null, referenceYear: Number(day.slice(0, 4)) } : { date: day }),
      participants: STAFF.filter(() => rand() < 0.6), items: items.length ? items : [{ title: 'Övrigt', text: 'Inget.' }],
    };
  });
}

/** Writes the records (every sixth also as a newer DOCX copy, which is then the one shown). */
async function writeRecords(dir: string, specs: RecordSpec[]): Promise<void> {
  for (const [i, spec] of specs.entries()) {
    const file = path.join(dir, `${spec.name}.json`);
    await fs.writeFile(file, JSON.stringify(buildRecord(spec)));
    await fs.utimes(file, 1_700_000_000 + i, 1_700_000_000 + i);
    if (i % 6 === 0) {
      const copy = buildRecord({ ...spec, name: `${spec.name}-word` });
      copy.source = { ...copy.source, format: 'docx', path: `share/${spec.name}.docx`, fileName: `${spec.name}.docx` };
      const copyFile = path.join(dir, `${spec.name}-word.json`);
      await fs.writeFile(copyFile, JSON.stringify(copy));
      await fs.utimes(copyFile, 1_800_000_000 + i, 1_800_000_000 + i);
    }
  }
}

const OWNERS = ['Karolina Håkansson', 'KH', 'HR-chef', 'Anna', 'Stabschef', 'KL', 'Erik Öberg'];

/** Search hits in their order, hits of one score by id: among equal scores the order is the rows' order in the store, which a reindex may change. */
const hits = (list: SearchHit[]) => [...list].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Everything a reader sees of owners and due dates, seqs named by the rows they point to. */
async function snapshot(db: SqlDb) {
  const text = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(Object.values(r).map((v) => (v === null ? null : String(v))))).sort();
  const answers: unknown[] = [];
  for (const owner of OWNERS) {
    answers.push(await followupPage(db, { owner, limit: 20, today: '2023-06-01' }));
    answers.push(await followupPage(db, { owner, overdue: true, today: '2023-06-01' }));
    answers.push(hits(await search(db, { query: 'uppdrag', owner, limit: 500 })));
    answers.push(hits(await search(db, { query: 'återkommer', owner, decisions: true, limit: 500 })));
  }
  answers.push(await followupPage(db, { today: '2023-06-01' }));
  return {
    ownerKeys: text(await db.all(`SELECT k.key, k.due_key, k.approx_key, k.item_ordinal, k.ordinal, k.task_id, k.item_id, k.body_key, i.id AS item, d.id AS decision
      FROM owner_keys k LEFT JOIN items i ON i.seq = k.item_seq LEFT JOIN decisions d ON d.seq = k.decision_seq`)),
    tasks: text(await db.all('SELECT id, due, due_key, listed FROM tasks')),
    owners: text(await db.all('SELECT task_id, ordinal, person_key, person_first, person_role, resolved, listed FROM owners')),
    answers: JSON.stringify(answers),
  };
}

/** owner_keys as its definition gives it, from owners and tasks (schema.ts, owner-keys.ts), made here independently. */
async function derivedOwnerKeys(db: SqlDb): Promise<string[]> {
  const columns = { text_key: 't', name_key: 'n', initials_key: 'i', role_key: 'r', person_key: 'p', person_first: 'pf', person_role: 'pr' };
  const keys = Object.entries(columns).map(([c, p]) => `SELECT '${p}:' || ${c} AS key, task_id FROM owners WHERE ${c} IS NOT NULL`).join(' UNION ');
  const rows = await db.all<Record<string, unknown>>(`SELECT k.key, t.due_key, t.approx_key, t.item_ordinal, t.ordinal, t.id, t.item_id, t.body_key, t.item_id AS item, CASE WHEN t.kind = 'decision' THEN t.id END AS decision
    FROM (${keys}) k JOIN tasks t ON t.id = k.task_id WHERE t.listed = 1`);
  return rows.map((r) => JSON.stringify(Object.values(r).map((v) => (v === null ? null : String(v))))).sort();
}

/** The store's db, noting the statements each transaction runs, by its lock. */
function noting(db: SqlDb, log: { lock: string | undefined; sql: string }[], lock?: string): SqlDb {
  return {
    dialect: db.dialect,
    all: (sql, params) => { log.push({ lock, sql }); return db.all(sql, params); },
    run: (sql, params) => { log.push({ lock, sql }); return db.run(sql, params); },
    exec: (script) => db.exec(script),
    transaction: (fn, lockKey) => db.transaction((tx) => fn(noting(tx, log, lockKey ?? lock)), lockKey),
    close: () => db.close(),
  };
}

describe.each(BACKENDS)('reindex --full again, on %s', (backend) => {
  const stores: TestStore[] = [];
  const open = async (): Promise<[TestStore, Store]> => {
    const t = await testStore(backend);
    stores.push(t);
    return [t, await t.open()];
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((t) => t.cleanup()));
  });

  it('gives the same owner_keys, due dates, resolutions and answers as the first, and as a store built afresh', async () => {
    const [t, store] = await open();
    await writeRecords(t.recordsDir, generate(70));
    expect((await syncRecords(store, { full: true })).failed).toEqual([]);
    const first = await snapshot(store.db);
    expect(first.ownerKeys.length).toBeGreaterThan(300);
    expect(first.tasks.some((row) => row.includes('"1"'))).toBe(true);
    expect(first.ownerKeys).toEqual(await derivedOwnerKeys(store.db));

    const log: { lock: string | undefined; sql: string }[] = [];
    expect((await syncRecords({ ...store, db: noting(store.db, log) }, { full: true })).indexed).toBeGreaterThan(70);
    const second = await snapshot(store.db);
    expect(second).toEqual(first);
    expect(second.ownerKeys).toEqual(await derivedOwnerKeys(store.db));
    if (backend === 'postgres') {
      // the records did not change: every owner keeps its resolution through the write, so
      // resolving them again writes nothing, and --owner's index is not made again at the end
      const written = log.filter((s) => s.lock === 'people' && /^\s*(UPDATE owners|INSERT INTO owner_keys|DELETE FROM owner_keys)/.test(s.sql));
      expect(written).toEqual([]);
    }

    // a third, on top of some changes: an owner rewritten, a meeting gone, new meetings (which move
    // "nästa möte" due dates and who a role or initials are) indexed as they come
    const specs = generate(70);
    const more = generate(12, 99).map((s, i) => ({ ...s, name: `n${String(i).padStart(3, '0')}` }));
    specs[3] = { ...specs[3]!, items: specs[3]!.items.map((it) => ({ ...it, actions: (it.actions ?? []).map((a) => ({ ...a, owners: [{ text: 'JK' }] })) })) };
    await fs.rm(path.join(t.recordsDir, `${specs[5]!.name}.json`));
    await writeRecords(t.recordsDir, [...specs.filter((_, i) => i !== 5), ...more]);
    await syncRecords(store);
    const changed = await snapshot(store.db);
    expect(changed.ownerKeys).toEqual(await derivedOwnerKeys(store.db));
    await syncRecords(store, { full: true });
    const again = await snapshot(store.db);
    expect(again).toEqual(changed);

    // the same records in a store of their own, built in one go
    const [fresh, freshStore] = await open();
    for (const f of await fs.readdir(t.recordsDir)) if (f.endsWith('.json')) await fs.copyFile(path.join(t.recordsDir, f), path.join(fresh.recordsDir, f));
    for (const f of await fs.readdir(t.recordsDir)) if (f.endsWith('.json')) {
      const { mtime } = await fs.stat(path.join(t.recordsDir, f));
      await fs.utimes(path.join(fresh.recordsDir, f), mtime, mtime);
    }
    await syncRecords(freshStore, { full: true });
    expect(await snapshot(freshStore.db)).toEqual(again);
  }, 120_000);
});
