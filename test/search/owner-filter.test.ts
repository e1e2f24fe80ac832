/**
 * `search --owner` ranks only the owner's items (decisions), found first through owner_keys
 * (search/owned-rows.ts). It must give what searching everything and keeping the owner's hits
 * afterwards gives: the same hits, in the same order, with the same scores and snippets, on SQLite
 * and PostgreSQL. The owner's tasks for the reference are found the slow way (the owners table,
 * followup/owned.ts tasksOwnedWithCorrections), not through owner_keys; the store has copies of
 * meetings, undated ones, and corrections of every kind that touches owners.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCorrection } from '../../src/followup/corrections.js';
import { loadOverlay } from '../../src/followup/overlay.js';
import { correctedOwners, tasksOwnedWithCorrections } from '../../src/followup/owned.js';
import { search, type SearchHit, type SearchOptions } from '../../src/search/search.js';
import { inList } from '../../src/store/sql.js';
import type { Store } from '../../src/store/store.js';
import { syncRecords } from '../../src/store/sync.js';
import { BACKENDS, testStore, type TestStore } from '../store/backends.js';
import { buildRecord, type RecordSpec } from '../store/fixtures.js';
import { random } from '../support/random.js';

const STAFF = [
  { name: 'Karolina Håkansson', initials: 'KH', role: 'HR-chef' },
  { name: 'Anna Berg', initials: 'AB', role: 'Kvalitetschef' },
  { name: 'Johan Klingborg', initials: 'JK', role: 'Socialdirektör' },
  { name: 'Katarina Lückander', initials: 'KLU', role: 'Stabschef' },
  { name: 'Erik Öberg', initials: 'EÖ', role: 'Verksamhetschef' },
];
const BODIES = ['FLG', 'Samverkansgrupp FSG', 'Ledningsgrupp VUX'];
const TOPICS = ['Budget', 'Rekrytering', 'Arbetsmiljö', 'Lokalfrågan', 'Uppdrag till förvaltningen', 'Remiss om budget', 'Uppföljning av rekrytering'];
const PHRASES = ['budgeten för nästa år', 'rekryteringen av en chef', 'ett uppdrag om arbetsmiljön', 'uppföljning av lokalfrågan', 'remissen besvaras'];

function generate(n: number): RecordSpec[] {
  const rand = random(23);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const text = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `Diskuterades ${pick(PHRASES)}.`).join(' ');
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 1000) * 86_400_000).toISOString().slice(0, 10);
    const owner = () => {
      const p = pick(STAFF);
      return pick([{ text: p.name, name: p.name, initials: p.initials, role: p.role }, { text: p.initials }, { text: p.role }]);
    };
    const items = TOPICS.filter(() => rand() < 0.5).map((title, k) => ({
      title, number: String(k + 1), text: text(),
      decisions: rand() < 0.6 ? [{ text: `att ${pick(PHRASES)}`, owners: rand() < 0.7 ? [owner()] : [] }] : [],
      actions: Array.from({ length: Math.floor(rand() * 3) }, () => ({ text: `${pick(PHRASES)} till ${title.toLowerCase()}`, owners: [owner()] })),
    }));
    return {
      name: `m${String(i).padStart(3, '0')}`, body: pick(BODIES), title: null,
      ...(rand() < 0.1 ? { date: null, referenceYear: Number(day.slice(0, 4)) } : { date: day }),
      participants: STAFF.filter(() => rand() < 0.6), items: items.length ? items : [{ title: 'Övrigt', text: 'Inget.' }],
    };
  });
}

describe.each(BACKENDS)('search --owner against searching everything, then keeping the owner\'s hits, on %s', (backend) => {
  let t: TestStore;
  let store: Store;
  /** a decision whose owner people set to another, and one they marked as no decision */
  let replaced: { id: string; text: string; owner: string };
  let dismissed: { id: string; text: string; owner: string };

  beforeAll(async () => {
    t = await testStore(backend);
    for (const [i, spec] of generate(60).entries()) {
      const file = path.join(t.recordsDir, `${spec.name}.json`);
      await fs.writeFile(file, JSON.stringify(buildRecord(spec)));
      await fs.utimes(file, 1_700_000_000 + i, 1_700_000_000 + i);
      // every eighth meeting also as a newer DOCX copy: the copy is shown, the PDF's rows are not
      if (i % 8 === 0) {
        const copy = buildRecord({ ...spec, name: `${spec.name}-word` });
        copy.source = { ...copy.source, format: 'docx', path: `share/${spec.name}.docx`, fileName: `${spec.name}.docx` };
        const copyFile = path.join(t.recordsDir, `${spec.name}-word.json`);
        await fs.writeFile(copyFile, JSON.stringify(copy));
        await fs.utimes(copyFile, 1_800_000_000 + i, 1_800_000_000 + i);
      }
    }
    store = await t.open();
    expect((await syncRecords(store)).failed).toEqual([]);
    // corrections: an owner set (the extracted one no longer counts), one added, a decision that is
    // not one, and an added task whose words only it holds
    const tasks = await store.db.all<{ id: string; kind: string; meeting_id: string; item_id: string; text: string; owner: string }>(
      'SELECT t.id, t.kind, t.meeting_id, t.item_id, t.text, o.text AS owner FROM tasks t JOIN owners o ON o.task_id = t.id AND o.ordinal = 1 WHERE t.listed = 1 ORDER BY t.id');
    const actions = tasks.filter((x) => x.kind === 'action');
    const decisions = tasks.filter((x) => x.kind === 'decision');
    // (neither of them Anna Berg's, by name, initials or role)
    const hers = ['Anna Berg', 'AB', 'Kvalitetschef'];
    const others = decisions.filter((x) => !hers.includes(x.owner));
    replaced = others[5]!;
    dismissed = others[6]!;
    await addCorrection(store.db, { kind: 'owner', taskId: actions[3]!.id, owner: 'Karolina Håkansson' }, 'test');
    await addCorrection(store.db, { kind: 'owner', taskId: actions[11]!.id, owner: 'Stabschef', mode: 'add' }, 'test');
    await addCorrection(store.db, { kind: 'owner', taskId: replaced.id, owner: 'Anna Berg' }, 'test');
    await addCorrection(store.db, { kind: 'not-decision', decisionId: dismissed.id }, 'test');
    await addCorrection(store.db, { kind: 'add-task', meetingId: actions[20]!.meeting_id, item: actions[20]!.item_id, text: 'Tillagd uppgift om budgetramar', owner: 'HR-chef' }, 'test');
  }, 60_000);
  afterAll(async () => t?.cleanup());

  /** The items (or decisions) with a task whose owner answers, corrections applied, found without owner_keys. */
  async function ownedIds(owner: string, decisions: boolean): Promise<Set<string>> {
    const overlay = await loadOverlay(store.db);
    const owned = [...(await tasksOwnedWithCorrections(store.db, owner, overlay, await correctedOwners(store.db, overlay))).keys()];
    if (decisions) return new Set(owned);
    const list = inList(store.db, 'id', owned);
    const items = await store.db.all<{ item_id: string }>(`SELECT item_id FROM tasks WHERE ${list.sql}`, [list.param]);
    const added = overlay.added.filter((a) => owned.includes(a.id)).map((a) => a.itemId);
    return new Set([...items.map((r) => r.item_id), ...added]);
  }

  const cases: SearchOptions[] = [
    { query: 'budget', owner: 'HR-chef' }, { query: 'budget', owner: 'KH' }, { query: 'rekrytering', owner: 'Karolina Håkansson' },
    { query: 'uppdrag', owner: 'Stabschef' }, { query: 'uppföljning', owner: 'Anna Berg' }, { query: 'arbetsmiljö', owner: 'Verksamhetschef' },
    { query: '"nästa år"', owner: 'JK' }, { query: 'remiss', owner: 'Kvalitetschef', body: 'flg' },
    { query: 'rekrytering', owner: 'KH', from: '2023-01-01', to: '2023-12-31' },
    { query: 'budget', owner: 'HR-chef', decisions: true }, { query: 'uppdrag', owner: 'Socialdirektör', decisions: true },
    { query: 'rekrytering', owner: 'Anna Berg', decisions: true }, { query: 'remiss', owner: 'KLU', decisions: true, body: 'vux' },
    { query: 'budget', owner: 'Nobody Atall' },
  ];

  it.each(cases)('the same hits in the same order, scores and snippets: %j', async (options) => {
    const { owner, ...rest } = options;
    const everything = await search(store.db, { ...rest, limit: 1000 });
    const wanted = await ownedIds(owner!, options.decisions ?? false);
    const kept = everything.filter((h: SearchHit) => wanted.has(h.id));
    if (owner !== 'Nobody Atall') expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(everything.length);
    expect(await search(store.db, { ...options, limit: 1000 })).toEqual(kept);
    // a short page is the start of the same list
    expect(await search(store.db, { ...options, limit: 3 })).toEqual(kept.slice(0, 3));
  });

  it('leaves out a decision whose owner people replaced, and one they said is no decision', async () => {
    for (const [task, owner, found] of [[replaced, replaced.owner, false], [replaced, 'Anna Berg', true], [dismissed, dismissed.owner, false]] as const) {
      const query = task.text.split(' ').at(-1)!;
      const options = { query, owner, decisions: true, limit: 1000 };
      const everything = await search(store.db, { query, decisions: true, limit: 1000 });
      const wanted = await ownedIds(owner, true);
      expect(await search(store.db, options)).toEqual(everything.filter((h) => wanted.has(h.id)));
      expect((await search(store.db, options)).some((h) => h.id === task.id)).toBe(found);
    }
  });

  it('finds an item by the words of a task people added, when the added task is the owner\'s', async () => {
    const everything = await search(store.db, { query: 'budgetramar' });
    expect(everything).toHaveLength(1);
    expect(await search(store.db, { query: 'budgetramar', owner: 'HR-chef' })).toEqual(everything);
    expect(await search(store.db, { query: 'budgetramar', owner: 'Erik Öberg' })).toEqual([]);
  });
});
