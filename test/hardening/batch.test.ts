/**
 * A batch import over the broken and hostile corpus plus the real samples, by the compiled CLI
 * in-process (extraction threads under the default limits): it finishes, every bad file is
 * reported with its reason, and the good files' records are there and intact. The records an
 * earlier import wrote are not touched (same bytes, same modification time).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrAvailability } from '../../src/ocr/tools.js';
import { recordIdFor } from '../../src/pipeline.js';
import { copySamples } from '../pipelines/support.js';
import { CLI, ensureBuilt } from '../workers/support.js';
import { writeCorpus, type Case } from './support/corpus.js';

const exec = promisify(execFile);

function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_OPTIONS', 'REDIS_URL', 'DATABASE_URL']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('PROTOKOLL_')) delete env[name];
  return env;
}

async function importCli(dir: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return exec(process.execPath, [CLI, 'import', dir, '--out', out, '--concurrency', '2'], { env: cliEnv(), timeout: 120_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const snapshot = (out: string) =>
  new Map(
    readdirSync(out)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, { bytes: readFileSync(path.join(out, f), 'utf8'), mtimeMs: statSync(path.join(out, f)).mtimeMs }]),
  );

describe('batch import over hostile files and the samples', { timeout: 180_000 }, () => {
  let base = '';
  beforeAll(async () => {
    await ensureBuilt();
    base = mkdtempSync(path.join(os.tmpdir(), 'protokoll-batch-'));
  }, 180_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('reports every bad file, keeps going, and leaves the good records intact', async () => {
    const archive = path.join(base, 'arkiv');
    const out = path.join(base, 'records');
    const good = copySamples(path.join(archive, 'samples'));

    const first = await importCli(archive, out);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^processed ${good.length}, unchanged 0, failed 0$`, 'm'));
    const before = snapshot(out);
    expect([...before.keys()].sort()).toEqual([...new Set(good.map((f) => `${recordIdFor(readFileSync(f))}.json`))].sort());

    const hostile = path.join(archive, 'hostile');
    mkdirSync(hostile);
    const cases: Case[] = writeCorpus(hostile, (await ocrAvailability('swe')).available);
    const second = await importCli(archive, out);
    const bad = cases.filter((c) => c.expected.kind === 'error');
    const readable = cases.filter((c) => c.expected.kind === 'record');

    expect(second.code).toBe(1);
    // a file over the size limit is listed as not read (too large), the others as failed
    const tooLarge = bad.filter((c) => statSync(path.join(hostile, c.name)).size > 100 * 1024 * 1024).length;
    expect(second.stdout).toMatch(new RegExp(`^processed ${readable.length}, unchanged ${good.length}, failed ${bad.length - tooLarge}, not read ${tooLarge}$`, 'm'));
    expect(second.stdout).toMatch(/^not read, too large \(1\):$/m);
    for (const c of bad) {
      const line = second.stdout.split('\n').find((l) => l.startsWith(`  ${path.join(hostile, c.name)}: `));
      expect(line, `${c.name} is reported`).toBeDefined();
      expect(line!.slice(`  ${path.join(hostile, c.name)}: `.length), c.name).toMatch(c.expected.kind === 'error' ? c.expected.message : /./);
    }
    // the samples' records, written by the first import, are exactly as they were
    const after = snapshot(out);
    for (const [file, was] of before) expect(after.get(file), file).toEqual(was);
    // and the readable hostile files (the scan, the garbled page, the forged page count) got records
    for (const c of readable) expect(after.has(`${recordIdFor(readFileSync(path.join(hostile, c.name)))}.json`), c.name).toBe(true);
    expect(after.size).toBe(before.size + readable.length);
  });
});
