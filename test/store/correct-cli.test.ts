/**
 * `protokoll correct` as a user runs it, on SQLite and on PostgreSQL: correct an owner, reindex,
 * and `followup --owner` and the CSV agree; list and undo; plain errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupTask } from '../../src/followup/list.js';
import { BACKENDS, PG_URL, testStore, type TestStore } from './backends.js';
import { runCli } from './run-cli.js';
import { ALL_MEETINGS, MEETING_FSG_2022, writeRecords } from './fixtures.js';

describe.each(BACKENDS)('protokoll correct on %s', (backend) => {
  let t: TestStore;
  let dir: string;
  let taskId: string;
  const saved = { url: process.env.DATABASE_URL, schema: process.env.PROTOKOLL_PG_SCHEMA };
  const cli = (...args: string[]) => runCli([...args, '--records', dir]);
  const ids = async (...args: string[]) => (JSON.parse((await cli('followup', '--format', 'json', ...args)).stdout) as FollowupTask[]).map((x) => x.id);

  beforeAll(async () => {
    t = await testStore(backend);
    dir = t.recordsDir;
    if (backend === 'postgres') {
      process.env.DATABASE_URL = PG_URL;
      process.env.PROTOKOLL_PG_SCHEMA = t.schema!;
    } else {
      delete process.env.DATABASE_URL;
    }
    const records = await writeRecords(dir, ALL_MEETINGS);
    taskId = records.get(MEETING_FSG_2022.name)!.items[0]!.actions[1]!.id;
  });
  afterAll(async () => {
    process.env.DATABASE_URL = saved.url;
    process.env.PROTOKOLL_PG_SCHEMA = saved.schema;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    if (saved.schema === undefined) delete process.env.PROTOKOLL_PG_SCHEMA;
    await t?.cleanup();
  });

  it('corrects an owner; after reindex followup --owner and the CSV agree; list and undo', async () => {
    expect(await ids('--owner', 'Anna Berg')).not.toContain(taskId);
    const made = await cli('correct', 'owner', taskId, 'Anna Berg', '--by', 'Sara Sekreterare');
    expect(made).toMatchObject({ code: 0 });
    expect(made.stdout).toMatch(/^corrected: r[0-9a-f]{10}  owner set to "Anna Berg"  on .* by Sara Sekreterare /);
    const id = /^corrected: (r[0-9a-f]{10})/.exec(made.stdout)![1]!;

    expect((await cli('reindex')).code).toBe(0);
    expect(await ids('--owner', 'Anna Berg')).toContain(taskId);
    expect(await ids('--owner', 'KL')).not.toContain(taskId);
    const table = await cli('followup', '--owner', 'Anna Berg');
    expect(table.stdout).toContain('owner: Anna Berg (corrected)');
    expect(table.stdout).toMatch(/corrected: owner corrected by Sara Sekreterare on \d{4}-\d{2}-\d{2}/);
    expect((await cli('followup', '--format', 'csv')).stdout).toMatch(/ansvarig rättad av Sara Sekreterare \d{4}-\d{2}-\d{2}/);

    expect((await cli('correct', 'list')).stdout).toContain(id);
    expect((await cli('correct', 'undo', id, '--by', 'Sara Sekreterare')).stdout).toMatch(new RegExp(`^undone: ${id} .*undone by Sara Sekreterare`));
    expect((await cli('correct', 'list')).stdout).toBe('no corrections\n');
    expect(await ids('--owner', 'KL')).toContain(taskId);
  });

  it('adds a task and marks a decision as not a decision; review lists free-text owners', async () => {
    const list = JSON.parse((await cli('followup', '--format', 'json')).stdout) as FollowupTask[];
    const fsg = list.find((x) => x.id === taskId)!;
    const added = await cli('correct', 'add-task', fsg.meeting.id, '5', 'Skyddsombudet bjuds in', '--owner', 'AB', '--deadline', '2022-12-01', '--json');
    expect(added.code).toBe(0);
    const addedId = (JSON.parse(added.stdout) as { id: string }).id;
    expect(await ids('--owner', 'Anna Berg')).toContain(addedId);
    expect((await cli('done', addedId)).code).toBe(0);
    expect(await ids('--open')).not.toContain(addedId);

    const decision = list.find((x) => x.kind === 'decision')!;
    expect((await cli('correct', 'not-decision', decision.id)).code).toBe(0);
    expect(await ids()).not.toContain(decision.id);

    const review = await cli('correct', 'review', '--json');
    expect(JSON.parse(review.stdout)).toMatchObject({ total: expect.any(Number), owners: expect.any(Array) });
  });

  it('followup --limit and --offset give a page of the list, and say which', async () => {
    const whole = await ids();
    const page = await cli('followup', '--format', 'json', '--limit', '2', '--offset', '1');
    expect((JSON.parse(page.stdout) as FollowupTask[]).map((x) => x.id)).toEqual(whole.slice(1, 3));
    expect((await cli('followup', '--limit', '2')).stderr).toContain(`tasks 1–2 of ${whole.length}`);
    expect(await cli('followup', '--limit', '0')).toMatchObject({ code: 1, stderr: expect.stringContaining('--limit takes a whole number above 0') });
  });

  it('refuses unknown ids and bad dates in plain words, exit code 1', async () => {
    expect(await cli('correct', 'owner', 'nope:1:a1', 'X')).toMatchObject({ code: 1, stderr: expect.stringContaining('there is no task "nope:1:a1"') });
    expect(await cli('correct', 'deadline', taskId, 'i morgon')).toMatchObject({ code: 1, stderr: expect.stringContaining('"i morgon" is not a deadline') });
    expect(await cli('correct', 'undo', 'r0000000000')).toMatchObject({ code: 1, stderr: expect.stringContaining('no correction "r0000000000"') });
  });
});
