/**
 * One meeting, many files (src/store/grouping.ts): the same minutes as PDF, DOCX, DOC and text are
 * one meeting in search, follow-up and people; the near misses (two meetings of one body on one
 * day; a corrected version with an item more) behave as the README says.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { followup } from '../../src/followup/list.js';
import { setTaskStatus } from '../../src/followup/status.js';
import { buildDirectory } from '../../src/people/directory.js';
import { loadAllMentions } from '../../src/people/lookup.js';
import type { MinutesRecord } from '../../src/record/schema.js';
import { search } from '../../src/search/search.js';
import { groupMeetings, itemKey, sameMeeting } from '../../src/store/grouping.js';
import { syncRecords } from '../../src/store/sync.js';
import { BACKENDS, testStore, type TestStore } from './backends.js';
import { buildRecord, MEETING_2024_04_02, MEETING_FSG_2022, type RecordSpec } from './fixtures.js';

type Format = 'pdf' | 'docx' | 'txt';

/** A record of `spec` as if read from `<name>.<format>`, its record file written at `writtenAt`. */
async function writeCopy(dir: string, spec: RecordSpec, name: string, format: Format, writtenAt: number): Promise<MinutesRecord> {
  const record = buildRecord({ ...spec, name });
  record.source = { ...record.source, format, path: `share/${name}.${format}`, fileName: `${name}.${format}` };
  const file = path.join(dir, `${name}.json`);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  await fs.utimes(file, writtenAt / 1000, writtenAt / 1000);
  return record;
}

const T0 = Date.UTC(2024, 3, 3, 8);
const HOUR = 3_600_000;
const decisionText = MEETING_2024_04_02.items[1]!.decisions![0]!.text;

describe('the same-meeting rule', () => {
  const member = (id: string, titles: string[], startTime: string | null = null, newest = 0) => ({ id, startTime, itemKeys: titles.map(itemKey), newest });
  it('ignores numbering, case and punctuation in item titles', () => {
    expect(itemKey('§ 4. Säkerhet- och trygghetsrutiner, utanför Bredgatan')).toBe(itemKey('säkerhet och TRYGGHETSRUTINER utanför bredgatan'));
  });
  it('groups an agenda with one item more, not two meetings that share the standard items only', () => {
    const base = ['Mötets öppnande', 'Budget 2025', 'Lokalfrågan', 'Rekrytering', 'Mötets avslutande'];
    expect(sameMeeting(member('a', base), member('b', [...base, 'Övrigt']))).toBe(true);
    expect(sameMeeting(member('a', base), member('c', ['Mötets öppnande', 'Arbetsmiljö', 'Remiss', 'Delegation', 'Mötets avslutande']))).toBe(false);
    expect(sameMeeting(member('a', base, '09:00'), member('b', base, '13:00'))).toBe(false);
    expect(sameMeeting(member('a', []), member('b', []))).toBe(false);
  });
  it('shows the newest copy of a group', () => {
    const g = groupMeetings([member('a', ['x y', 'z'], null, 1), member('b', ['x y', 'z'], null, 5), member('c', ['q'], null, 9)]);
    expect(g).toEqual([{ id: 'a', groupId: 'b', listed: false }, { id: 'b', groupId: 'b', listed: true }, { id: 'c', groupId: 'c', listed: true }]);
  });
});

