/** The web app on the shared PostgreSQL store: the same pages and API as on SQLite. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, PG_URL } from '../store/backends.js';
import { sampleRecords, startApp, type RunningApp } from './fixture.js';

let FLG = '';

describe('the web app on PostgreSQL', () => {
  const schema = `protokoll_web_${process.pid}_${randomBytes(3).toString('hex')}`;
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(await sampleRecords(), {}, '127.0.0.1', { url: PG_URL, schema });
    FLG = running.flg;
  });
  afterAll(async () => {
    await running?.close();
    await dropSchema(schema);
  });

  it('searches, lists follow-up, shows a meeting and keeps a task done', async () => {
    expect(running.store.db.dialect).toBe('postgres');
    const { hits } = await (await fetch(`${running.url}/api/search?q=uppdrag&decisions=1`)).json() as { hits: Array<{ meeting: { id: string } }> };
    expect(hits.map((h) => h.meeting.id)).toContain(FLG);
    const page = await fetch(`${running.url}/meetings/${FLG}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('IOP Corner');
    const done = await fetch(`${running.url}/api/tasks/${FLG}:9:d1/done`, { method: 'POST', headers: { 'content-type': 'application/json', origin: running.url }, body: '{}' });
    expect(done.status).toBe(200);
    const { tasks, total } = await (await fetch(`${running.url}/api/followup?status=all&owner=Amanda%20Ricketts`)).json() as { total: number; tasks: Array<{ id: string; status: string }> };
    expect(total).toBe(1);
    expect(tasks[0]).toMatchObject({ id: `${FLG}:9:d1`, status: 'done' });
    expect(await (await fetch(`${running.url}/healthz`)).json()).toEqual({ status: 'ok', checks: { store: 'ok' } });
  });

  it('serves only the source files its own records folder wrote, never a path another machine stored', async () => {
    // another machine's records folder sharing the store names /etc/passwd as a copy's source
    await running.store.db.run('UPDATE sources SET origin = ?, path = ? WHERE meeting_id = ?', ['another-machine', '/etc/passwd', FLG]);
    const sources = await Promise.all([0, 1, 2, 3].map((n) => fetch(`${running.url}/meetings/${FLG}/source/${n}`)));
    for (const r of sources) expect(await r.text()).not.toContain('root:');
  });
});

