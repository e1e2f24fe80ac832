/**
 * Corrections (src/followup/corrections.ts) on both stores: kept outside the records, they survive
 * reindexing, apply to every copy of a meeting, and are used by follow-up (owner and due filters),
 * search and the exports.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCorrection, listCorrections, undoCorrection, CorrectionError } from '../../src/followup/corrections.js';
import { CSV_HEADER, followupCsv } from '../../src/followup/csv.js';
import { followupIcs } from '../../src/followup/ics.js';
import { followup } from '../../src/followup/list.js';
import { leastSureOwners } from '../../src/followup/review.js';
import { setTaskStatus } from '../../src/followup/status.js';
import type { MinutesRecord } from '../../src/record/schema.js';
import { search } from '../../src/search/search.js';
import { syncRecords } from '../../src/store/sync.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, testStore, type TestStore } from './backends.js';
import { ALL_MEETINGS, buildRecord, MEETING_2024_04_02, MEETING_2025, MEETING_FSG_2022, writeRecords, type RecordSpec } from './fixtures.js';

const NOW = new Date('2026-12-06T09:00:00Z');

describe.each(BACKENDS)('corrections on %s', (backend) => {
  let t: TestStore | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });

  async function fixture(): Promise<{ store: Store; records: Map<string, MinutesRecord> }> {
    t = await testStore(backend);
    const records = await writeRecords(t.recordsDir, ALL_MEETINGS);
    const store = await t.open();
    expect(await syncRecords(store)).toMatchObject({ indexed: 4, failed: [] });
    return { store, records };
  }

  it('a corrected owner is shown with who and when, survives a full reindex, and followup --owner agrees', async () => {
    const { store, records } = await fixture();
    // FSG: "KL ansvarar för uppföljningen" is in fact Anna Berg's
    const taskId = records.get(MEETING_FSG_2022.name)!.items[0]!.actions[1]!.id;
    expect((await followup(store.db, { owner: 'Anna Berg' })).map((x) => x.id)).not.toContain(taskId);
    const c = await addCorrection(store.db, { kind: 'owner', taskId, owner: 'Anna Berg' }, 'Sara Sekreterare', NOW);
    expect(c).toMatchObject({ kind: 'owner', targetId: taskId, by: 'Sara Sekreterare', at: NOW.toISOString(), undone: null });

    const check = async () => {
      const task = (await followup(store.db, {})).find((x) => x.id === taskId)!;
      expect(task.owners).toEqual([expect.objectContaining({ text: 'Anna Berg', name: 'Anna Berg', corrected: { id: c.id, by: 'Sara Sekreterare', at: NOW.toISOString() } })]);
      expect(task.corrected).toEqual({ owner: { id: c.id, by: 'Sara Sekreterare', at: NOW.toISOString() } });
      // the new owner by name, initials and role (she is the FSG HR-chef); not the old one
      for (const who of ['Anna Berg', 'AB']) expect((await followup(store.db, { owner: who })).map((x) => x.id)).toContain(taskId);
      expect((await followup(store.db, { owner: 'KL' })).map((x) => x.id)).not.toContain(taskId);
      expect((await search(store.db, { query: 'uppföljningen', owner: 'Anna Berg' })).map((h) => h.item.title)).toEqual(['Arbetsmiljö']);
    };
    await check();
    await syncRecords(store, { full: true });
    await check();

    // a re-extraction that rewrites the record (same content id) keeps it too
    const file = path.join(t!.recordsDir, `${MEETING_FSG_2022.name}.json`);
    const rec = JSON.parse(await fs.readFile(file, 'utf8')) as MinutesRecord;
    rec.warnings = ['re-extracted'];
    await fs.writeFile(file, JSON.stringify(rec));
    await syncRecords(store);
    await check();

    // undo: the extracted owner is back; the correction is kept as undone
    await undoCorrection(store.db, c.id, 'Sara Sekreterare', NOW);
    const task = (await followup(store.db, {})).find((x) => x.id === taskId)!;
    expect(task.owners.map((o) => o.text)).toEqual(['KL']);
    expect(task.corrected).toBeNull();
    expect(await listCorrections(store.db)).toEqual([]);
    expect((await listCorrections(store.db, { all: true }))[0]).toMatchObject({ id: c.id, undone: { by: 'Sara Sekreterare' } });
    await expect(undoCorrection(store.db, c.id, 'x')).rejects.toThrow(/undone already/);
  });

  it('an added owner counts beside the extracted ones', async () => {
    const { store, records } = await fixture();
    const taskId = records.get(MEETING_FSG_2022.name)!.items[0]!.actions[0]!.id;
    await addCorrection(store.db, { kind: 'owner', taskId, owner: 'KL', mode: 'add' }, 'Sara', NOW);
    const task = (await followup(store.db, {})).find((x) => x.id === taskId)!;
    expect(task.owners.map((o) => [o.text, o.corrected ? 'corrected' : 'extracted'])).toEqual([['HR-chefen', 'extracted'], ['KL', 'corrected']]);
    expect((await followup(store.db, { owner: 'KL' })).map((x) => x.id)).toContain(taskId);
    expect((await followup(store.db, { owner: 'Anna Berg' })).map((x) => x.id)).toContain(taskId);
  });

  it('a corrected deadline moves the task in and out of --overdue and --due-before; "none" removes it', async () => {
    const { store, records } = await fixture();
    // "till hösten" 2022: due 2022-11-30
    const taskId = records.get(MEETING_FSG_2022.name)!.items[0]!.actions[0]!.id;
    expect((await followup(store.db, { overdue: true, today: '2022-10-01' })).map((x) => x.id)).not.toContain(taskId);
    const c = await addCorrection(store.db, { kind: 'deadline', taskId, deadline: '2022-09-15' }, 'Sara', NOW);
    const overdue = (await followup(store.db, { overdue: true, today: '2022-10-01' })).find((x) => x.id === taskId);
    expect(overdue).toMatchObject({ due: '2022-09-15', precision: 'day', overdue: true, corrected: { deadline: { id: c.id, by: 'Sara' } } });
    expect((await followup(store.db, { dueBefore: '2022-09-16' })).map((x) => x.id)).toContain(taskId);

    await addCorrection(store.db, { kind: 'deadline', taskId, deadline: 'none' }, 'Sara', NOW);
    expect((await followup(store.db, {})).find((x) => x.id === taskId)).toMatchObject({ due: null, deadlines: [] });
    expect((await followup(store.db, { overdue: true, today: '2030-01-01' })).map((x) => x.id)).not.toContain(taskId);
    await expect(addCorrection(store.db, { kind: 'deadline', taskId, deadline: '2022-02-30' }, 'Sara')).rejects.toThrow(CorrectionError);
  });

  it('a decision marked as not a decision is no decision hit and no follow-up task', async () => {
    const { store, records } = await fixture();
    const decision = records.get(MEETING_2025.name)!.items[2]!.decisions[0]!;
    expect((await search(store.db, { query: 'chef-i-beredskap', decisions: true })).map((h) => h.id)).toEqual([decision.id]);
    expect((await followup(store.db, {})).map((x) => x.id)).toContain(decision.id);
    const c = await addCorrection(store.db, { kind: 'not-decision', decisionId: decision.id }, 'Sara', NOW);
    expect(await search(store.db, { query: 'chef-i-beredskap', decisions: true })).toEqual([]);
    // the item itself is still found
    expect((await search(store.db, { query: 'chef-i-beredskap' })).map((h) => h.item.title)).toEqual(['Chef i beredskap']);
    expect((await followup(store.db, {})).map((x) => x.id)).not.toContain(decision.id);
    await undoCorrection(store.db, c.id, 'Sara');
    expect((await search(store.db, { query: 'chef-i-beredskap', decisions: true })).map((h) => h.id)).toEqual([decision.id]);
  });

  it('an added task is listed, findable, owned, exported with who added it, and can be done', async () => {
    const { store, records } = await fixture();
    const meeting = records.get(MEETING_2024_04_02.name)!;
    await expect(addCorrection(store.db, { kind: 'add-task', meetingId: meeting.id, item: '99', text: 'x' }, 'Sara')).rejects.toThrow(/no item "99"; its items are 3, 4, 11/);
    const c = await addCorrection(store.db, {
      kind: 'add-task', meetingId: meeting.id, item: '3', text: 'Martina Barte sprider prioriteringsgrunderna via intranätet', owner: 'KH', deadline: '2024-06',
    }, 'Sara', NOW);
    const task = (await followup(store.db, { owner: 'Karolina Håkansson' })).find((x) => x.id === c.id);
    expect(task).toMatchObject({
      kind: 'action', text: 'Martina Barte sprider prioriteringsgrunderna via intranätet', due: '2024-06-30', precision: 'month', quote: '',
      item: { id: meeting.items[0]!.id, number: '3', title: 'Innovationsråd' }, meeting: { id: meeting.id, body: 'FLG' },
      corrected: { added: { id: c.id, by: 'Sara' } },
    });
    expect(task!.owners[0]).toMatchObject({ text: 'KH', resolved: { name: 'Karolina Håkansson', via: 'initials' } });
    expect((await followup(store.db, { body: 'FSG' })).map((x) => x.id)).not.toContain(c.id);

    // its words find the item, marked in the snippet
    const hits = await search(store.db, { query: 'intranätet' });
    expect(hits.map((h) => h.item.title)).toEqual(['Innovationsråd']);
    expect(hits[0]!.snippet).toContain('«intranätet»');

    const csv = followupCsv(await followup(store.db, {}));
    const row = csv.split('\r\n').find((l) => l.startsWith(c.id))!.split(';');
    expect(row[CSV_HEADER.indexOf('Rättad')]).toBe('tillagd av Sara 2026-12-06');
    expect(followupIcs(await followup(store.db, {}))).toContain(`UID:${c.id}@protokoll`);

    await setTaskStatus(store.db, c.id, 'done');
    expect((await followup(store.db, { open: true })).map((x) => x.id)).not.toContain(c.id);
    await syncRecords(store, { full: true });
    expect((await followup(store.db, {})).find((x) => x.id === c.id)?.status).toBe('done');
  });

  it('applies to every copy of a grouped meeting: a newer copy shows a correction made on the older one', async () => {
    t = await testStore(backend);
    const dir = t.recordsDir;
    const write = async (spec: RecordSpec, name: string, format: 'pdf' | 'docx', at: number) => {
      const record = buildRecord({ ...spec, name });
      record.source = { ...record.source, format, path: `share/${name}.${format}`, fileName: `${name}.${format}` };
      const file = path.join(dir, `${name}.json`);
      await fs.writeFile(file, JSON.stringify(record));
      await fs.utimes(file, at, at);
      return record;
    };
    const pdf = await write(MEETING_2024_04_02, 'flg-0402', 'pdf', 1_700_000_000);
    const store = await t.open();
    await syncRecords(store);
    const pdfTask = pdf.items[2]!.actions[0]!.id; // "KL återkommer till nästa FLG"
    const c = await addCorrection(store.db, { kind: 'owner', taskId: pdfTask, owner: 'Katarina Lindqvist' }, 'Sara', NOW);
    const added = await addCorrection(store.db, { kind: 'add-task', meetingId: pdf.id, item: '4', text: 'Bredgatans rutiner skickas till skyddsombudet' }, 'Sara', NOW);

    const docx = await write(MEETING_2024_04_02, 'flg-0402-word', 'docx', 1_700_003_600);
    await syncRecords(store);
    const tasks = await followup(store.db, {});
    const shown = tasks.find((x) => x.text === 'KL återkommer till nästa FLG')!;
    expect(shown.id).toBe(docx.items[2]!.actions[0]!.id);
    expect(shown.owners.map((o) => o.text)).toEqual(['Katarina Lindqvist']);
    expect(shown.corrected?.owner?.id).toBe(c.id);
    expect((await followup(store.db, { owner: 'Katarina Lindqvist' })).map((x) => x.id)).toEqual([shown.id]);
    expect(tasks.find((x) => x.id === added.id)?.item.id).toBe(docx.items[1]!.id);
    // the list of corrections of the meeting, asked by either copy's id
    expect((await listCorrections(store.db, { meetingId: docx.id })).map((x) => x.id).sort()).toEqual([c.id, added.id].sort());

    // the older copy leaves the store: the corrections stay with the meeting
    await fs.rm(path.join(dir, 'flg-0402.json'));
    await syncRecords(store);
    expect((await followup(store.db, {})).find((x) => x.id === shown.id)?.owners.map((o) => o.text)).toEqual(['Katarina Lindqvist']);
  });

  it('lists the owners read from free text, least sure first, and leaves out corrected ones', async () => {
    const { store, records } = await fixture();
    const page = await leastSureOwners(store.db, { limit: 100 });
    expect(page.total).toBe(page.owners.length);
    expect(page.owners.length).toBeGreaterThan(0);
    // roles and initials before full names; every one from free text
    const named = page.owners.findIndex((o) => o.owner.name !== null || o.owner.initials !== null);
    expect(page.owners.slice(named).every((o) => o.owner.name !== null || o.owner.initials !== null || o.source === 'sentence')).toBe(true);
    expect(page.owners.every((o) => o.source === 'sentence' || o.source === 'elsewhere')).toBe(true);
    const first = page.owners[0]!;
    await addCorrection(store.db, { kind: 'owner', taskId: first.taskId, owner: 'Anna Berg' }, 'Sara');
    const after = await leastSureOwners(store.db, { limit: 100 });
    expect(after.owners.map((o) => o.taskId)).not.toContain(first.taskId);
    expect(records.size).toBe(4);
  });

  it('refuses unknown targets and unusable values in plain words', async () => {
    const { store } = await fixture();
    await expect(addCorrection(store.db, { kind: 'owner', taskId: 'nope:1:a1', owner: 'X' }, 'Sara')).rejects.toThrow(/no task "nope:1:a1"/);
    await expect(addCorrection(store.db, { kind: 'not-decision', decisionId: 'nope:1:d1' }, 'Sara')).rejects.toThrow(/no decision "nope:1:d1"/);
    await expect(addCorrection(store.db, { kind: 'add-task', meetingId: 'nope', item: '1', text: 'x' }, 'Sara')).rejects.toThrow(/no meeting "nope"/);
    await expect(undoCorrection(store.db, 'r0000000000', 'Sara')).rejects.toThrow(/no correction/);
    const [task] = await followup(store.db, {});
    await expect(addCorrection(store.db, { kind: 'owner', taskId: task!.id, owner: '  ' }, 'Sara')).rejects.toThrow(/the owner is empty/);
    await expect(addCorrection(store.db, { kind: 'owner', taskId: task!.id, owner: 'A\u0000B' }, 'Sara')).rejects.toThrow(/control characters/);
    await expect(addCorrection(store.db, { kind: 'owner', taskId: task!.id, owner: 'x'.repeat(201) }, 'Sara')).rejects.toThrow(/too long/);
  });
});
