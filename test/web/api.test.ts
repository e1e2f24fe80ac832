/**
 * The JSON API as a script uses it, the IT endpoints, and `protokoll user`: real store, real
 * Redis for the health check and queue dashboard.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUserAdd } from '../../src/cli/user.js';
import { checkLogin, listUsers } from '../../src/store/users.js';
import { openStore } from '../../src/store/store.js';
import { sampleRecords, startApp, type RunningApp } from './fixture.js';

let FLG = '';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the JSON API', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(await sampleRecords());
    FLG = running.flg;
  });
  afterAll(async () => running?.close());

  const get = async (p: string) => {
    const r = await fetch(`${running.url}${p}`);
    return { status: r.status, body: await r.json() as Record<string, unknown> & { error?: string } };
  };

  it('searches with the CLI\'s filters and field names', async () => {
    const { status, body } = await get('/api/search?q=uppdrag&decisions=1&body=FLG&from=2024-01&to=2024');
    expect(status).toBe(200);
    const hits = body.hits as Array<{ kind: string; meeting: { id: string; body: string } }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'decision' && h.meeting.body === 'FLG')).toBe(true);
    expect((await get('/api/search?q=uppdrag&from=2026')).body.hits).toEqual([]);
  });

  it('answers a bad parameter with 400 and the plain reason', async () => {
    expect(await get('/api/search?q=x&from=april')).toEqual({ status: 400, body: { error: 'from takes a date such as 2024-04-02, 2024-04 or 2024, not "april"' } });
    expect((await get('/api/search')).status).toBe(400);
    expect((await get('/api/followup?status=late')).body.error).toMatch(/"status" takes open, overdue, all/);
    expect((await get(`/api/search?q=${Array.from({ length: 40 }, (_, i) => `ord${i}`).join('%20')}`)).body.error).toMatch(/too many different words|too long/);
    expect((await get('/api/meetings/../../etc/passwd')).status).toBe(404);
    expect((await get('/api/meetings/0000000000000000')).status).toBe(404);
  });

  it('lists follow-up by owner and status, overdue against a given day', async () => {
    const mine = (await get('/api/followup?owner=Amanda%20Ricketts&status=all')).body.tasks as Array<{ id: string; owners: Array<{ text: string }> }>;
    expect(mine.map((t) => t.id)).toEqual([`${FLG}:9:d1`]);
    const overdue = (await get('/api/followup?status=overdue&today=2024-05-01')).body.tasks as Array<{ due: string; overdue: boolean }>;
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((t) => t.overdue && t.due < '2024-05-01')).toBe(true);
    const before = (await get('/api/followup?status=all&due_before=2024-04-20')).body.tasks as Array<{ due: string }>;
    expect(before.every((t) => t.due < '2024-04-20')).toBe(true);
  });

  it('gives a meeting as its record with task status and sources, and the source file itself', async () => {
    const { body } = await get(`/api/meetings/${FLG}`);
    const record = body.record as { id: string; schema: string; items: unknown[] };
    expect(record.schema).toBe('protokoll/minutes@1');
    expect(record.id).toBe(FLG);
    expect((body.taskStatus as Record<string, { status: string }>)[`${FLG}:9:d1`]?.status).toBe('open');
    const sources = body.sources as Array<{ format: string; url: string; available: boolean }>;
    expect(sources.map((s) => s.format).sort()).toEqual(['pdf', 'txt']);
    const pdf = sources.find((s) => s.format === 'pdf')!;
    expect(body.viewer).toBe(sources.indexOf(pdf));
    const file = await fetch(`${running.url}${pdf.url}`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fetch(`${running.url}/meetings/${FLG}/source/9`)).status).toBe(404);
  });

  it('downloads the follow-up list as the CLI writes it: CSV for Swedish Excel and ICS', async () => {
    const csv = await fetch(`${running.url}/api/followup?status=all&format=csv`);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="uppfoljning.csv"/);
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFFId;Status;Senast')).toBe(true);
    expect(text).toContain(`${FLG}:9:d1;öppen;2024-04-22`);
    const ics = await (await fetch(`${running.url}/api/followup?status=all&format=ics`)).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`UID:${FLG}:9:d1@protokoll`);
  });

  it('marks a task done and open again, as `protokoll done` does', async () => {
    const post = (verb: string) => fetch(`${running.url}/api/tasks/${FLG}:9:d1/${verb}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: running.url }, body: '{}' });
    expect((await post('done')).status).toBe(200);
    expect(((await get('/api/followup?status=open')).body.tasks as Array<{ id: string }>).some((t) => t.id === `${FLG}:9:d1`)).toBe(false);
    expect((await post('reopen')).status).toBe(200);
    expect(((await get('/api/followup?status=open')).body.tasks as Array<{ id: string }>).some((t) => t.id === `${FLG}:9:d1`)).toBe(true);
    const unknown = await fetch(`${running.url}/api/tasks/nope/done`, { method: 'POST', headers: { 'content-type': 'application/json', origin: running.url }, body: '{}' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/there is no task "nope"/);
  });

  it('refuses a form upload without its token before saving anything', async () => {
    const form = new FormData();
    form.append('files', new Blob(['Protokoll FLG den 7 maj 2024\n\n1. Ekonomi\nFLG beslutar att godkänna bokslutet.\n']), 'forged.txt');
    const forged = await fetch(`${running.url}/upload`, { method: 'POST', body: form });
    expect(forged.status).toBe(403);
    const fromElsewhere = await fetch(`${running.url}/api/upload`, { method: 'POST', headers: { origin: 'https://evil.example' }, body: form });
    expect(fromElsewhere.status).toBe(403);
    expect(((await get('/api/search?q=bokslutet')).body.hits as unknown[])).toEqual([]);
    const uploads = path.join(running.store.recordsDir, 'uploads');
    const saved = existsSync(uploads) ? readdirSync(uploads, { recursive: true }).map(String) : [];
    expect(saved.filter((f) => f.includes('forged'))).toEqual([]);
  });

  it('uploads by API: each file with what became of it', async () => {
    const form = new FormData();
    form.append('files', new Blob(['Protokoll FLG den 3 maj 2024\n\n1. Budget\nFLG beslutar att godkänna budgeten.\n']), 'maj.txt');
    form.append('files', new Blob(['MZ']), 'program.exe');
    const r = await fetch(`${running.url}/api/upload`, { method: 'POST', headers: { origin: running.url }, body: form });
    expect(r.status).toBe(200);
    const { files } = await r.json() as { files: Array<{ file: string; status: string; reason: string | null; meeting: string | null }> };
    expect(files.find((f) => f.file === 'program.exe')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/protokoll reads .* not "\.exe"/) });
    const maj = files.find((f) => f.file === 'maj.txt')!;
    expect(maj.status).toBe('processed');
    expect((await fetch(`${running.url}${maj.meeting}`)).status).toBe(200);
    expect(((await get('/api/search?q=budgeten')).body.hits as unknown[]).length).toBe(1);
  });
});

describe('for IT', () => {
  let running: RunningApp;
  const prefix = `protokoll-web-test-${process.pid}`;
  beforeAll(async () => { running = await startApp(await sampleRecords(), { redisUrl: REDIS, queuePrefix: prefix }); });
  afterAll(async () => running?.close());

  it('reports the store and Redis in /healthz, and Prometheus metrics in /metrics', async () => {
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', checks: { store: 'ok', redis: 'ok' } });
    await fetch(`${running.url}/api/search?q=beslut`);
    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toMatch(/protokoll_web_request_duration_seconds_count\{route="\/api\/search",method="GET",status="200"\} 1/);
    expect(metrics).toMatch(/protokoll_search_duration_seconds_count 1/);
    expect(metrics).toMatch(/protokoll_queue_depth\{queue="extract",state="waiting"\} 0/);
    // the names every protokoll service shares (src/observe)
    expect(metrics).toMatch(/protokoll_documents_processed_total\{outcome="processed"\} 0/);
    expect(metrics).toMatch(/protokoll_process_resident_memory_bytes/);
  });

  it('shows the queue dashboard to the administrator', async () => {
    const page = await fetch(`${running.url}/admin/queues`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const api = await fetch(`${running.url}/admin/queues/api/queues`);
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('extract');
    // its actions (here: retry the failed jobs of a queue) pass the CSRF check from our own page only
    const retry = (origin: string) => fetch(`${running.url}/admin/queues/api/queues/extract/retry/failed`, { method: 'PUT', headers: { origin } });
    expect((await retry('https://evil.example')).status).toBe(403);
    expect((await retry(running.url)).status).toBeLessThan(300);
  });

  it('says 503 and why when Redis cannot be reached', async () => {
    const broken = await startApp(await sampleRecords(), { redisUrl: 'redis://127.0.0.1:1', queuePrefix: prefix });
    try {
      const health = await fetch(`${broken.url}/healthz`);
      expect(health.status).toBe(503);
      expect((await health.json()).checks.redis).toMatch(/failed: .*ECONNREFUSED|failed/);
    } finally {
      await broken.close();
    }
  });
});

describe('protokoll user', () => {
  it('adds a user with the password from standard input, kept as an scrypt hash; refuses a short password', async () => {
    const records = await sampleRecords();
    const quiet = { stdout: process.stdout.write, stderr: process.stderr.write };
    const said: string[] = [];
    process.stdout.write = process.stderr.write = ((chunk: string) => { said.push(String(chunk)); return true; }) as typeof process.stdout.write;
    let codes: number[];
    try {
      codes = [
        await runUserAdd('anna', { records, sync: true, role: 'reader' }, Readable.from(['ett långt lösenord\n'])),
        await runUserAdd('bo', { records, sync: true, role: 'editor' }, Readable.from(['kort\n'])),
        await runUserAdd('cecilia', { records, sync: true, role: 'chef' }, Readable.from(['ett långt lösenord\n'])),
      ];
    } finally {
      process.stdout.write = quiet.stdout;
      process.stderr.write = quiet.stderr;
    }
    expect(codes).toEqual([0, 1, 1]);
    expect(said.join('')).toMatch(/user anna \(reader\) saved[\s\S]*at least 10 characters[\s\S]*a role is admin, editor, reader, not "chef"/);
    const store = await openStore({ recordsDir: records, databaseUrl: null });
    try {
      expect(await listUsers(store.db)).toMatchObject([{ name: 'anna', role: 'reader' }]);
      const [row] = await store.db.all<{ password_hash: string }>('SELECT password_hash FROM web_users');
      expect(row!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(row!.password_hash).not.toContain('lösenord');
      expect(await checkLogin(store.db, 'anna', 'ett långt lösenord')).toMatchObject({ name: 'anna', role: 'reader' });
      expect(await checkLogin(store.db, 'anna', 'ett långt lösenorD')).toBeNull();
    } finally {
      await store.close();
    }
  });
});
