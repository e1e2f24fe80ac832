/**
 * A records folder with sample minutes imported through the real pipeline, and the web app on
 * it: FLG 2 April 2024 as PDF and text (one meeting, the PDF beside it) and minutes of
 * January 2025 as DOCX alone (shown as text).
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { runImport } from '../../pipelines/import.js';
import { openStore, type Store } from '../../src/store/store.js';
import { syncRecords } from '../../src/store/sync.js';
import { createWebApp, type WebSettings } from '../../src/web/start.js';

export const FLG_PDF = 'samples/pdf/001_062690003aef6bc0.pdf';
export const FLG_TEXT = 'samples/text/001_062690003aef6bc0.txt';
export const JAN_DOCX = 'samples/docx/000_7b52d196786977c7.docx';

const silent = () => new Writable({ write: (_c, _e, done) => done() }) as unknown as NodeJS.WriteStream;

/** Imports the samples into a new records folder; returns it. */
export async function sampleRecords(): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'protokoll-web-'));
  const minutes = path.join(root, 'minutes');
  mkdirSync(minutes);
  for (const file of [FLG_PDF, FLG_TEXT, JAN_DOCX]) copyFileSync(file, path.join(minutes, path.basename(file).replace(/^(\d+)_/, `$1-${path.extname(file).slice(1)}_`)));
  const records = path.join(root, 'records');
  const code = await runImport(minutes, { out: records, concurrency: 1 }, silent(), silent());
  if (code !== 0) throw new Error(`the sample import failed (exit ${code})`);
  return records;
}

export interface RunningApp {
  app: FastifyInstance;
  store: Store;
  url: string;
  /** the listed record id of FLG 2 April 2024 (which copy is listed is the store's choice) */
  flg: string;
  close(): Promise<void>;
}

/** The web app on the records folder, listening on a free port of `host`. */
export async function startApp(records: string, settings: Partial<WebSettings> = {}, host = '127.0.0.1', pg?: { url: string; schema: string }): Promise<RunningApp> {
  const store = await openStore({ recordsDir: records, databaseUrl: pg?.url ?? null, pgSchema: pg?.schema });
  await syncRecords(store);
  const { app } = await createWebApp({ store, host, ...settings });
  await app.listen({ host, port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const [flg] = await store.db.all<{ id: string }>("SELECT id FROM meetings WHERE listed = 1 AND title = 'FLG den 2 april 2024'");
  return {
    app, store, flg: flg?.id ?? '',
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      // the tests' keep-alive connections are done with: none may hold the server open
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      // a store that does not close in time is left to dropSchema, which names its open sessions
      await Promise.race([store.close(), new Promise((done) => setTimeout(done, 15_000).unref())]);
    },
  };
}
