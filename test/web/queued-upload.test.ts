/**
 * With REDIS_URL, an upload is queued for the workers instead of read in the server, and the
 * meeting appears once a real `protokoll worker` has processed it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, removePrefix, REDIS_URL, startWorker, testPrefix, type WorkerProcess } from '../workers/support.js';
import { sampleRecords, startApp, type RunningApp } from './fixture.js';

describe('upload with Redis', () => {
  const prefix = testPrefix('web-upload');
  let running: RunningApp;
  let worker: WorkerProcess | null = null;

  beforeAll(async () => {
    await ensureBuilt();
    running = await startApp(await sampleRecords(), { redisUrl: REDIS_URL, queuePrefix: prefix });
  }, 180_000);
  afterAll(async () => {
    await worker?.stop();
    await running?.close();
    await removePrefix(prefix);
  });

  it('queues the file, says so, and the meeting is there when a worker has done it', async () => {
    const form = new FormData();
    form.append('files', new Blob(['Minnesanteckningar FLG den 6 maj 2024\n\n1. Arbetsmiljö\nFLG beslutar att Kerstin Öberg tar fram en handlingsplan för skyddsronderna senast den 1 juni 2024.\n']), 'flg-maj.txt');
    const response = await fetch(`${running.url}/api/upload`, { method: 'POST', headers: { origin: running.url }, body: form });
    const { files } = await response.json() as { files: Array<{ status: string }> };
    expect(files).toMatchObject([{ file: 'flg-maj.txt', status: 'queued' }]);
    expect(((await (await fetch(`${running.url}/api/search?q=skyddsronderna`)).json()) as { hits: unknown[] }).hits).toEqual([]);

    worker = await startWorker(prefix);
    const deadline = Date.now() + 60_000;
    let hits: Array<{ meeting: { id: string } }> = [];
    while (Date.now() < deadline) {
      hits = ((await (await fetch(`${running.url}/api/search?q=skyddsronderna`)).json()) as { hits: typeof hits }).hits;
      if (hits.length) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(hits.length).toBe(1);
    expect((await fetch(`${running.url}/meetings/${hits[0]!.meeting.id}`)).status).toBe(200);
  });
});
