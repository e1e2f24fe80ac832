/**
 * Changed files replace their old record; moves and renames keep records and hits pointing to the
 * file (issue 9, points 4 and 5), through the real in-process pipeline and the SQLite store.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineExtractor } from '../../pipelines/extractors.js';
import { LocalRunner } from '../../pipelines/local-runner.js';
import { followup } from '../../src/followup/list.js';
import { setTaskStatus } from '../../src/followup/status.js';
import { recordIdFor } from '../../src/pipeline.js';
import { search } from '../../src/search/search.js';
import { closeHookStores } from '../../src/store/hook.js';
import { openStore, type Store } from '../../src/store/store.js';
import { copySamples, removeDir, tempDir } from './support.js';

const recordsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('changed and moved files (LocalRunner, SQLite store)', () => {
  const dirs: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await closeHookStores();
    dirs.splice(0).forEach(removeDir);
  });
  function setup() {
    const input = tempDir('input');
    const out = tempDir('records');
    dirs.push(input, out);
    return { input, out };
  }
  async function run(out: string, files: string[], after?: (runner: LocalRunner) => void) {
    const runner = new LocalRunner({ recordsDir: out, extractor: inlineExtractor, concurrency: 2 });
    try {
      const results = await Promise.all(files.map((f) => runner.process(f)));
      after?.(runner);
      return results;
    } finally {
      await runner.close();
    }
  }
  /** the store as the pipeline left it (no sync from the records folder) */
  async function storeOf(out: string): Promise<Store> {
    const store = await openStore({ recordsDir: out, databaseUrl: null });
    closers.push(() => store.close());
    return store;
  }

  it('a changed file is re-extracted once, replaces its old record and keeps its tasks\' status; the next import says unchanged', async () => {
    const { input, out } = setup();
    const [file] = copySamples(input, ['text']).filter((f) => f.endsWith('000_7b52d196786977c7.txt'));
    expect((await run(out, [file!]))[0]).toMatchObject({ status: 'processed' });
    const oldId = recordIdFor(readFileSync(file!));

    let store = await storeOf(out);
    const tasks = await followup(store.db);
    expect(tasks.length).toBeGreaterThan(0);
    await setTaskStatus(store.db, tasks[0]!.id, 'done');
    await store.close();
    closers.pop();

    appendFileSync(file!, '\nTillägg efter mötet: zebrafinkarna i foajén ska flyttas.\n');
    const newId = recordIdFor(readFileSync(file!));
    expect((await run(out, [file!]))[0]).toMatchObject({ status: 'processed', recordId: newId });
    expect(recordsIn(out)).toEqual([`${newId}.json`]);
    expect(existsSync(path.join(out, '.superseded', `${oldId}.json`))).toBe(true);

    store = await storeOf(out);
    expect((await search(store.db, { query: 'AAR-observatör' })).map((h) => h.meeting.id)).toEqual([newId]);
    expect((await search(store.db, { query: 'zebrafinkarna' })).map((h) => h.meeting.id)).toEqual([newId]);
    const again = await followup(store.db);
    expect(again.find((t) => t.text === tasks[0]!.text)).toMatchObject({ status: 'done', meeting: { id: newId } });

    expect((await run(out, [file!]))[0]).toMatchObject({ status: 'unchanged', recordId: newId });
  });

  it('a renamed file and a file moved out (watch --move-done) keep their records and hits pointing to them', async () => {
    const { input, out } = setup();
    const files = copySamples(input, ['text']).slice(0, 2);
    await run(out, files);
    const [first, second] = files as [string, string];
    const idOf = (f: string) => recordIdFor(readFileSync(f));
    const firstId = idOf(first);
    const secondId = idOf(second);

    // a rename on the share, seen by the next import (the new name is a known content, the old one gone)
    const renamed = path.join(input, 'text', 'FLG protokoll.txt');
    renameSync(first, renamed);
    await run(out, [renamed, second], (runner) => runner.registry.forgetUnseen(input, new Set([renamed, second])));

    // a move into a done folder, as `watch --move-done` does it (move, then registry.movePath)
    const done = path.join(input, 'Klart');
    mkdirSync(done);
    const moved = path.join(done, path.basename(second));
    renameSync(second, moved);
    await run(out, [], (runner) => runner.registry.movePath(second, moved));

    const recordOf = (id: string) => JSON.parse(readFileSync(path.join(out, `${id}.json`), 'utf8'));
    expect(recordOf(firstId).source).toMatchObject({ path: renamed, fileName: 'FLG protokoll.txt' });
    expect(recordOf(secondId).source).toMatchObject({ path: moved });

    const store = await storeOf(out);
    const hitFiles = async (query: string) => [...new Set((await search(store.db, { query })).map((h) => h.file))];
    expect(await hitFiles('AAR-observatör')).toEqual([renamed]);
    const secondHits = (await search(store.db, { query: 'FLG', limit: 100 })).filter((h) => h.meeting.id === secondId);
    expect(secondHits.length).toBeGreaterThan(0);
    expect(new Set(secondHits.map((h) => h.file))).toEqual(new Set([moved]));
  });
});
