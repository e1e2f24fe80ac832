import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, readFileSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentError } from '../../src/errors.js';
import { recordIdFor } from '../../src/pipeline.js';
import { closeHookStores } from '../../src/store/hook.js';
import { inlineExtractor, type Extractor } from '../../pipelines/extractors.js';
import { LocalRunner } from '../../pipelines/local-runner.js';
import { CORRUPT_DOCX, copySamples, removeDir, tempDir } from './support.js';

const recordsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const idOf = (file: string) => recordIdFor(readFileSync(file));

/** The real extractor, counting its calls, optionally failing the first `failFirst` of them. */
function countingExtractor(failFirst = 0, failure: () => Error = () => new Error('ECONNRESET: the share went away')) {
  const calls: string[] = [];
  const extractor: Extractor = {
    async extract(file, bytes) {
      calls.push(file);
      if (calls.length <= failFirst) throw failure();
      return inlineExtractor.extract(file, bytes);
    },
    close: async () => {},
  };
  return { extractor, calls };
}

describe('in-process pipeline (LocalRunner)', () => {
  const dirs: string[] = [];
  const runners: LocalRunner[] = [];
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.close()));
    await closeHookStores();
    dirs.splice(0).forEach(removeDir);
  });
  function setup(extractor: Extractor = inlineExtractor, out = tempDir('records')) {
    const input = tempDir('input');
    dirs.push(input, out);
    const runner = new LocalRunner({ recordsDir: out, extractor, concurrency: 3, retry: { attempts: 3, baseMs: 5 } });
    runners.push(runner);
    return { input, out, runner };
  }

  it('writes <record id>.json per readable file, and fails a corrupt one with its reason', async () => {
    const { input, out, runner } = setup();
    const files = copySamples(input, ['text']);
    const corrupt = path.join(input, 'broken.docx');
    writeFileSync(corrupt, CORRUPT_DOCX);

    const results = await Promise.all([...files, corrupt].map((f) => runner.process(f)));

    expect(results.filter((r) => r.status === 'processed')).toHaveLength(files.length);
    expect(recordsIn(out)).toEqual(files.map((f) => `${idOf(f)}.json`).sort());
    const record = JSON.parse(readFileSync(path.join(out, `${idOf(files[0]!)}.json`), 'utf8'));
    expect(record.source.path).toBe(files[0]);
    const failed = results.find((r) => r.path === corrupt);
    expect(failed).toEqual({ path: corrupt, status: 'failed', reason: expect.stringMatching(/not a Word document/) });
    expect(runner.registry.get(corrupt)).toMatchObject({ status: 'failed', reason: (failed as { reason: string }).reason });
  });

  it('skips unchanged files on a rescan by size and mtime alone, and redoes changed ones', async () => {
    const counting = countingExtractor();
    const out = tempDir('records');
    const first = setup(counting.extractor, out);
    const [a, b, c] = copySamples(first.input, ['text']);
    // a whole-second mtime, so that setting it again below gives exactly the same stat
    const mtime = new Date('2024-04-02T10:00:00Z');
    utimesSync(a!, mtime, mtime);
    await Promise.all([a!, b!, c!].map((f) => first.runner.process(f)));
    expect(counting.calls).toHaveLength(3);
    await first.runner.close();

    // a: same size and mtime but other bytes. Not hashed, so taken as unchanged (like rsync).
    const aBytes = readFileSync(a!);
    writeFileSync(a!, Buffer.from(aBytes.map((byte) => (byte === 0x61 ? 0x62 : byte))));
    utimesSync(a!, mtime, mtime);
    expect(idOf(a!)).not.toBe(recordIdFor(aBytes));
    // b: changed content: a new record, the old one retired (kept in .superseded/, listed by nothing)
    const bOldId = idOf(b!);
    appendFileSync(b!, '\nTillägg: justerat protokoll.\n');
    // c: its record was deleted: made again
    rmSync(path.join(out, `${idOf(c!)}.json`));

    const again = new LocalRunner({ recordsDir: out, extractor: counting.extractor, concurrency: 2 });
    runners.push(again);
    const results = await Promise.all([a!, b!, c!].map((f) => again.process(f)));
    expect(results.map((r) => r.status)).toEqual(['unchanged', 'processed', 'processed']);
    expect(counting.calls.slice(3).sort()).toEqual([b!, c!].sort());
    expect(recordsIn(out)).not.toContain(`${bOldId}.json`);
    expect(recordsIn(path.join(out, '.superseded'))).toEqual([`${bOldId}.json`]);
    expect(recordsIn(out)).toContain(`${idOf(b!)}.json`);
    expect(recordsIn(out)).toContain(`${idOf(c!)}.json`);
  });

  it('recognises a copy or a rename as the same document and updates its known paths', async () => {
    const counting = countingExtractor();
    const { input, out, runner } = setup(counting.extractor);
    const [original] = copySamples(input, ['text']);
    await runner.process(original!);
    const copy = path.join(input, 'kopia av protokollet.txt');
    copyFileSync(original!, copy);
    const renamed = path.join(input, 'omdöpt.txt');
    renameSync(original!, renamed);

    const results = await Promise.all([copy, renamed].map((f) => runner.process(f)));
    expect(results).toEqual([
      { path: copy, status: 'unchanged', recordId: idOf(copy), known: true },
      { path: renamed, status: 'unchanged', recordId: idOf(copy), known: true },
    ]);
    expect(counting.calls).toHaveLength(1);
    runner.registry.forgetUnseen(input, new Set(copySamplesListing(input)));
    expect(runner.registry.pathsOf(readSha(copy)).map((e) => e.path).sort()).toEqual([copy, renamed].sort());
    expect(recordsIn(out)).toEqual([`${idOf(copy)}.json`]);
  });

  it('extracts content found at two paths in the same run once', async () => {
    const counting = countingExtractor();
    const { input, runner } = setup(counting.extractor);
    const [file] = copySamples(input, ['text']);
    const twin = path.join(input, 'twin.txt');
    copyFileSync(file!, twin);
    const results = await Promise.all([file!, twin].map((f) => runner.process(f)));
    expect(counting.calls).toHaveLength(1);
    expect(results.map((r) => r.status).sort()).toEqual(['processed', 'unchanged']);
    expect(runner.registry.pathsOf(readSha(file!)).map((e) => e.status)).toEqual(['done', 'done']);
  });

  it('retries a transient failure with backoff, and never a DocumentError', async () => {
    const flaky = countingExtractor(1);
    const one = setup(flaky.extractor);
    const [file] = copySamples(one.input, ['text']);
    expect(await one.runner.process(file!)).toMatchObject({ status: 'processed' });
    expect(flaky.calls).toHaveLength(2);

    const permanent = countingExtractor(5, () => new DocumentError('encrypted', 'the PDF is password-protected'));
    const two = setup(permanent.extractor);
    const [other] = copySamples(two.input, ['text']);
    expect(await two.runner.process(other!)).toEqual({ path: other, status: 'failed', reason: 'the PDF is password-protected' });
    expect(permanent.calls).toHaveLength(1);

    const hopeless = countingExtractor(5);
    const three = setup(hopeless.extractor);
    const [third] = copySamples(three.input, ['text']);
    expect(await three.runner.process(third!)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/ECONNRESET/) });
    expect(hopeless.calls).toHaveLength(3);
  });
});

function readSha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function copySamplesListing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