describe.each(BACKENDS)('one meeting, many files, on %s', (backend) => {
  let t: TestStore | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });

  it('the same minutes as PDF, DOCX and text: one hit, one task, one meeting per person; status applies to every copy', async () => {
    t = await testStore(backend);
    const pdf = await writeCopy(t.recordsDir, MEETING_2024_04_02, 'flg-0402', 'pdf', T0);
    const docx = await writeCopy(t.recordsDir, MEETING_2024_04_02, 'flg-0402-word', 'docx', T0 + HOUR);
    const txt = await writeCopy(t.recordsDir, MEETING_2024_04_02, 'flg-0402-text', 'txt', T0 + 2 * HOUR);
    await writeCopy(t.recordsDir, MEETING_FSG_2022, 'fsg-2022', 'pdf', T0);
    const store = await t.open();
    expect(await syncRecords(store)).toMatchObject({ indexed: 4, failed: [] });

    const hits = await search(store.db, { query: 'processdirektiv' });
    expect(hits).toHaveLength(1);
    // the newest copy is shown, and names the others
    expect(hits[0]).toMatchObject({ meeting: { id: txt.id }, file: 'share/flg-0402-text.txt' });
    expect([...hits[0]!.copies].sort()).toEqual(['share/flg-0402-text.txt', 'share/flg-0402-word.docx', 'share/flg-0402.pdf']);
    expect(await search(store.db, { query: 'processdirektiv', decisions: true })).toHaveLength(1);

    const tasks = (await followup(store.db, { today: '2024-05-01' })).filter((task) => task.text === decisionText);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.meeting.id).toBe(txt.id);

    const karolina = buildDirectory(await loadAllMentions(store.db)).find((p) => p.name === 'Karolina Håkansson');
    expect(karolina?.meetings).toBe(1);

    // done in the PDF copy (not the one shown): done in the list
    const pdfTask = pdf.items[1]!.decisions[0]!.id;
    await setTaskStatus(store.db, pdfTask, 'done');
    const after = (await followup(store.db, { today: '2024-05-01' })).filter((task) => task.text === decisionText);
    expect(after.map((task) => task.status)).toEqual(['done']);
    expect(await followup(store.db, { open: true, today: '2024-05-01' })).not.toContainEqual(expect.objectContaining({ text: decisionText }));

    // the shown copy's file is deleted: the next newest (DOCX) is shown, still done
    await fs.rm(path.join(t.recordsDir, 'flg-0402-text.json'));
    expect(await syncRecords(store)).toMatchObject({ removed: 1 });
    const left = (await followup(store.db, { today: '2024-05-01' })).filter((task) => task.text === decisionText);
    expect(left.map((task) => [task.meeting.id, task.status])).toEqual([[docx.id, 'done']]);
    expect((await search(store.db, { query: 'processdirektiv' })).map((h) => h.file)).toEqual(['share/flg-0402-word.docx']);

    // and a full reindex changes none of it
    await syncRecords(store, { full: true });
    const rebuilt = (await followup(store.db, { today: '2024-05-01' })).filter((task) => task.text === decisionText);
    expect(rebuilt.map((task) => [task.meeting.id, task.status])).toEqual([[docx.id, 'done']]);
    expect(await search(store.db, { query: 'processdirektiv' })).toHaveLength(1);
  });

  it('two meetings of the same body on one day stay two meetings', async () => {
    t = await testStore(backend);
    const morning = await writeCopy(t.recordsDir, MEETING_2024_04_02, 'flg-morning', 'pdf', T0);
    const afternoonSpec: RecordSpec = {
      ...MEETING_2024_04_02,
      items: [
        { title: 'Budget 2025', text: 'Ekonomichefen redovisar processdirektiv för budgetarbetet.' },
        { title: 'Lokalfrågan', text: 'Diskussion om lokalerna på Bredgatan.' },
      ],
    };
    const afternoon = await writeCopy(t.recordsDir, afternoonSpec, 'flg-afternoon', 'docx', T0 + HOUR);
    const store = await t.open();
    await syncRecords(store);
    const meetings = (await search(store.db, { query: 'processdirektiv' })).map((h) => h.meeting.id).sort();
    expect(meetings).toEqual([morning.id, afternoon.id].sort());
  });

  it('a corrected version with one item more wins, and its tasks keep the older version\'s status', async () => {
    t = await testStore(backend);
    const older = await writeCopy(t.recordsDir, MEETING_2024_04_02, 'flg-0402', 'pdf', T0);
    const store = await t.open();
    await syncRecords(store);
    await setTaskStatus(store.db, older.items[1]!.decisions[0]!.id, 'done');

    const correctedSpec: RecordSpec = {
      ...MEETING_2024_04_02,
      items: [...MEETING_2024_04_02.items, { title: 'Övriga frågor', text: 'Inga övriga frågor. Nyckelordet rättelseposten finns bara här.' }],
    };
    const corrected = await writeCopy(t.recordsDir, correctedSpec, 'flg-0402-rev2', 'pdf', T0 + 24 * HOUR);
    await syncRecords(store);

    expect((await search(store.db, { query: 'processdirektiv' })).map((h) => h.meeting.id)).toEqual([corrected.id]);
    expect((await search(store.db, { query: 'rättelseposten' })).map((h) => h.meeting.id)).toEqual([corrected.id]);
    const tasks = (await followup(store.db, { today: '2024-05-01' })).filter((task) => task.text === decisionText);
    expect(tasks.map((task) => [task.id, task.status])).toEqual([[corrected.items[1]!.decisions[0]!.id, 'done']]);
  });
});
