import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { recordIdFor } from '../../src/pipeline.js';
import { closeHookStores } from '../../src/store/hook.js';
import { DropFolderWatcher } from '../../pipelines/drop-folder.js';
import { inlineExtractor, type Extractor } from '../../pipelines/extractors.js';
import { LocalRunner } from '../../pipelines/local-runner.js';
import type { FileResult } from '../../pipelines/result.js';
import { CORRUPT_DOCX, SAMPLES, removeDir, tempDir } from './support.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(50);
  }
}

describe('watched drop folder (in-process)', { timeout: 20_000 }, () => {
  const dirs: string[] = [];
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await closeHookStores();
    dirs.splice(0).forEach(removeDir);
  });

  async function watchFolder(opts: { moveDone?: boolean; moveFailed?: boolean; extractor?: Extractor; incompleteWaitMs?: number } = {}) {
    const base = tempDir('watch');
    dirs.push(base);
    const drop = path.join(base, 'drop');
    const out = path.join(base, 'records');
    mkdirSync(drop);
    const runner = new LocalRunner({ recordsDir: out, extractor: opts.extractor ?? inlineExtractor, concurrency: 2 });
    const results: FileResult[] = [];
    const watcher = new DropFolderWatcher({
      dir: drop,
      runner,
      moveDone: opts.moveDone ? path.join(base, 'done') : undefined,
      moveFailed: opts.moveFailed ? path.join(base, 'failed') : undefined,
      settleMs: 500,
      // a damaged file looks like one still being written: waited for this long after its last change
      incompleteWaitMs: opts.incompleteWaitMs ?? 1000,
      log: () => {},
      onResult: (r) => results.push(r),
    });
    await watcher.start();
    closers.push(async () => {
      await watcher.close();
      await runner.close();
    });
    return { base, drop, out, runner, results, watcher };
  }

  it('reads a file copied in slowly over seconds once, whole', async () => {
    const calls: number[] = [];
    const extractor: Extractor = {
      extract: (file, bytes) => {
        calls.push(bytes.length);
        return inlineExtractor.extract(file, bytes);
      },
      close: async () => {},
    };
    const { drop, out, runner, results, watcher } = await watchFolder({ extractor });
    const whole = readFileSync(path.join(SAMPLES, 'text', '002_d87efa32b9f021cd.txt'));
    const target = path.join(drop, 'protokoll 2024-04-02.txt');
    // 8 pieces, 300 ms apart: 2.1 s of copying, each pause shorter than the settle time
    const handle = await open(target, 'w');
    const piece = Math.ceil(whole.length / 8);
    for (let i = 0; i < whole.length; i += piece) {
      await handle.write(whole.subarray(i, i + piece));
      await handle.sync();
      await sleep(300);
    }
    await handle.close();

    await until(() => results.length > 0, 15_000); // generous: the machine may be busy
    await sleep(800); // a second, partial or late, event would show up here
    await watcher.idle();
    expect(calls).toEqual([whole.length]);
    expect(results).toEqual([{ path: target, status: 'processed', recordId: recordIdFor(whole) }]);
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toEqual([`${recordIdFor(whole)}.json`]);
    const record = JSON.parse(readFileSync(path.join(out, `${recordIdFor(whole)}.json`), 'utf8'));
    expect(record.source.bytes).toBe(whole.length);
    expect(runner.registry.get(target)).toMatchObject({ status: 'done', size: whole.length });
  });

  it('moves processed files out, and failed ones aside with a .error.txt giving the reason', async () => {
    const { base, drop, out, runner, results } = await watchFolder({ moveDone: true, moveFailed: true });
    const good = readFileSync(path.join(SAMPLES, 'text', '000_7b52d196786977c7.txt'));
    mkdirSync(path.join(drop, '2024'));
    writeFileSync(path.join(drop, '2024', 'FLG.txt'), good);
    writeFileSync(path.join(drop, 'trasig.docx'), CORRUPT_DOCX);
    writeFileSync(path.join(drop, 'notes.md'), '# not minutes\n');

    await until(() => results.length === 3, 8000);
    // the Markdown file is not read, and says so once, with what to do
    expect(results.filter((r) => r.status === 'skipped')).toEqual([
      { path: path.join(drop, 'notes.md'), status: 'skipped', reason: 'unsupported', detail: expect.stringMatching(/^\.md files are not read \(protokoll reads \.pdf, .*\); save it as PDF or DOCX/) },
    ]);
    const done = path.join(base, 'done', '2024', 'FLG.txt');
    const failed = path.join(base, 'failed', 'trasig.docx');
    expect(existsSync(done)).toBe(true);
    expect(existsSync(failed)).toBe(true);
    expect(readFileSync(`${failed}.error.txt`, 'utf8')).toMatch(/trasig\.docx could not be read: the file is named \.docx but is not a Word document/);
    expect(readdirSync(drop, { recursive: true }).sort()).toEqual(['2024', 'notes.md']);
    expect(existsSync(path.join(out, `${recordIdFor(good)}.json`))).toBe(true);
    // the registry follows the moves: the document's known path is where the file is now
    expect(runner.registry.get(done)).toMatchObject({ status: 'done', recordId: recordIdFor(good) });
    expect(runner.registry.get(failed)).toMatchObject({ status: 'failed' });
    expect(runner.registry.get(path.join(drop, '2024', 'FLG.txt'))).toBeUndefined();
  });

  it('skips files already processed when it starts again, and picks up a changed one', async () => {
    const first = await watchFolder();
    const file = path.join(first.drop, 'FLG.txt');
    writeFileSync(file, readFileSync(path.join(SAMPLES, 'text', '001_062690003aef6bc0.txt')));
    await until(() => first.results.length === 1, 8000);
    await closers.pop()!();

    const runner = new LocalRunner({ recordsDir: first.out, extractor: inlineExtractor, concurrency: 1 });
    const results: FileResult[] = [];
    const again = new DropFolderWatcher({ dir: first.drop, runner, settleMs: 300, log: () => {}, onResult: (r) => results.push(r) });
    await again.start();
    closers.push(async () => {
      await again.close();
      await runner.close();
    });
    await until(() => results.length === 1, 8000);
    expect(results[0]).toMatchObject({ status: 'unchanged', known: false });
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nTillägg.\n`);
    await until(() => results.length === 2, 8000);
    expect(results[1]).toMatchObject({ status: 'processed', recordId: recordIdFor(readFileSync(file)) });
  });

  it('writes the .error.txt of a failed file whose name is too long to take the suffix', async () => {
    const { base, drop, results } = await watchFolder({ moveFailed: true });
    // 251 bytes: the longest names fit, "<name>.error.txt" (261 bytes) does not
    const name = `${'å'.repeat(123)}.docx`;
    expect(Buffer.byteLength(name)).toBe(251);
    writeFileSync(path.join(drop, name), CORRUPT_DOCX);
    await until(() => results.length === 1, 8000);
    const failedDir = path.join(base, 'failed');
    const names = readdirSync(failedDir).sort();
    expect(names).toHaveLength(2);
    expect(names).toContain(name);
    const errorFile = names.find((n) => n.endsWith('.error.txt'))!;
    expect(Buffer.byteLength(errorFile)).toBeLessThanOrEqual(255);
    // shortened with a hash of the whole name, and still starting like it
    expect(errorFile).toMatch(/^å+~[0-9a-f]{8}\.error\.txt$/);
    expect(readFileSync(path.join(failedDir, errorFile), 'utf8')).toMatch(/could not be read: the file is named \.docx but is not a Word document/);
  });

  it('waits for a PDF whose writer pauses longer than the settle time, and reads it whole: never failed', async () => {
    const calls: number[] = [];
    const extractor: Extractor = {
      extract: (file, bytes) => (calls.push(bytes.length), inlineExtractor.extract(file, bytes)),
      close: async () => {},
    };
    const { base, drop, out, results } = await watchFolder({ extractor, moveDone: true, moveFailed: true, incompleteWaitMs: 20_000 });
    const whole = readFileSync(path.join(SAMPLES, 'pdf', '002_d87efa32b9f021cd.pdf'));
    const target = path.join(drop, 'protokoll.pdf');
    // half the PDF, a pause of 3 s (six settle times), then the rest
    const handle = await open(target, 'w');
    await handle.write(whole.subarray(0, whole.length >> 1));
    await handle.sync();
    await sleep(3000);
    await handle.write(whole.subarray(whole.length >> 1));
    await handle.close();
    await until(() => results.length > 0, 10_000);
    expect(results).toEqual([{ path: target, status: 'processed', recordId: recordIdFor(whole) }]);
    expect(calls).toEqual([whole.length]);
    expect(existsSync(path.join(base, 'failed'))).toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toEqual([`${recordIdFor(whole)}.json`]);
  });

  it('keeps only the final content of a text file written in pieces with long pauses', async () => {
    const { drop, out, results, watcher } = await watchFolder();
    const whole = readFileSync(path.join(SAMPLES, 'text', '002_d87efa32b9f021cd.txt'));
    const target = path.join(drop, 'anteckningar.txt');
    const handle = await open(target, 'w');
    const third = Math.ceil(whole.length / 3);
    for (let i = 0; i < whole.length; i += third) {
      await handle.write(whole.subarray(i, i + third));
      await handle.sync();
      await sleep(1500); // three settle times: each piece looks finished on its own
    }
    await handle.close();
    await until(() => results.some((r) => r.status === 'processed' && r.recordId === recordIdFor(whole)), 10_000);
    await watcher.idle();
    // the partial versions were read (a text file has no end marker) but their records are
    // retired: the records folder lists only the final content's record
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toEqual([`${recordIdFor(whole)}.json`]);
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);
    expect(results.at(-1)).toEqual({ path: target, status: 'processed', recordId: recordIdFor(whole) });
  });
});
