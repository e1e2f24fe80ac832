/**
 * The store commands as a user runs them (search, followup, done, reopen, reindex, people), on the
 * SQLite store of a records folder and on PostgreSQL through DATABASE_URL.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { SQLITE_FILE } from '../../src/store/store.js';
import { BACKENDS, PG_URL, testStore, type TestStore } from './backends.js';
import { ALL_MEETINGS, MEETING_2025, writeRecords } from './fixtures.js';

describe.each(BACKENDS)('store commands on %s', (backend) => {
  let t: TestStore;
  let dir: string;
  const saved = { url: process.env.DATABASE_URL, schema: process.env.PROTOKOLL_PG_SCHEMA };
  const cli = (...args: string[]) => runCli([...args, '--records', dir]);

  beforeAll(async () => {
    t = await testStore(backend);
    dir = t.recordsDir;
    if (backend === 'postgres') {
      process.env.DATABASE_URL = PG_URL;
      process.env.PROTOKOLL_PG_SCHEMA = t.schema!;
    } else {
      delete process.env.DATABASE_URL;
    }
    await writeRecords(dir, ALL_MEETINGS);
  });
  afterAll(async () => {
    process.env.DATABASE_URL = saved.url;
    process.env.PROTOKOLL_PG_SCHEMA = saved.schema;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    if (saved.schema === undefined) delete process.env.PROTOKOLL_PG_SCHEMA;
    await t?.cleanup();
  });

  it('search finds records written to the folder without any indexing step, and prints hits', async () => {
    const run = await cli('search', 'signs of safety');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\. 2025 \(no date\) · 4 Signs of safety\n/);
    expect(run.stdout).toContain('«Signs» «of» «safety»');
    expect(run.stdout).toContain('minutes/000-flg-2025.pdf p. 1');
    const sqlite = await fs.stat(path.join(dir, SQLITE_FILE)).then(() => true, () => false);
    expect(sqlite).toBe(backend === 'sqlite');
  });

  it('search --json --decisions --owner --from --to --body --limit', async () => {
    const run = await cli('search', 'uppdrag', '--json', '--decisions', '--owner', 'KH', '--from', '2024', '--to', '2025-06', '--limit', '5');
    const hits = JSON.parse(run.stdout) as { kind: string; item: { title: string } }[];
    expect(hits.map((h) => h.item.title).sort()).toEqual(['Signs of safety', 'Säkerhet- och trygghetsrutiner, utanför Bredgatan']);
    expect(hits.every((h) => h.kind === 'decision')).toBe(true);
    const body = JSON.parse((await cli('search', 'HR-chef', '--json', '--body', 'FSG')).stdout) as unknown[];
    expect(body).toHaveLength(1);
  });

  it('search explains bad input', async () => {
    expect(await cli('search', 'och')).toMatchObject({ code: 1, stderr: expect.stringMatching(/no words to search for/) });
    expect(await cli('search', 'beslut', '--from', '2024-13')).toMatchObject({ code: 1, stderr: expect.stringMatching(/--from takes a date/) });
    expect(await runCli(['search', 'beslut', '--records', path.join(dir, 'missing')])).toMatchObject(
      backend === 'sqlite' ? { code: 1, stderr: expect.stringMatching(/no records folder/) } : { code: 0 },
    );
  });

  it('followup --owner in every format; done and reopen', async () => {
    const table = await cli('followup', '--owner', 'Karolina Håkansson', '--today', '2025-02-01');
    expect(table.stdout).toMatch(/due 2025-01-28 {2}OVERDUE/);
    expect(table.stdout).toContain('owner: HR-chef → Karolina Håkansson (Karolina Håkansson, HR-chef (KH), in the participant list of FLG 2024-04-22)');

    const json = JSON.parse((await cli('followup', '--owner', 'KH', '--format', 'json')).stdout) as { id: string }[];
    const hr = JSON.parse((await cli('followup', '--owner', 'HR-chef', '--format', 'json')).stdout) as { id: string; meeting: { body: string | null } }[];
    // the role also finds the FSG's HR-chef of 2022 (Anna Berg); all else is Karolina Håkansson's
    expect(hr.filter((x) => x.meeting.body !== 'Samverkansgrupp FSG').map((x) => x.id).sort()).toEqual(json.map((x) => x.id).sort());
    expect(hr).toHaveLength(4);
    expect(json).toHaveLength(3);

    const csv = await cli('followup', '--owner', 'KH', '--format', 'csv');
    expect(csv.stdout.startsWith('\uFEFFId;Status;Senast;')).toBe(true);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(4);

    const icsFile = path.join(dir, '..', `${path.basename(dir)}-kh.ics`);
    const ics = await cli('followup', '--owner', 'KH', '--format', 'ics', '--out', icsFile);
    expect(ics.stderr).toContain(`3 task(s) written to ${icsFile}`);
    expect((await fs.readFile(icsFile, 'utf8')).match(/BEGIN:VTODO/g)).toHaveLength(3);
    await fs.rm(icsFile);

    const id = json[0]!.id;
    expect((await cli('done', id)).stdout).toContain(`done: ${id}`);
    const open = JSON.parse((await cli('followup', '--owner', 'KH', '--open', '--format', 'json')).stdout) as { id: string }[];
    expect(open.map((x) => x.id)).not.toContain(id);
    expect(await cli('reindex')).toMatchObject({ code: 0, stderr: expect.stringMatching(/4 record\(s\) indexed/) });
    const stillDone = JSON.parse((await cli('followup', '--owner', 'KH', '--format', 'json')).stdout) as { id: string; status: string }[];
    expect(stillDone.find((x) => x.id === id)?.status).toBe('done');
    expect((await cli('reopen', id)).stdout).toContain(`reopened: ${id}`);
    expect(JSON.parse((await cli('followup', '--owner', 'KH', '--open', '--format', 'json')).stdout)).toHaveLength(3);

    expect(await cli('done', 'no-such-task')).toMatchObject({ code: 1, stderr: expect.stringMatching(/no task "no-such-task"/) });
    expect(await cli('followup', '--format', 'pdf')).toMatchObject({ code: 1, stderr: expect.stringMatching(/--format takes/) });
  });

  it('reindex --changed indexes only what changed; people lists the directory', async () => {
    await writeRecords(dir, [{ ...MEETING_2025, items: [{ title: 'Ny punkt', text: 'Helt ny text om lönekartläggning.' }] }]);
    expect((await cli('reindex', '--changed')).stderr).toMatch(/1 record\(s\) indexed, 3 unchanged, 0 removed/);
    expect((await cli('search', 'lönekartläggning')).stdout).toContain('Ny punkt');

    const people = await cli('people', 'HR-chef');
    expect(people.stdout).toContain('Karolina Håkansson (KH): 2 meetings, 2024-04-02 – 2024-04-22');
    expect(people.stdout).toContain('Anna Berg (AB): 1 meeting');
    const all = JSON.parse((await cli('people', '--json')).stdout) as { name: string; names: string[] }[];
    expect(all.find((p) => p.name === 'Ullrika Skeppstedt')).toBeDefined();
  });
});
